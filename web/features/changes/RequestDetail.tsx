// One change request: who proposed what, its operations in readable form (with the values they
// replace while it is still open), the review decision with its e-signature, and the steps the
// signed-in user may take next, as the server's `abilities` say.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ErrorBox, QueryState } from '../../components/states.js';
import { ApproveRequestDialog } from './ApproveRequestDialog.js';
import { changeRequestQuery, type ChangeRequest, type Decision } from './changes-api.js';
import { useCurrentEntities } from './current-entities.js';
import { OpList } from './OpList.js';
import { usePersonName, when } from './people.js';
import { ProposeDialog } from './ProposeDialog.js';
import { RequestActions } from './RequestActions.js';
import { EmergencyBadge, StaleBadge, StatusBadge } from './RequestBadges.js';
import { useRequestSteps } from './useRequestSteps.js';

export function RequestDetail({ site, id, onClose }: { site: string; id: number; onClose: () => void }) {
  const request = useQuery(changeRequestQuery(site, id));
  return (
    <section className="panel request-detail" aria-labelledby="cr-title">
      <QueryState query={request} what={`change request ${id}`}>
        {(r) => <RequestView site={site} request={r} onClose={onClose} />}
      </QueryState>
    </section>
  );
}

function RequestView({ site, request: r, onClose }: { site: string; request: ChangeRequest; onClose: () => void }) {
  const name = usePersonName(site);
  const [approving, setApproving] = useState(false);
  const [editing, setEditing] = useState(false);
  const steps = useRequestSteps(site);
  const live = r.status === 'open' || r.status === 'approved';
  // Values "before" only make sense while the request has not changed the site yet.
  const current = useCurrentEntities(site, r.ops, live);
  const stale = r.stale ?? [];

  return (
    <>
      <div className="panel-head">
        <h2 id="cr-title">
          <span className="muted">#{r.id}</span> {r.title}
        </h2>
        <StatusBadge status={r.status} />
        <EmergencyBadge request={r} />
        <StaleBadge stale={r.stale} />
        <span className="spacer" />
        <button type="button" className="link" onClick={onClose} aria-label="Close change request">
          Close
        </button>
      </div>
      <dl className="request-meta">
        <dt>Proposed</dt>
        <dd>
          {name(r.author)}, {when(r.createdAt)}
        </dd>
        {r.updatedAt !== r.createdAt && (
          <>
            <dt>Last change</dt>
            <dd>{when(r.updatedAt)}</dd>
          </>
        )}
        <dt>Based on</dt>
        <dd>site revision {r.baseRevision}</dd>
        {r.appliedAt && (
          <>
            <dt>Applied</dt>
            <dd>
              {name(r.appliedBy)}, {when(r.appliedAt)}
              {r.appliedBaseline !== null && (
                <>
                  {' · '}
                  <BaselineLink site={site} baseline={r.appliedBaseline} />
                </>
              )}
            </dd>
          </>
        )}
        {r.approvalDue && r.emergencyState !== 'approved' && (
          <>
            <dt>Approval due</dt>
            <dd>{r.approvalDue}</dd>
          </>
        )}
      </dl>
      {r.description && <p className="request-description">{r.description}</p>}
      {stale.length > 0 && (
        <div className="notice danger" role="status">
          Changed by someone else since this was proposed: <span className="mono">{stale.join(', ')}</span>. Rebase it
          on the site as it is now; it then needs a fresh approval.
        </div>
      )}
      {steps.error !== null && <ErrorBox error={steps.error} />}
      <RequestActions request={r} steps={steps} onApprove={() => setApproving(true)} onEdit={() => setEditing(true)} />
      <h3>
        {r.ops.length === 1 ? '1 operation' : `${r.ops.length} operations`}
        {live && <span className="muted small"> · current values → proposed</span>}
      </h3>
      <OpList ops={r.ops} current={live ? current : undefined} />
      <h3>Review</h3>
      <DecisionView decision={r.decision} />
      {approving && (
        <ApproveRequestDialog site={site} request={r} authorName={name(r.author)} onDone={() => setApproving(false)} />
      )}
      {editing && <ProposeDialog site={site} existing={r} onDone={() => setEditing(false)} />}
    </>
  );
}

/** The applied state as a baseline diff: against the one before it, when there is one. */
function BaselineLink({ site, baseline }: { site: string; baseline: number }) {
  return (
    <Link
      to="/sites/$site/changes"
      params={{ site }}
      search={{
        tab: 'baselines',
        base: baseline > 1 ? baseline - 1 : baseline,
        against: baseline > 1 ? baseline : 'now',
      }}
      title="Compare the baseline taken when it was applied with the one before it"
    >
      baseline #{baseline}
    </Link>
  );
}

function DecisionView({ decision }: { decision: Decision | null }) {
  if (!decision) return <p className="muted small">Not reviewed yet.</p>;
  if (decision.kind === 'rejected')
    return (
      <div className="decision rejected">
        <strong>Rejected</strong> by {decision.byName}, {when(decision.at)}
        <p>{decision.reason}</p>
      </div>
    );
  const s = decision.signature;
  return (
    <div className="decision approved">
      <strong>Approved</strong> by {decision.byName}, {when(decision.at)}
      <dl className="request-meta">
        <dt>Signed by</dt>
        <dd>{s.printedName}</dd>
        <dt>Meaning</dt>
        <dd>{s.meaning}</dd>
        <dt>Signed at</dt>
        <dd>{s.signedAt.replace('T', ' ').replace('Z', ' UTC')}</dd>
        <dt>Content hash</dt>
        <dd className="mono" title={s.contentHash}>
          {s.contentHash.slice(0, 16)}…
        </dd>
      </dl>
    </div>
  );
}
