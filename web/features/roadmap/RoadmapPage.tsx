// The site's remediation roadmap (issue #7 item 3; docs/roadmap.md): the actions planned to lift
// zones and conduits to their SL-T, and the projected SL-A per FR quarter by quarter. The what-if
// mode projects only the ticked actions (kept in the URL, so a scenario is a shareable link).
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCan } from '../../auth/session.js';
import { SiteNav } from '../../components/SiteNav.js';
import { QueryState } from '../../components/states.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';
import { ActionsPanel } from './ActionsPanel.js';
import { ProjectionPanel } from './ProjectionPanel.js';
import { actionsQuery, projectionQuery, type ActionView } from './roadmap-api.js';
import type { RoadmapSearch } from './search.js';
import './roadmap.css';

const route = getRouteApi('/app/sites/$site/roadmap');

/** The what-if starts from the plan: the actions the projection applies as planned. */
const openIds = (actions: ActionView[]) =>
  actions.filter((a) => a.status === 'planned' || a.status === 'in-progress').map((a) => a.id);

export function RoadmapPage() {
  const { site } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canEdit = useCan('roadmap.update', site);
  const actions = useQuery(actionsQuery(site));
  const projection = useQuery(projectionQuery(site, search.whatIf));
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  const scopes = [...(zones.data ?? []), ...(conduits.data ?? [])].map((s) => s.id);
  const onSearch = useCallback(
    (next: Partial<RoadmapSearch>) =>
      // Replace, not push: filtering and ticking are not steps the back button should replay.
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  const whatIf = search.whatIf;

  return (
    <div className="roadmap-page">
      <SiteNav site={site} title="Remediation roadmap" />
      <ActionsPanel
        site={site}
        actions={actions}
        scopes={scopes}
        canEdit={canEdit}
        search={search}
        onSearch={onSearch}
      />
      <section className={`panel${whatIf ? ' what-if' : ''}`} aria-labelledby="projection-title">
        <div className="panel-head">
          <h2 id="projection-title">{whatIf ? 'What-if projection' : 'Projected SL-A'}</h2>
          <span className="muted small">
            {whatIf
              ? `${whatIf.length} of ${actions.data?.length ?? 0} actions ticked, whatever their status; nothing is stored`
              : 'after each planned or in-progress action, at the end of each quarter (IEC 62443-3-3 SL-A per FR)'}
          </span>
          <span className="spacer" />
          {whatIf ? (
            <>
              <button type="button" onClick={() => onSearch({ whatIf: openIds(actions.data ?? []) })}>
                Tick the plan
              </button>
              <button type="button" onClick={() => onSearch({ whatIf: [] })}>
                Untick all
              </button>
              <button type="button" onClick={() => onSearch({ whatIf: undefined })}>
                Back to the plan
              </button>
            </>
          ) : (
            <button
              type="button"
              disabled={!actions.data?.length}
              onClick={() => onSearch({ whatIf: openIds(actions.data ?? []) })}
            >
              What-if…
            </button>
          )}
        </div>
        <QueryState query={projection} what="the projection">
          {(p) => <ProjectionPanel site={site} projection={p} scope={search.scope} />}
        </QueryState>
      </section>
    </div>
  );
}
