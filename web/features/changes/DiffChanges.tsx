// The changes of a baseline diff grouped by kind (zones, conduits, assets, results, controls,
// scenarios, SL-A), each with its field-level before → after; SL vectors as colour chips with the
// FRs that moved outlined. Big groups show their first changes; the downloads hold them all.
import { useState } from 'react';
import { DIFF_KINDS, type DiffKind, type EntityChange, type SnapshotDiff } from '../../../core/change-control/diff.js';
import { formatValue, fieldLabel, isSlField } from './op-summary.js';
import { SlDelta } from './SlDelta.js';

export const DIFF_KIND_LABEL: Readonly<Record<DiffKind, string>> = {
  site: 'Site',
  zone: 'Zones',
  conduit: 'Conduits',
  asset: 'Assets',
  result: 'Requirement results',
  compensatingControl: 'Compensating controls',
  risk: 'Threat scenarios',
  riskMatrix: 'Risk matrix',
  achieved: 'Achieved SL (SL-A)',
};

const FIRST = 100;
const CHANGE_BADGE: Record<EntityChange['change'], string> = { added: 'ok', removed: 'danger', changed: 'info' };

/** The entity's name and SL-T when it has them: enough to recognise an added or removed one. */
function EntityGist({ entity }: { entity: unknown }) {
  if (typeof entity !== 'object' || entity === null) return null;
  const e = entity as Record<string, unknown>;
  return (
    <span className="entity-gist">
      {typeof e.name === 'string' && <span>{e.name}</span>}
      {typeof e.type === 'string' && <span className="muted small">{e.type}</span>}
      {typeof e.zone === 'string' && <span className="muted small">in {e.zone}</span>}
      {e.slTarget !== undefined && <SlDelta label="SL-T" after={e.slTarget} hasBefore={false} />}
      {e.slAchieved !== undefined && <SlDelta label="SL-A" after={e.slAchieved} hasBefore={false} />}
    </span>
  );
}

function ChangeItem({ change: c }: { change: EntityChange }) {
  return (
    <li className="diff-change" aria-label={`${c.kind} ${c.id} ${c.change}`}>
      <div className="op-head">
        <span className={`badge ${CHANGE_BADGE[c.change]}`}>{c.change}</span>
        <span className="mono">{c.id}</span>
        {c.change !== 'changed' && <EntityGist entity={c.change === 'added' ? c.after : c.before} />}
      </div>
      {c.fields.length > 0 && (
        <dl className="op-fields">
          {c.fields.map((f) => (
            <div key={f.path}>
              <dt>{fieldLabel(f.path)}</dt>
              <dd>
                {isSlField(f.path) ? (
                  <SlDelta label={fieldLabel(f.path)} before={f.before} after={f.after} />
                ) : (
                  <>
                    <span className="before">{formatValue(f.before, f.path)}</span>
                    <span className="arrow" aria-hidden>
                      {' '}
                      →{' '}
                    </span>
                    <span className="after">{formatValue(f.after, f.path)}</span>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

function KindGroup({
  kind,
  changes,
  counts,
}: {
  kind: DiffKind;
  changes: EntityChange[];
  counts: SnapshotDiff['counts'][DiffKind];
}) {
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, FIRST);
  const parts = [
    counts.added > 0 && `${counts.added} added`,
    counts.changed > 0 && `${counts.changed} changed`,
    counts.removed > 0 && `${counts.removed} removed`,
  ].filter(Boolean);
  return (
    <section className="diff-group" aria-label={DIFF_KIND_LABEL[kind]}>
      <h3>
        {DIFF_KIND_LABEL[kind]} <span className="muted small">{parts.join(', ')}</span>
      </h3>
      <ul className="op-list">
        {shown.map((c) => (
          <ChangeItem key={`${c.change}:${c.id}`} change={c} />
        ))}
      </ul>
      {changes.length > shown.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {changes.length}
        </button>
      )}
    </section>
  );
}

export function DiffChanges({ diff }: { diff: SnapshotDiff }) {
  return (
    <>
      {DIFF_KINDS.map((kind) => {
        const changes = diff.changes.filter((c) => c.kind === kind);
        return changes.length === 0 ? null : (
          <KindGroup key={kind} kind={kind} changes={changes} counts={diff.counts[kind]} />
        );
      })}
    </>
  );
}

/** Counts per kind with any change, as a compact table. */
export function DiffCounts({ diff }: { diff: SnapshotDiff }) {
  const kinds = DIFF_KINDS.filter((k) => diff.counts[k].added + diff.counts[k].changed + diff.counts[k].removed > 0);
  return (
    <table className="data diff-counts" aria-label="Changes per kind">
      <thead>
        <tr>
          <th>Kind</th>
          <th className="num">Added</th>
          <th className="num">Changed</th>
          <th className="num">Removed</th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((k) => (
          <tr key={k}>
            <td>{DIFF_KIND_LABEL[k]}</td>
            <td className="num">{diff.counts[k].added || ''}</td>
            <td className="num">{diff.counts[k].changed || ''}</td>
            <td className="num">{diff.counts[k].removed || ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
