// The portfolio page's trend (issue #7 item 4): per day, the share of zones meeting their SL-T,
// for the estate and (up to a few) each site. The chart module loads lazily (ECharts).
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ErrorBox, Loading } from '../../components/states.js';
import { buildPortfolioTrendOption, MAX_SITE_LINES } from './trend-chart-option.js';
import { portfolioTrendsQuery, type PortfolioTrends, type TrendWindow } from './trends-api.js';
import { WindowSelect } from './WindowSelect.js';
import './trends.css';

const TrendChart = lazy(() => import('./TrendChart.js').then((m) => ({ default: m.TrendChart })));

const HEIGHT = 240;

export function PortfolioTrendsPanel() {
  const [days, setDays] = useState<TrendWindow>(90);
  const trends = useQuery(portfolioTrendsQuery(days));
  return (
    <section className="panel trends-panel" aria-labelledby="portfolio-trends-title">
      <div className="trends-head">
        <h2 id="portfolio-trends-title">Zones at target over time</h2>
        <span className="muted small">share of zones meeting their SL-T in every FR, per day</span>
        <span className="spacer" />
        <WindowSelect value={days} onChange={setDays} />
      </div>
      {trends.error ? (
        <ErrorBox error={trends.error} onRetry={() => void trends.refetch()} />
      ) : !trends.data ? (
        <Loading what="the history" />
      ) : (
        <PortfolioChart trends={trends.data} />
      )}
    </section>
  );
}

function PortfolioChart({ trends }: { trends: PortfolioTrends }) {
  const option = useMemo(() => buildPortfolioTrendOption(trends), [trends]);
  const last = trends.estate.at(-1);
  if (!last) return <div className="state state-empty">Nothing recorded yet.</div>;
  const summary =
    `On ${last.day}, ${last.zonesMeetingTarget} of ${last.zones} zones meet their SL-T ` +
    `(${Math.round(last.share * 100)}%), mean gap ${last.meanGap.toFixed(1)} over FR 1 to 7.`;
  return (
    <>
      <Suspense fallback={<div className="trend-chart" style={{ height: HEIGHT }} />}>
        <TrendChart option={option} height={HEIGHT} label={summary} ready="portfolio-trends" />
      </Suspense>
      <p className="muted small trends-summary">
        {summary}
        {trends.sites.length > MAX_SITE_LINES && ` The estate's line only: ${trends.sites.length} sites.`}
      </p>
    </>
  );
}
