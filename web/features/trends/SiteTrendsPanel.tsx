// The site page's "Progress over time" panel (issue #7 item 4): for one zone or conduit at a time,
// SL-A against SL-T per FR over the last days. The chart module loads lazily (ECharts).
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ErrorBox, Loading } from '../../components/states.js';
import { buildScopeTrendOption, scopeTrendSummary } from './trend-chart-option.js';
import { siteTrendsQuery, type SiteTrends, type TrendWindow } from './trends-api.js';
import { WindowSelect } from './WindowSelect.js';
import './trends.css';

const TrendChart = lazy(() => import('./TrendChart.js').then((m) => ({ default: m.TrendChart })));

const HEIGHT = 210;

export function SiteTrendsPanel({ site }: { site: string }) {
  const [days, setDays] = useState<TrendWindow>(90);
  const trends = useQuery(siteTrendsQuery(site, days));
  return (
    <section className="panel trends-panel" aria-labelledby="site-trends-title">
      <div className="trends-head">
        <h2 id="site-trends-title">Progress over time</h2>
        <span className="muted small">SL-A against SL-T per FR, one value per day (recorded daily and on change)</span>
        <span className="spacer" />
        <WindowSelect value={days} onChange={setDays} />
      </div>
      {trends.error ? (
        <ErrorBox error={trends.error} onRetry={() => void trends.refetch()} />
      ) : !trends.data ? (
        <Loading what="the history" />
      ) : (
        <ScopeTrends trends={trends.data} />
      )}
    </section>
  );
}

function ScopeTrends({ trends }: { trends: SiteTrends }) {
  const [picked, setPicked] = useState<string | null>(null);
  const scope = trends.scopes.find((s) => s.id === picked) ?? trends.scopes[0];
  const option = useMemo(
    () => (scope ? buildScopeTrendOption(scope, trends.from, trends.to) : null),
    [scope, trends.from, trends.to],
  );
  if (!scope || !option) return <div className="state state-empty">Nothing recorded yet for this site.</div>;
  const summary = scopeTrendSummary(scope);
  return (
    <>
      <div className="toolbar">
        <label>
          <span className="muted small">Zone or conduit </span>
          <select aria-label="Zone or conduit" value={scope.id} onChange={(e) => setPicked(e.target.value)}>
            {trends.scopes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.kind === 'conduit' ? 'Conduit ' : ''}
                {s.name ? `${s.name} (${s.id})` : `${s.id} (deleted)`}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          {trends.from} to {trends.to} · days of {trends.timezone}
        </span>
      </div>
      <Suspense fallback={<div className="trend-chart" style={{ height: HEIGHT }} />}>
        <TrendChart option={option} height={HEIGHT} label={summary} ready="site-trends" />
      </Suspense>
      <p className="muted small trends-summary">{summary}</p>
    </>
  );
}
