// The site's lint findings (zone and conduit partitioning rules, IEC 62443-3-2 ZCR 3 and 5):
// a zone or conduit finding selects its subject in the diagram; an asset finding opens the
// inventory, a compensating-control finding the controls page.
import { Link } from '@tanstack/react-router';
import type { Finding, Selection } from './types.js';

const SUBJECT: Record<Finding['subject']['kind'], string> = {
  zone: 'zone',
  conduit: 'conduit',
  asset: 'asset',
  compensatingControl: 'control',
};

export function Findings({
  site,
  findings,
  onSelect,
}: {
  site: string;
  findings: Finding[];
  onSelect: (s: Selection) => void;
}) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const sorted = [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.rule.localeCompare(b.rule) ||
      a.subject.id.localeCompare(b.subject.id),
  );
  return (
    <details className="panel findings" open={findings.length > 0}>
      <summary>
        <h2>Lint findings</h2>
        {findings.length === 0 ? (
          <span className="badge ok">none</span>
        ) : (
          <>
            {errors > 0 && <span className="badge danger">{errors} errors</span>}
            {findings.length - errors > 0 && <span className="badge warn">{findings.length - errors} warnings</span>}
          </>
        )}
      </summary>
      {findings.length === 0 ? (
        <p className="muted small">The zone and conduit model passes every partitioning rule.</p>
      ) : (
        <table className="data" aria-label="Lint findings">
          <thead>
            <tr>
              <th>Severity</th>
              <th>Subject</th>
              <th>Finding</th>
              <th>Rule</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((f) => (
              <tr key={`${f.rule}/${f.subject.kind}/${f.subject.id}`}>
                <td>
                  <span className={`badge ${f.severity === 'error' ? 'danger' : 'warn'}`}>{f.severity}</span>
                </td>
                <td className="nowrap">
                  <span className="muted small">{SUBJECT[f.subject.kind]}</span>{' '}
                  <Subject site={site} finding={f} onSelect={onSelect} />
                </td>
                <td>{f.message}</td>
                <td className="nowrap">
                  <code>{f.rule}</code>
                  {f.clause && <div className="muted small">{f.clause}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

function Subject({ site, finding, onSelect }: { site: string; finding: Finding; onSelect: (s: Selection) => void }) {
  const { kind, id } = finding.subject;
  switch (kind) {
    case 'zone':
    case 'conduit':
      return (
        <button type="button" className="link mono" onClick={() => onSelect({ kind, id })}>
          {id}
        </button>
      );
    case 'asset':
      return (
        <Link to="/inventory" search={{ site, asset: id }} className="mono">
          {id}
        </Link>
      );
    case 'compensatingControl':
      return (
        <Link to="/sites/$site/controls" params={{ site }} search={{ q: id }} className="mono">
          {id}
        </Link>
      );
  }
}
