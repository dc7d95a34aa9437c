// Audit records, newest first: who, when, what, why (21 CFR Part 11 §11.10(e)), with the recorded
// detail (before and after side by side) one click away.
import { Fragment, useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { AuditRecord } from './audit-api.js';
import { beforeAfter, summarize } from './audit-summary.js';

/** UTC, seconds precision: an audit trail is read across plants and time zones. */
export const utc = (iso: string): string => iso.replace('T', ' ').slice(0, 19);

export function AuditTable({
  records,
  actorName,
}: {
  records: AuditRecord[];
  actorName: (id: string) => string | undefined;
}) {
  const [open, setOpen] = useState<Set<number>>(() => new Set());
  const toggle = (seq: number) => {
    const next = new Set(open);
    if (next.has(seq)) next.delete(seq);
    else next.add(seq);
    setOpen(next);
  };
  return (
    <table className="data audit-table">
      <thead>
        <tr>
          <th aria-label="Details" />
          <th>Time (UTC)</th>
          <th>Actor</th>
          <th>Action</th>
          <th>Entity</th>
          <th>Site</th>
          <th>Reason</th>
          <th>Changes</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <Fragment key={r.seq}>
            <tr className={open.has(r.seq) ? 'open' : undefined}>
              <td>
                <button
                  type="button"
                  className="link expander"
                  aria-expanded={open.has(r.seq)}
                  aria-label={`${open.has(r.seq) ? 'Hide' : 'Show'} record ${r.seq}`}
                  onClick={() => toggle(r.seq)}
                >
                  {open.has(r.seq) ? '▾' : '▸'}
                </button>
              </td>
              <td className="mono nowrap" title={r.at}>
                {utc(r.at)}
              </td>
              <td className="nowrap">
                <Link to="/audit" search={(prev) => ({ ...prev, actor: r.actor })} title={`Only ${r.actor}`}>
                  {actorName(r.actor) ?? r.actorName ?? r.actor}
                </Link>
              </td>
              <td className="mono nowrap">
                <Link to="/audit" search={(prev) => ({ ...prev, action: r.action })} title={`Only ${r.action}`}>
                  {r.action}
                </Link>
              </td>
              <td className="nowrap">
                <EntityCell
                  record={r}
                  userName={r.entity === 'user' && r.entityId ? actorName(r.entityId) : undefined}
                />
              </td>
              <td className="mono nowrap">{r.site ?? <span className="muted">—</span>}</td>
              <td className="reason-cell" title={r.reason ?? undefined}>
                {r.reason ?? ''}
              </td>
              <td className="summary-cell" title={summarize(r)}>
                {summarize(r)}
              </td>
            </tr>
            {open.has(r.seq) && (
              <tr className="audit-detail">
                <td />
                <td colSpan={7}>
                  <RecordDetail record={r} actorName={actorName(r.actor) ?? r.actorName ?? undefined} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function EntityCell({ record: r, userName }: { record: AuditRecord; userName: string | undefined }) {
  const id = r.entityId;
  const label = (
    <>
      <span className="muted small">{r.entity}</span>{' '}
      {userName ? <span title={id ?? undefined}>{userName}</span> : id && <span className="mono">{id}</span>}
    </>
  );
  if (!r.site || !id) return label;
  const site = r.site;
  switch (r.entity) {
    case 'zone':
      return (
        <Link to="/sites/$site/zones/$zone" params={{ site, zone: id }}>
          {label}
        </Link>
      );
    case 'conduit':
      return (
        <Link to="/sites/$site" params={{ site }} search={{ conduit: id }}>
          {label}
        </Link>
      );
    case 'asset':
      return (
        <Link to="/inventory" search={{ site, asset: id }}>
          {label}
        </Link>
      );
    case 'compensatingControl':
      return (
        <Link to="/sites/$site/controls" params={{ site }} search={{ open: id }}>
          {label}
        </Link>
      );
    case 'site':
      return (
        <Link to="/sites/$site" params={{ site }}>
          {label}
        </Link>
      );
    default:
      return label;
  }
}

const pretty = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v, null, 2));

function RecordDetail({ record: r, actorName }: { record: AuditRecord; actorName: string | undefined }) {
  const split = beforeAfter(r.detail);
  const hasRest = split !== null && Object.keys(split.rest).length > 0;
  return (
    <div className="audit-detail-body">
      <dl className="audit-meta">
        <dt>Record</dt>
        <dd className="mono">#{r.seq}</dd>
        <dt>At</dt>
        <dd className="mono">{r.at}</dd>
        <dt>Actor</dt>
        <dd>
          {actorName ? `${actorName} ` : ''}
          <span className="mono">{r.actor}</span>
          {r.actorKind && <span className="muted"> ({r.actorKind})</span>}
          {r.sourceIp && <span className="muted"> from {r.sourceIp}</span>}
        </dd>
        {r.reason && (
          <>
            <dt>Reason</dt>
            <dd>{r.reason}</dd>
          </>
        )}
        <dt>Chain hash</dt>
        <dd className="mono small">{r.hash ?? '—'}</dd>
      </dl>
      {r.detail === null ? (
        <p className="muted">No detail recorded.</p>
      ) : split ? (
        <>
          <div className="before-after">
            <div>
              <h3>Before</h3>
              <pre aria-label="Before">{pretty(split.before)}</pre>
            </div>
            <div>
              <h3>After</h3>
              <pre aria-label="After">{pretty(split.after)}</pre>
            </div>
          </div>
          {hasRest && <pre aria-label="Other detail">{pretty(split.rest)}</pre>}
        </>
      ) : (
        <pre aria-label="Detail">{pretty(r.detail)}</pre>
      )}
    </div>
  );
}
