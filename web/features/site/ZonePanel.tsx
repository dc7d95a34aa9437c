// The side panel of a selected zone: its security levels, blocking requirements, conduits, a
// link to its assessment, and (with the right) the edit form and delete.
import { Link } from '@tanstack/react-router';
import type { Site } from '../../api/types.js';
import { EditForm } from './EditForm.js';
import { EvalSummary } from './EvalSummary.js';
import { SlTable } from './SlTable.js';
import type { Conduit, Eval, Selection, Zone } from './types.js';
import type { useSiteWrites } from './writes.js';

export function ZonePanel({
  site,
  zone,
  evaluation,
  conduits,
  writes,
  onSelect,
  onError,
}: {
  site: Site;
  zone: Zone;
  evaluation: Eval | undefined;
  conduits: Conduit[];
  writes: ReturnType<typeof useSiteWrites>;
  onSelect: (s: Selection) => void;
  onError: (e: unknown) => void;
}) {
  const mine = conduits.filter((c) => c.zones.includes(zone.id));
  const remove = async () => {
    try {
      await writes.remove('zones', zone.id, `zone ${zone.name}`, () => onSelect(null));
    } catch (e) {
      onError(e);
    }
  };
  return (
    <>
      <header className="panel-title">
        <div>
          <span className="badge">{zone.kind}</span> <span className="mono muted">{zone.id}</span>
          <h2>{zone.name}</h2>
        </div>
        <button type="button" className="close" aria-label="Close panel" onClick={() => onSelect(null)}>
          ×
        </button>
      </header>
      {zone.description && <p className="small">{zone.description}</p>}
      {evaluation ? (
        <>
          <SlTable evaluation={evaluation} name={zone.name} />
          <EvalSummary evaluation={evaluation} />
        </>
      ) : (
        <p className="muted">No evaluation yet.</p>
      )}
      <p>
        <Link to="/sites/$site/zones/$zone" params={{ site: site.id, zone: zone.id }} className="button">
          Open zone assessment →
        </Link>
      </p>
      {zone.subnets && zone.subnets.length > 0 && !zone.abilities.includes('update') && (
        <p className="small">
          <strong>Subnets:</strong> <span className="mono">{zone.subnets.join(', ')}</span>
        </p>
      )}
      {zone.rationale && !zone.abilities.includes('update') && (
        <p className="small">
          <strong>Rationale:</strong> {zone.rationale}
        </p>
      )}
      {zone.abilities.includes('update') && (
        <section aria-label="Edit zone">
          <h3>Edit zone</h3>
          <EditForm
            key={JSON.stringify([zone.id, zone.name, zone.kind, zone.slTarget, zone.rationale, zone.subnets])}
            entity={zone}
            isZone
            onSave={(patch) => writes.save('zones', zone.id, patch, `change zone ${zone.id}`)}
          />
        </section>
      )}
      <section aria-label="Conduits of this zone">
        <h3>Conduits ({mine.length})</h3>
        {mine.length === 0 ? (
          <p className="muted small">None: this zone talks to no other zone.</p>
        ) : (
          <ul className="link-list">
            {mine.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => onSelect({ kind: 'conduit', id: c.id })}>
                  {c.name ?? c.id}
                </button>{' '}
                <span className="muted small">↔ {c.zones.filter((z) => z !== zone.id).join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {zone.abilities.includes('delete') && (
        <p>
          <button type="button" className="danger-outline" onClick={() => void remove()}>
            Delete zone…
          </button>
        </p>
      )}
    </>
  );
}
