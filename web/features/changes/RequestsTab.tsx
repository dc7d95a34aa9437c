// The change-requests view: the site's change-control setting, the list with its status filter and
// the request opened from the URL (`?cr=`), so a link to a request can be sent to its reviewer.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCan } from '../../auth/session.js';
import { QueryState } from '../../components/states.js';
import { ChangeControlPanel } from './ChangeControlPanel.js';
import { changeRequestsQuery } from './changes-api.js';
import { ProposeDialog } from './ProposeDialog.js';
import { RequestDetail } from './RequestDetail.js';
import { RequestList } from './RequestList.js';
import { REQUEST_STATUSES, type RequestStatus } from './search.js';

const route = getRouteApi('/app/sites/$site/changes');

export function RequestsTab({ site }: { site: string }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canPropose = useCan('changeRequest.create', site);
  const requests = useQuery(changeRequestsQuery(site, search.status));
  const [proposing, setProposing] = useState(false);
  const open = (cr: number | undefined) => void navigate({ search: (prev) => ({ ...prev, cr }) });

  return (
    <>
      <ChangeControlPanel site={site} />
      <div className={search.cr ? 'requests-layout with-detail' : 'requests-layout'}>
        <section className="panel" aria-labelledby="requests-title">
          <div className="panel-head">
            <h2 id="requests-title">Change requests</h2>
            <label className="inline-field">
              <span>Status</span>
              <select
                value={search.status ?? ''}
                onChange={(e) =>
                  void navigate({
                    search: (prev) => ({ ...prev, status: (e.target.value || undefined) as RequestStatus | undefined }),
                    replace: true,
                  })
                }
              >
                <option value="">all</option>
                {REQUEST_STATUSES.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
            <span className="spacer" />
            {canPropose && (
              <button type="button" className="primary" onClick={() => setProposing(true)}>
                Propose change
              </button>
            )}
          </div>
          <QueryState query={requests} what="change requests">
            {(list) => (
              <RequestList
                site={site}
                requests={list}
                selected={search.cr}
                compact={search.cr !== undefined}
                onOpen={open}
              />
            )}
          </QueryState>
        </section>
        {search.cr !== undefined && (
          <RequestDetail key={search.cr} site={site} id={search.cr} onClose={() => open(undefined)} />
        )}
      </div>
      {proposing && <ProposeDialog site={site} onDone={() => setProposing(false)} />}
    </>
  );
}
