// What an import changes, per site and entity kind, as the API reports it (added / changed /
// removed counts). The same table previews a dry run and summarises an applied import.
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
            <td>{c.created ? 'created' : c.siteChanged ? 'changed' : <span className="muted">—</span>}</td>
            {ENTITY_KINDS.map((k) => (
              <td key={k} className="num">
                <DeltaCell d={c[k]} />
              </td>
            ))}
          </tr>
        ))}
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
