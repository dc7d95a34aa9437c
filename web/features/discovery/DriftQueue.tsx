// The drift queue: findings of every analysis run, filtered by status and rule from the URL.
// Site-admins accept (the model changes, or a change request is filed on sites under change
// control) or reject (with a reason) each one; accepting refreshes every view of the site.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { usePrompt } from '../../components/Dialogs.js';
import { Empty, ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import { AcceptDialog } from './AcceptDialog.js';
import {
  acceptFinding,
  FINDING_RULES,
  findingsQuery,
  rejectFinding,
  type AcceptAnswer,
  type AcceptBody,
  type FindingRule,
  type FindingStatusFilter,
  type FindingView,
} from './discovery-api.js';
import { FindingItem } from './FindingItem.js';
import { RULE_LABEL } from './finding-text.js';
import type { DiscoverySearch } from './search.js';

/** "asset obs-10-10-30-77 added to the inventory", "conduit c-1 created", … */
function appliedText(answer: AcceptAnswer): string {
  const e = answer.entity;
  if (!e) return 'the model updated';
  switch (answer.finding.rule) {
    case 'HOST-UNKNOWN':
      return `asset ${e.id} added to the inventory`;
    case 'HOST-ZONE-MISMATCH':
      return `asset ${e.id} moved to zone ${answer.finding.details.kind === 'host' ? (answer.finding.details.zone ?? '?') : '?'}`;
    case 'FLOW-NO-CONDUIT':
      return `conduit ${e.id} created`;
    case 'FLOW-NOT-IN-CHANNEL':
      return `channel added to conduit ${e.id}`;
    default:
      return `${e.kind} ${e.id} updated`;
  }
}

function AcceptNotice({ site, answer, onClose }: { site: string; answer: AcceptAnswer; onClose: () => void }) {
  return (
    <div className="state accept-notice" role="status">
      {answer.applied === 'change-request' ? (
        <span>
          Filed as change request #{answer.changeRequestId}: the model changes once it is approved and applied.{' '}
          <Link to="/sites/$site/changes" params={{ site }}>
            Open the change requests
          </Link>
        </span>
      ) : answer.applied === 'model' ? (
        <span>
          Accepted: {appliedText(answer)}.
          {answer.entity?.kind === 'asset' && (
            <>
              {' '}
              <Link to="/inventory" search={{ site, asset: answer.entity.id }}>
                Show in the inventory
              </Link>
            </>
          )}
        </span>
      ) : (
        <span>Acknowledged: the decision and its reason are kept with the finding.</span>
      )}
      <button type="button" className="link" onClick={onClose} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

export function DriftQueue({
  site,
  search,
  onSearch,
}: {
  site: string;
  search: DiscoverySearch;
  onSearch: (next: Partial<DiscoverySearch>) => void;
}) {
  const status: FindingStatusFilter = search.status ?? 'open';
  const findings = useQuery(findingsQuery(site, status, search.rule));
  const info = useQuery(siteQuery(site));
  const regulated = info.data?.regulated ?? false;
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const [accepting, setAccepting] = useState<FindingView | null>(null);
  const [answer, setAnswer] = useState<AcceptAnswer | null>(null);
  const { busy, error, setError, run } = useSubmit();

  const accept = (f: FindingView, body: AcceptBody) =>
    run(async () => {
      const result = await acceptFinding(site, f.id, body, regulated);
      setAccepting(null);
      setAnswer(result);
      await invalidateSite(queryClient, site);
    });
  const reject = (f: FindingView) =>
    run(async () => {
      const values = await prompt({
        title: 'Reject finding',
        message: `${f.message}. Say why this is not drift (e.g. a test laptop, a known temporary flow); the finding stays rejected when seen again.`,
        fields: [{ name: 'reason', label: 'Reason', type: 'textarea', required: true }],
        submitLabel: 'Reject',
        danger: true,
      });
      const reason = values?.reason?.trim();
      if (!reason) return;
      setAnswer(null);
      await rejectFinding(site, f.id, reason, regulated);
      await invalidateSite(queryClient, site);
    });

  return (
    <section className="panel" aria-labelledby="queue-title">
      <div className="panel-head">
        <h2 id="queue-title">Drift queue</h2>
        <span className="muted small">
          what the captures show that the approved zone &amp; conduit model does not say
        </span>
      </div>
      <div className="toolbar">
        <label>
          <span className="muted small">Status </span>
          <select
            aria-label="Filter by status"
            value={status}
            onChange={(e) =>
              onSearch({ status: e.target.value === 'open' ? undefined : (e.target.value as FindingStatusFilter) })
            }
          >
            <option value="open">Open</option>
            <option value="accepted">Accepted</option>
            <option value="rejected">Rejected</option>
            <option value="all">All</option>
          </select>
        </label>
        <label>
          <span className="muted small">Rule </span>
          <select
            aria-label="Filter by rule"
            value={search.rule ?? ''}
            onChange={(e) => onSearch({ rule: (e.target.value || undefined) as FindingRule | undefined })}
          >
            <option value="">All rules</option>
            {FINDING_RULES.map((r) => (
              <option key={r} value={r}>
                {RULE_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        {findings.data && (
          <span className="muted small">
            {findings.data.length} {findings.data.length === 1 ? 'finding' : 'findings'}
          </span>
        )}
      </div>
      {answer && <AcceptNotice site={site} answer={answer} onClose={() => setAnswer(null)} />}
      {!accepting && error !== null && <ErrorBox error={error} />}
      <QueryState query={findings} what="the drift queue">
        {(list) =>
          list.length === 0 ? (
            <Empty>
              {status === 'open' && !search.rule
                ? 'No open findings: everything the captures showed matches the model, or has been decided.'
                : 'No findings match these filters.'}
            </Empty>
          ) : (
            <ul className="finding-list" aria-label="Findings">
              {list.map((f) => (
                <FindingItem
                  key={f.id}
                  site={site}
                  finding={f}
                  onAccept={(x) => {
                    setError(null);
                    setAccepting(x);
                  }}
                  onReject={(x) => void reject(x)}
                />
              ))}
            </ul>
          )
        }
      </QueryState>
      {accepting && (
        <AcceptDialog
          key={accepting.id}
          site={site}
          regulated={regulated}
          finding={accepting}
          busy={busy}
          error={error}
          onSubmit={(body) => void accept(accepting, body)}
          onCancel={() => {
            setAccepting(null);
            setError(null);
          }}
        />
      )}
    </section>
  );
}
