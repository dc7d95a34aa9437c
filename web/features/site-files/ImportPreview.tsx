// What an import changes, per site and entity kind, as the API reports it (added / changed /
// removed counts, and the first ids of each). The same table previews a dry run and summarises an
// applied import.
import { Link } from '@tanstack/react-router';
import type { Site } from '../../api/types.js';
import { ENTITY_KINDS, KIND_LABELS, type Delta, type ImportResult, type LocatedIssue } from './site-files-api.js';

function DeltaCell({ d }: { d: Delta }) {
  if (d.added + d.changed + d.removed === 0) return <span className="muted">—</span>;
  return (
    <span className="delta">
      {d.added > 0 && (
        <span className="delta-added" title={`${d.added} added`}>
          +{d.added}
        </span>
      )}
      {d.changed > 0 && (
        <span className="delta-changed" title={`${d.changed} changed`}>
          ~{d.changed}
        </span>
      )}
      {d.removed > 0 && (
        <span className="delta-removed" title={`${d.removed} removed`}>
          −{d.removed}
        </span>
      )}
    </span>
  );
}

const MARK = { added: '+', changed: '~', removed: '−' } as const;

/** Which entities change, by kind: "Zones ~ bsl-dmz; Assets + plc-9, − plc-3 …". */
function ChangedIds({
  kinds,
  change,
}: {
  kinds: (typeof ENTITY_KINDS)[number][];
  change: ImportResult['sites'][number];
}) {
  return (
    <ul className="change-id-list">
      {kinds.map((k) => {
        const d = change[k];
        return (
          <li key={k}>
            <strong>{KIND_LABELS[k]}</strong>{' '}
            {(['added', 'changed', 'removed'] as const).flatMap((kind) =>
              d.ids[kind].map((id) => (
                <span key={`${kind}-${id}`} className={`delta-${kind} mono`} title={`${kind}: ${id}`}>
                  {MARK[kind]}
                  {id}{' '}
                </span>
              )),
            )}
            {d.added + d.changed + d.removed > d.ids.added.length + d.ids.changed.length + d.ids.removed.length && (
              <span className="muted">…</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ChangesTable({ result, sites }: { result: ImportResult; sites: Site[] | undefined }) {
  const info = (id: string) => sites?.find((s) => s.id === id);
  return (
    <table className="data changes-table" aria-label="Changes per site">
      <thead>
        <tr>
          <th>Site</th>
          <th>Site details</th>
          {ENTITY_KINDS.map((k) => (
            <th key={k} className="num">
              {KIND_LABELS[k]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.sites.map((c) => (
          <tr key={c.site}>
            <td>
              {info(c.site) ? (
                <Link to="/sites/$site" params={{ site: c.site }}>
                  {info(c.site)?.name}
                </Link>
              ) : (
                <span className="mono">{c.site}</span>
              )}{' '}
              <span className="muted mono small">{c.site}</span>{' '}
              {c.created && <span className="badge ok">new site</span>}
              {info(c.site)?.regulated && <span className="badge info">regulated</span>}
            </td>
            <td>
              {c.created ? 'created' : c.siteChanged ? 'changed' : <span className="muted">—</span>}
              {c.riskMatrixChanged && <span className="badge info">risk matrix</span>}
            </td>
            {ENTITY_KINDS.map((k) => (
              <td key={k} className="num">
                <DeltaCell d={c[k]} />
              </td>
            ))}
          </tr>
        ))}
        {result.sites.map((c) => {
          const named = ENTITY_KINDS.filter((k) => c[k].added + c[k].changed + c[k].removed > 0);
          return named.length === 0 ? null : (
            <tr key={`${c.site}-ids`} className="change-ids">
              <td colSpan={ENTITY_KINDS.length + 2}>
                <ChangedIds kinds={named} change={c} />
              </td>
            </tr>
          );
        })}
        {result.organizationRiskMatrixChanged && (
          <tr className="org-matrix">
            <td colSpan={ENTITY_KINDS.length + 2}>
              The organization&apos;s risk matrix changes (it applies to every site without its own).
            </td>
          </tr>
        )}
        {result.unchanged.map((id) => (
          <tr key={id} className="unchanged">
            <td>
              {info(id)?.name ?? id} <span className="muted mono small">{id}</span>
            </td>
            <td colSpan={ENTITY_KINDS.length + 1} className="muted">
              unchanged: already equal to the file
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IssuesTable({ issues }: { issues: LocatedIssue[] }) {
  return (
    <table className="data issues-table" aria-label="Problems in the file">
      <thead>
        <tr>
          <th>Location</th>
          <th>Path</th>
          <th>Problem</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((i, n) => (
          <tr key={n}>
            <td className="mono nowrap">
              {i.file}:{i.line}:{i.column}
            </td>
            <td className="mono">{i.path || '—'}</td>
            <td>{i.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
