// The side panel of a selected conduit: the zones it joins, its channels and measures, its
// security levels and blocking requirements, and (with the right) edit and delete.
import { EditForm } from './EditForm.js';
import { EvalSummary } from './EvalSummary.js';
import { channelLabel } from './graph.js';
import { SlTable } from './SlTable.js';
import type { Conduit, Eval, Selection, Zone } from './types.js';
import type { useSiteWrites } from './writes.js';

export function ConduitPanel({
  conduit,
  evaluation,
  zones,
  writes,
  onSelect,
  onError,
}: {
  conduit: Conduit;
  evaluation: Eval | undefined;
  zones: ReadonlyMap<string, Zone>;
  writes: ReturnType<typeof useSiteWrites>;
  onSelect: (s: Selection) => void;
  onError: (e: unknown) => void;
}) {
  const label = conduit.name ?? conduit.id;
  const remove = async () => {
    try {
      await writes.remove('conduits', conduit.id, `conduit ${label}`, () => onSelect(null));
    } catch (e) {
      onError(e);
    }
  };
  const channels = conduit.channels ?? [];
  return (
    <>
      <header className="panel-title">
        <div>
          <span className="badge">conduit</span> <span className="mono muted">{conduit.id}</span>
          <h2>{label}</h2>
        </div>
        <button type="button" className="close" aria-label="Close panel" onClick={() => onSelect(null)}>
          ×
        </button>
      </header>
      {conduit.description && <p className="small">{conduit.description}</p>}
      <p className="small">
        Joins{' '}
        {conduit.zones.map((z, i) => (
          <span key={z}>
            {i > 0 && (i === conduit.zones.length - 1 ? ' and ' : ', ')}
            <button type="button" className="link" onClick={() => onSelect({ kind: 'zone', id: z })}>
              {zones.get(z)?.name ?? z}
            </button>
          </span>
        ))}
        {conduit.measures?.length ? (
          <>
            {' '}
            · measures:{' '}
            {conduit.measures.map((m) => (
              <span key={m} className="badge">
                {m}
              </span>
            ))}
          </>
        ) : null}
      </p>
      {evaluation ? (
        <>
          <SlTable evaluation={evaluation} name={label} />
          <EvalSummary evaluation={evaluation} />
        </>
      ) : (
        <p className="muted">No evaluation yet.</p>
      )}
      <section aria-label="Channels">
        <h3>Channels ({channels.length})</h3>
        {channels.length === 0 ? (
          <p className="muted small">No channel documented: every flow through a conduit should be listed.</p>
        ) : (
          <table className="data channels">
            <tbody>
              {channels.map((c, i) => (
                <tr key={i} title={c.description}>
                  <td className="mono">{channelLabel(c)}</td>
                  <td className="muted">{c.transport ?? ''}</td>
                  <td className="small">
                    {c.from} → {c.to}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {conduit.rationale && !conduit.abilities.includes('update') && (
        <p className="small">
          <strong>Rationale:</strong> {conduit.rationale}
        </p>
      )}
      {conduit.abilities.includes('update') && (
        <section aria-label="Edit conduit">
          <h3>Edit conduit</h3>
          <EditForm
            key={JSON.stringify([conduit.id, conduit.name, conduit.slTarget, conduit.rationale])}
            entity={conduit}
            isZone={false}
            onSave={(patch) => writes.save('conduits', conduit.id, patch, `change conduit ${conduit.id}`)}
          />
        </section>
      )}
      {conduit.abilities.includes('delete') && (
        <p>
          <button type="button" className="danger-outline" onClick={() => void remove()}>
            Delete conduit…
          </button>
        </p>
      )}
    </>
  );
}
