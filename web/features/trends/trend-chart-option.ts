// The trend charts as ECharts options, built by pure functions so they are testable without a
// browser. A zone or conduit: seven small step charts (FR 1–7), SL-A as a filled step line and
// SL-T as a dashed one, so "is the line up to the mark?" reads per FR over time (the vector is
// never collapsed to one number). The portfolio: the share of zones at target per day, the
// estate's line bold and each site's thin.
import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { PortfolioTrendPoint, PortfolioTrends, ScopeTrend } from '../../../core/api/trends.js';
import { daysBetween } from '../../../core/iec62443/trends.js';
import { FR_SHORT, FRS, SERIES_COLORS } from '../../components/sl-scale.js';

export type TrendChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption
>;

export const TREND_SERIES = { achieved: 'SL-A achieved', target: 'SL-T target' } as const;

/**
 * Days shown as MM-DD under the axis: only the first and the last, aligned inwards so the small
 * charts' labels never run into their neighbours'; every day is in the tooltip.
 */
const edgeLabels = (days: readonly string[]) => ({
  interval: (index: number) => index === 0 || index === days.length - 1,
  formatter: (day: string) => day.slice(5),
  alignMinLabel: 'left' as const,
  alignMaxLabel: 'right' as const,
  color: '#5d6b7a',
  fontSize: 11,
});

const show = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));

/** Per day of the window, the scope's point (undefined: it did not exist that day). */
export function pointsByDay(scope: ScopeTrend, days: readonly string[]): (ScopeTrend['points'][number] | undefined)[] {
  const byDay = new Map(scope.points.map((p) => [p.day, p]));
  return days.map((d) => byDay.get(d));
}

/** Tooltip text of one FR on one day (values only: no user text, so plain HTML is safe). */
export function scopeTooltip(scope: ScopeTrend, day: string, fr: number): string {
  const p = scope.points.find((x) => x.day === day);
  if (!p) return `<strong>${day}</strong><br/>not recorded`;
  const target = p.slTarget ? show(p.slTarget[fr - 1]) : 'not set';
  return (
    `<strong>${day}</strong> FR ${fr} ${FR_SHORT[fr]}<br/>` +
    `SL-A <strong>${show(p.slAchieved[fr - 1])}</strong> &middot; SL-T <strong>${target}</strong>` +
    (p.carried ? '<br/><em>carried over: not recorded that day</em>' : '')
  );
}

export function buildScopeTrendOption(scope: ScopeTrend, from: string, to: string): TrendChartOption {
  const days = daysBetween(from, to);
  const points = pointsByDay(scope, days);
  const slot = 100 / FRS.length;
  // The first chart leaves room for the SL axis labels, which the others share.
  const grid = FRS.map((_, i) => ({
    left: `${i * slot + (i === 0 ? 3.4 : 1.4)}%`,
    width: `${slot - (i === 0 ? 4.2 : 2.2)}%`,
    top: 30,
    bottom: 46,
  }));
  const series: LineSeriesOption[] = FRS.flatMap((fr, i) => [
    {
      id: `achieved-${fr}`,
      name: TREND_SERIES.achieved,
      type: 'line',
      xAxisIndex: i,
      yAxisIndex: i,
      step: 'end',
      symbol: 'none',
      connectNulls: false,
      animation: false,
      lineStyle: { width: 2, color: SERIES_COLORS.achieved },
      itemStyle: { color: SERIES_COLORS.achieved },
      areaStyle: { color: SERIES_COLORS.achieved, opacity: 0.12 },
      data: points.map((p) => p?.slAchieved[fr - 1] ?? null),
    },
    {
      id: `target-${fr}`,
      name: TREND_SERIES.target,
      type: 'line',
      xAxisIndex: i,
      yAxisIndex: i,
      step: 'end',
      symbol: 'none',
      connectNulls: false,
      animation: false,
      lineStyle: { width: 2, type: 'dashed', color: SERIES_COLORS.target },
      itemStyle: { color: SERIES_COLORS.target },
      data: points.map((p) => p?.slTarget?.[fr - 1] ?? null),
    },
  ]);
  return {
    title: FRS.map((fr, i) => ({
      text: `FR ${fr} ${FR_SHORT[fr]}`,
      left: grid[i]?.left,
      top: 4,
      textStyle: { fontSize: 12, fontWeight: 600, color: '#3a4756' },
    })),
    grid,
    legend: {
      bottom: 0,
      left: 'center',
      itemHeight: 8,
      data: [TREND_SERIES.achieved, TREND_SERIES.target],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const fr = Number(String(first?.seriesId ?? 'achieved-1').split('-')[1]) || 1;
        return scopeTooltip(scope, days[first?.dataIndex ?? 0] ?? from, fr);
      },
    },
    xAxis: FRS.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: days,
      boundaryGap: false,
      axisTick: { show: false },
      axisLabel: edgeLabels(days),
    })),
    yAxis: FRS.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      min: 0,
      max: 4,
      interval: 1,
      axisLabel: { show: i === 0, formatter: 'SL {value}', color: '#5d6b7a', fontSize: 11 },
      splitLine: { lineStyle: { color: '#e8ecf1' } },
    })),
    series,
  };
}

/** A sentence for screen readers and the panel's summary: the first and last values per FR. */
export function scopeTrendSummary(scope: ScopeTrend): string {
  const first = scope.points[0];
  const last = scope.points.at(-1);
  if (!first || !last) return `${scope.id}: nothing recorded in this period.`;
  const vector = (v: readonly number[] | null) => (v ? v.join(', ') : 'not set');
  return (
    `${scope.id}: on ${first.day} SL-A ${vector(first.slAchieved)} (SL-T ${vector(first.slTarget)}); ` +
    `on ${last.day} SL-A ${vector(last.slAchieved)} (SL-T ${vector(last.slTarget)}), FR 1 to 7.`
  );
}

/** At most this many site lines; beyond, only the estate is drawn (a legend of 100 sites helps no one). */
export const MAX_SITE_LINES = 8;

const percent = (p: PortfolioTrendPoint | undefined): number | null => (p ? Math.round(p.share * 1000) / 10 : null);

export function portfolioTooltip(trends: PortfolioTrends, day: string): string {
  const line = (name: string, p: PortfolioTrendPoint | undefined) =>
    p
      ? `${name}: <strong>${percent(p)}%</strong> (${p.zonesMeetingTarget}/${p.zones} zones, mean gap ${p.meanGap})`
      : `${name}: –`;
  const at = (points: readonly PortfolioTrendPoint[]) => points.find((p) => p.day === day);
  // Site names are user text: escaped before they enter the tooltip's HTML.
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const sites = trends.sites.length <= MAX_SITE_LINES ? trends.sites : [];
  return [
    `<strong>${day}</strong>`,
    line('Estate', at(trends.estate)),
    ...sites.map((s) => line(escape(s.name), at(s.points))),
  ].join('<br/>');
}

export function buildPortfolioTrendOption(trends: PortfolioTrends): TrendChartOption {
  const days = daysBetween(trends.from, trends.to);
  const aligned = (points: readonly PortfolioTrendPoint[]) => {
    const byDay = new Map(points.map((p) => [p.day, p]));
    return days.map((d) => percent(byDay.get(d)));
  };
  const sites = trends.sites.length <= MAX_SITE_LINES ? trends.sites : [];
  const series: LineSeriesOption[] = [
    {
      id: 'estate',
      name: 'Estate',
      type: 'line',
      symbol: 'none',
      animation: false,
      connectNulls: false,
      lineStyle: { width: 3, color: SERIES_COLORS.target },
      itemStyle: { color: SERIES_COLORS.target },
      data: aligned(trends.estate),
      z: 3,
    },
    ...sites.map((s): LineSeriesOption => ({
      id: `site-${s.id}`,
      name: s.name,
      type: 'line',
      symbol: 'none',
      animation: false,
      connectNulls: false,
      lineStyle: { width: 1.5 },
      data: aligned(s.points),
    })),
  ];
  return {
    grid: { left: 48, right: 16, top: 36, bottom: 30 },
    legend: { type: 'scroll', top: 0, left: 'center', itemHeight: 8 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        return portfolioTooltip(trends, days[first?.dataIndex ?? 0] ?? trends.from);
      },
    },
    xAxis: {
      type: 'category',
      data: days,
      boundaryGap: false,
      axisLabel: { formatter: (d: string) => d.slice(5), color: '#5d6b7a', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { formatter: '{value}%', color: '#5d6b7a' },
      splitLine: { lineStyle: { color: '#e8ecf1' } },
    },
    series,
  };
}
