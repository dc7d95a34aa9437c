// The register's table: one row per control, a detail row when opened (full text, assets and the
// approval's e-signature), and the actions the caller's `abilities` allow.
import { Fragment } from 'react';
import { Link } from '@tanstack/react-router';
import { useMe } from '../../auth/session.js';
import type { Approval, Control, Scope } from './controls-api.js';
import { expiryBadge, isApproved, isExpired } from './control-status.js';

export interface RowActions {
  onApprove: (c: Control) => void;
  onEdit: (c: Control) => void;
  onDelete: (c: Control) => void;
  onToggle: (c: Control) => void;
}

export function ControlsTable({
  site,
  controls,
  scopes,
  approvals,
  open,
  actions,
}: {
  site: string;
  controls: Control[];
  scopes: Scope[] | undefined;
  approvals: Map<string, Approval> | undefined;
  open: string | undefined;
  actions: RowActions;
}) {
  return (
    <table className="data controls-table">
      <thead>
        <tr>
          <th aria-label="Details" />
          <th>Id</th>
          <th>Scope</th>
          <th>Requirements</th>
          <th>Kind</th>
          <th>Description</th>
          <th>Expiry</th>
          <th>Approval</th>
          <th>Actions</th>
        </tr>
      </thead>
      <tbody>
        {controls.map((c) => (
          <Fragment key={c.id}>
            <ControlRow
              site={site}
              control={c}
              scope={scopes?.find((s) => s.id === c.scope)}
              approval={approvals?.get(c.id)}
              expanded={open === c.id}
              actions={actions}
            />
            {open === c.id && (
              <tr className="control-detail">
                <td />
                <td colSpan={8}>
                  <ControlDetail
                    site={site}
                    control={c}
                    approval={approvals?.get(c.id)}
                    onApprove={actions.onApprove}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function ScopeLink({ site, id, scope }: { site: string; id: string; scope: Scope | undefined }) {
  if (scope?.kind === 'zone')
    return (
      <Link to="/sites/$site/zones/$zone" params={{ site, zone: id }} className="mono" title={scope.name}>
        {id}
      </Link>
    );
  if (scope?.kind === 'conduit')
    return (
      <Link to="/sites/$site" params={{ site }} search={{ conduit: id }} className="mono" title={scope.name}>
        {id}
      </Link>
    );
  return <span className="mono">{id}</span>;
}

function ControlRow({
  site,
  control: c,
  scope,
  approval,
  expanded,
  actions,
}: {
  site: string;
  control: Control;
  scope: Scope | undefined;
  approval: Approval | undefined;
  expanded: boolean;
  actions: RowActions;
}) {
  const expiry = expiryBadge(c.expires);
  const approved = isApproved(c) && !isExpired(c);
  return (
    <tr className={expanded ? 'open' : undefined}>
      <td>
        <button
          type="button"
          className="link expander"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Hide' : 'Show'} details of ${c.id}`}
          onClick={() => actions.onToggle(c)}
        >
          {expanded ? '▾' : '▸'}
        </button>
      </td>
      <td className="mono nowrap">{c.id}</td>
      <td className="nowrap">
        <ScopeLink site={site} id={c.scope} scope={scope} />
        {scope && <span className="muted small"> {scope.kind}</span>}
      </td>
      <td className="mono">{c.requirements.join(', ')}</td>
      <td className="nowrap">{c.kind}</td>
      <td className="description-cell" title={c.description}>
        {c.description ?? <span className="muted">—</span>}
      </td>
      <td className="nowrap">
        {expiry.tone === 'none' ? (
          <span className="muted small" title={expiry.title}>
            {expiry.text}
          </span>
        ) : (
          <span className={`badge ${expiry.tone}`} title={expiry.title}>
            {expiry.text}
          </span>
        )}
      </td>
      <td>
        <ApprovalState control={c} approval={approval} />
      </td>
      <td className="nowrap actions-cell">
        {c.abilities.includes('approve') && !approved && (
          <button type="button" className="primary" onClick={() => actions.onApprove(c)}>
            Approve
          </button>
        )}
        {c.abilities.includes('update') && (
          <button type="button" onClick={() => actions.onEdit(c)} aria-label={`Edit ${c.id}`}>
            Edit
          </button>
        )}
        {c.abilities.includes('delete') && (
          <button type="button" onClick={() => actions.onDelete(c)} aria-label={`Delete ${c.id}`}>
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}

/** "you" for the signed-in user; else the signature's printed name, else the stored approver. */
function useApproverName(c: Control, approval: Approval | undefined): string | undefined {
  const me = useMe();
  const signedThis = approval?.signature && approval.approvedAt === c.approvedAt ? approval.signature : null;
  if (signedThis) return signedThis.printedName;
  if (c.approvedBy === me.id) return me.name;
  return c.approvedBy;
}

function ApprovalState({ control: c, approval }: { control: Control; approval: Approval | undefined }) {
  const name = useApproverName(c, approval);
  if (!c.approvedBy || !c.approvedAt) return <span className="badge warn">awaiting approval</span>;
  const signature = approval?.signature && approval.approvedAt === c.approvedAt ? approval.signature : null;
  return (
    <span className="approval">
      <span className={`badge ${isExpired(c) ? '' : isApproved(c) ? 'ok' : 'warn'}`}>
        {isApproved(c) ? 'approved' : `approval from ${c.approvedAt.slice(0, 10)}`}
      </span>{' '}
      <span className="small nowrap">
        {name} · {c.approvedAt.slice(0, 10)}
      </span>
      {signature && (
        <span className="badge info" title={`Electronically signed ${signature.signedAt}`}>
          e-signed: {signature.meaning}
        </span>
      )}
    </span>
  );
}

function ControlDetail({
  site,
  control: c,
  approval,
  onApprove,
}: {
  site: string;
  control: Control;
  approval: Approval | undefined;
  onApprove: (c: Control) => void;
}) {
  const approverName = useApproverName(c, approval);
  const signature = approval?.signature && approval.approvedAt === c.approvedAt ? approval.signature : null;
  return (
    <div className="control-detail-body">
      <dl>
        <dt>Description</dt>
        <dd>{c.description ?? <span className="muted">none</span>}</dd>
        <dt>Rationale</dt>
        <dd>{c.rationale ?? <span className="muted">none</span>}</dd>
        <dt>Assets</dt>
        <dd>
          {c.assets?.length ? (
            c.assets.map((a, i) => (
              <Fragment key={a}>
                {i > 0 && ', '}
                <Link to="/inventory" search={{ site, asset: a }} className="mono">
                  {a}
                </Link>
              </Fragment>
            ))
          ) : (
            <span className="muted">none named</span>
          )}
        </dd>
        <dt>Approval</dt>
        <dd>
          {c.approvedAt ? (
            <>
              {approverName}
              {approverName !== c.approvedBy && <span className="muted mono small"> {c.approvedBy}</span>} at{' '}
              {c.approvedAt}
            </>
          ) : (
            <span className="muted">not approved: the control does not count in evaluations yet</span>
          )}
        </dd>
        {approval?.reason && approval.approvedAt === c.approvedAt && (
          <>
            <dt>Reason</dt>
            <dd>{approval.reason}</dd>
          </>
        )}
        {signature && (
          <>
            <dt>E-signature</dt>
            <dd>
              {signature.printedName}, {signature.signedAt}, meaning “{signature.meaning}”
              <span className="muted small mono" title="SHA-256 of the control as signed">
                {' '}
                sha256 {signature.contentHash.slice(0, 16)}…
              </span>
            </dd>
          </>
        )}
      </dl>
      <div className="toolbar">
        <Link to="/audit" search={{ site, entity: 'compensatingControl', entityId: c.id }}>
          Audit trail of this control
        </Link>
        {c.abilities.includes('approve') && isApproved(c) && !isExpired(c) && (
          <button type="button" onClick={() => onApprove(c)} title="Approve again, e.g. to extend the expiry">
            Re-approve
          </button>
        )}
      </div>
    </div>
  );
}
