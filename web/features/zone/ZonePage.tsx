// One zone: its security levels (chart and numbers), the 3-3 checklist an assessor works through,
// the compensating controls and assets that concern it, and component qualification.
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { todayUtc } from '../../../core/iec62443/dates.js';
import { siteQuery } from '../../api/queries.js';
import { useCan, useMe } from '../../auth/session.js';
import { SlVector } from '../../components/Sl.js';
import { SiteNav } from '../../components/SiteNav.js';
import { ErrorBox, Loading, QueryState } from '../../components/states.js';
import { Checklist } from './Checklist.js';
import { ChecklistToolbar } from './ChecklistToolbar.js';
import { matches } from './checklist-model.js';
import { SltRecommendation } from '../risk/SltRecommendation.js';
import { OfflinePanel } from '../offline-assessment/OfflinePanel.js';
import { QualifyForm } from './QualifyForm.js';
import type { ZoneSearch } from './search.js';
import { SlSummary } from './SlSummary.js';
import { useResultSaver } from './useResultSaver.js';
import {
  checklistQuery,
  zoneAssetsQuery,
  zoneControlsQuery,
  zoneEvalQuery,
  zoneQuery,
  type ZoneAsset,
} from './zone-api.js';
import { ZoneAssets } from './ZoneAssets.js';
import { controlsOfZone, ZoneControls } from './ZoneControls.js';
import './zone.css';

const route = getRouteApi('/app/sites/$site/zones/$zone');
const SlChart = lazy(() => import('./SlChart.js').then((m) => ({ default: m.SlChart })));
const NO_ASSETS: ZoneAsset[] = [];

export function ZonePage() {
  const { site, zone } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  const canEdit = useCan('result.update', site);

  const siteInfo = useQuery(siteQuery(site));
  const info = useQuery(zoneQuery(site, zone));
  const evaluation = useQuery(zoneEvalQuery(site, zone));
  const checklist = useQuery(checklistQuery(site, zone));
  const controls = useQuery(zoneControlsQuery(site, zone));
  const assets = useQuery(zoneAssetsQuery(site, zone));
  const onSave = useResultSaver(site, siteInfo.data);

  const setSearch = useCallback(
    (patch: Partial<ZoneSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true, resetScroll: false }),
    [navigate],
  );
  const setOpen = useCallback((open: string | undefined) => setSearch({ open }), [setSearch]);
  const who = useMemo(() => ({ by: me.email, at: todayUtc() }), [me.email]);
  const filters = useMemo(
    () => ({ fr: search.fr, status: search.status, q: search.q, all: search.all }),
    [search.fr, search.status, search.q, search.all],
  );
  const blocking = useMemo(() => evaluation.data?.blocking.map((b) => b.id) ?? [], [evaluation.data]);
  const assetIds = useMemo(() => new Set((assets.data?.items ?? NO_ASSETS).map((a) => a.id)), [assets.data]);

  if (info.error)
    return (
      <div className="zone-page">
        <SiteNav site={site} title={zone} />
        <ErrorBox error={info.error} onRetry={() => void info.refetch()} />
      </div>
    );
  const z = info.data;
  const items = checklist.data?.items ?? [];
  const blockingSet = new Set(blocking);
  const shown = items.filter((i) => matches(i, filters, blockingSet)).length;
  const total = items.filter((i) => search.all || i.applies).length;

  return (
    <div className="zone-page">
      <SiteNav
        site={site}
        title={z?.name ?? zone}
        actions={
          z && (
            <span className="zone-facts">
              <code>{z.id}</code>
              <span className="badge">{z.kind}</span>
              <span className="muted small">SL-T</span>
              {z.slTarget ? <SlVector vector={z.slTarget} label="SL-T" /> : <span className="badge warn">no SL-T</span>}
              <Link to="/sites/$site" params={{ site }} search={{ zone }} className="small">
                Show on site map
              </Link>
            </span>
          )
        }
      />
      {z?.rationale && <p className="zone-rationale muted">{z.rationale}</p>}
      <div className="zone-layout">
        <section className="panel zone-checklist" aria-labelledby="checklist-title">
          <h2 id="checklist-title">Requirements (IEC 62443-3-3)</h2>
          <ChecklistToolbar search={search} shown={shown} total={total} onChange={setSearch} />
          <QueryState query={checklist} what="checklist">
            {(data) =>
              evaluation.isPending ? (
                <Loading what="evaluation" />
              ) : (
                <Checklist
                  scope={zone}
                  items={data.items}
                  blocking={blocking}
                  slTarget={data.slTarget}
                  slAchieved={evaluation.data?.slAchieved}
                  filters={filters}
                  canEdit={canEdit}
                  who={who}
                  onSave={onSave}
                  openId={search.open}
                  onOpenChange={setOpen}
                />
              )
            }
          </QueryState>
        </section>
        <aside className="zone-side">
          <section className="panel" aria-labelledby="levels-title">
            <h2 id="levels-title">Security levels</h2>
            <QueryState query={evaluation} what="evaluation">
              {(e) => (
                <>
                  <Suspense fallback={<div className="zone-chart" />}>
                    <SlChart evaluation={e} />
                  </Suspense>
                  <SlSummary evaluation={e} />
                </>
              )}
            </QueryState>
          </section>
        </aside>
      </div>
      <OfflinePanel site={site} zone={zone} />
      <div className="grid-2 zone-lower">
        <section className="panel" aria-labelledby="controls-title">
          <h2 id="controls-title">Compensating controls</h2>
          <QueryState query={controls} what="compensating controls">
            {(all) => (
              <ZoneControls
                site={site}
                zone={zone}
                controls={controlsOfZone(all, zone, assetIds)}
                asOf={evaluation.data?.asOf ?? todayUtc()}
              />
            )}
          </QueryState>
        </section>
        <section className="panel" aria-labelledby="qualify-title">
          <h2 id="qualify-title">Would this device qualify for this zone?</h2>
          {info.isPending ? (
            <Loading />
          ) : (
            <QualifyForm key={zone} site={site} zone={zone} slTarget={z?.slTarget ?? null} />
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="slt-rec-title">
        <h2 id="slt-rec-title">SL-T from the risk assessment</h2>
        <SltRecommendation site={site} zone={zone} />
      </section>
      <section className="panel" aria-labelledby="assets-title">
        <h2 id="assets-title">Assets</h2>
        <QueryState query={assets} what="assets">
          {(page) => <ZoneAssets site={site} zone={zone} page={page} />}
        </QueryState>
      </section>
    </div>
  );
}
