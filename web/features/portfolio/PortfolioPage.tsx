// The home page: every readable site's standing against its SL-T (DESIGN §6 portfolio), as a
// sites × FR heatmap of the largest gaps, and the worst zones of the whole estate.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { portfolioQuery, sitesQuery } from '../../api/queries.js';
import type { Portfolio, Site } from '../../api/types.js';
import { hasPermission, useMe } from '../../auth/session.js';
import { Empty, QueryState } from '../../components/states.js';
import { GapLegend } from './GapLegend.js';
import { filterSortSites, worstZonesOfEstate } from './portfolio-model.js';
import type { PortfolioSort } from './search.js';
import { SitesHeatmap } from './SitesHeatmap.js';
import { WorstZones } from './WorstZones.js';
import { PortfolioTrendsPanel } from '../trends/PortfolioTrendsPanel.js';
import { PortfolioReportLinks } from '../reports/PortfolioReportLinks.js';
import { VulnerabilitiesCard } from '../vulnerabilities/VulnerabilitiesCard.js';
import './portfolio.css';

const route = getRouteApi('/app/');

export function PortfolioPage() {
  const portfolio = useQuery(portfolioQuery);
  return (
    <div className="portfolio">
      <QueryState query={portfolio} what="the portfolio">
        {(data) => <PortfolioView data={data} />}
      </QueryState>
    </div>
  );
}

function PortfolioView({ data }: { data: Portfolio }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  // Locations come from the site list; the portfolio renders without them while it loads.
  const sites = useQuery(sitesQuery);
  const info = useMemo(() => new Map<string, Site>((sites.data ?? []).map((s) => [s.id, s])), [sites.data]);
  const sort = search.sort ?? 'name';
  const dir = search.dir ?? 'asc';
  // Typing stays responsive on large estates: the table re-filters on the deferred value.
  const q = useDeferredValue(search.q);
  const shown = useMemo(() => filterSortSites(data.sites, q, sort, dir), [data.sites, q, sort, dir]);
  const worst = useMemo(() => worstZonesOfEstate(data.sites, 15), [data.sites]);
  const totals = useMemo(
    () =>
      data.sites.reduce((t, s) => ({ zones: t.zones + s.zones, meeting: t.meeting + s.zonesMeetingTarget }), {
        zones: 0,
        meeting: 0,
      }),
    [data.sites],
  );

  if (data.sites.length === 0)
    return (
      <>
        <h1>Portfolio</h1>
        <Empty>
          <span>
            You have no sites yet.{' '}
            {hasPermission(me, 'site.create') ? (
              <>
                <Link to="/site-files">Import a site file</Link> to model your first plant.
              </>
            ) : (
              'Ask an administrator for access to a site.'
            )}
          </span>
        </Empty>
      </>
    );

  const onSort = (key: PortfolioSort) => {
    // A click on the sorted column flips it; a new column starts with the worst first.
    const nextDir =
      key === sort ? (dir === 'asc' ? 'desc' : 'asc') : key === 'name' || key === 'meeting' ? 'asc' : 'desc';
    void navigate({
      search: (prev) => ({
        ...prev,
        sort: key === 'name' && nextDir === 'asc' ? undefined : key,
        dir: nextDir === 'asc' ? undefined : nextDir,
      }),
      replace: true,
    });
  };

  return (
    // data-ready marks the moment the figures are on screen (the web benchmark waits for it).
    <div data-ready="portfolio">
      <div className="page-header">
        <h1>Portfolio</h1>
        <span className="muted">
          {data.sites.length} {data.sites.length === 1 ? 'site' : 'sites'} · {totals.zones} zones · {totals.meeting}{' '}
          meeting SL-T · as of {data.asOf}
        </span>
        <span className="spacer" />
        <PortfolioReportLinks />
        <label className="portfolio-filter">
          <span className="visually-hidden">Filter sites</span>
          <input
            type="search"
            placeholder="Filter sites by name…"
            aria-label="Filter sites"
            value={search.q ?? ''}
            onChange={(e) =>
              void navigate({ search: (prev) => ({ ...prev, q: e.target.value || undefined }), replace: true })
            }
          />
        </label>
      </div>
      <section className="panel" aria-labelledby="heatmap-title">
        <div className="panel-head">
          <h2 id="heatmap-title">Sites by foundational requirement</h2>
          <span className="muted small">
            each FR cell: the largest gap among the site&apos;s zones (small: zones with a gap)
          </span>
          <span className="spacer" />
          <GapLegend noTargetLabel="no zones" />
        </div>
        {shown.length === 0 ? (
          <Empty>No site matches “{search.q}”.</Empty>
        ) : (
          <div className="table-scroll">
            <SitesHeatmap sites={shown} info={info} sort={sort} dir={dir} onSort={onSort} />
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="worst-title">
        <div className="panel-head">
          <h2 id="worst-title">Worst zones across the estate</h2>
          <span className="muted small">the {worst.length} zones with the largest total gap over FR 1–7</span>
        </div>
        <WorstZones zones={worst} />
      </section>
      <VulnerabilitiesCard />
      <PortfolioTrendsPanel />
    </div>
  );
}
