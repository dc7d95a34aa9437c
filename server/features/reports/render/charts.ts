// Report charts drawn on the server as SVG with echarts' server-side renderer (no browser, no
// canvas): the PDF embeds them through pdfmake's `svg` node, the HTML inline. echarts escapes the
// labels it writes, so zone and site names cannot inject markup.
import type { ReportChart } from '../../../../core/reports/model.js';
import { echarts } from './echarts-loader.js';
import { GAP_COLORS, NO_VALUE_COLOR, SERIES_COLORS } from './colors.js';

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

type Option = Record<string, unknown>;

const FONT = { fontFamily: 'Helvetica, Arial, sans-serif', fontSize: 9, color: '#1b2a3a' };
const FR_LABELS = ['FR 1', 'FR 2', 'FR 3', 'FR 4', 'FR 5', 'FR 6', 'FR 7'];

/** Long names would eat the plot: cut with an ellipsis (the tables print them whole). */
const short = (s: string, n = 34): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Zones along the x axis: the chart grows with the page width, not its height, so even 50 zones fit
 * under the report's header on the first page. Labels turn when there are too many to lie flat.
 */
function targetVsAchieved(chart: Extract<ReportChart, { kind: 'target-vs-achieved' }>, width: number, label: Label) {
  const items = chart.items;
  const crowded = items.length * 70 > width;
  const option: Option = {
    animation: false,
    textStyle: FONT,
    legend: { top: 0, textStyle: FONT, data: ['SL-T (sum over FR 1–7)', 'SL-A up to SL-T (sum)'] },
    grid: { left: 8, right: 8, top: 26, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: { type: 'value', min: 0, max: 28, interval: 7, axisLabel: FONT },
    xAxis: {
      type: 'category',
      data: items.map((i) => label(short(i.label, crowded ? 30 : 16))),
      axisLabel: { ...FONT, fontSize: 7, interval: 0, rotate: crowded ? 60 : 0 },
    },
    series: [
      {
        name: 'SL-T (sum over FR 1–7)',
        type: 'bar',
        data: items.map((i) => i.target),
        itemStyle: { color: SERIES_COLORS.target },
        barGap: '10%',
      },
      {
        name: 'SL-A up to SL-T (sum)',
        type: 'bar',
        data: items.map((i) => i.achieved),
        itemStyle: { color: SERIES_COLORS.achieved },
      },
    ],
  };
  return { option, width, height: crowded ? 300 : 220 };
}

function gapHeatmap(chart: Extract<ReportChart, { kind: 'gap-heatmap' }>, width: number, label: Label) {
  const rows = [...chart.rows].reverse();
  const height = 70 + 16 * Math.max(rows.length, 2);
  const data = rows.flatMap((r, y) => r.values.map((v, x) => [x, y, v ?? '-']));
  const option: Option = {
    animation: false,
    textStyle: FONT,
    grid: { left: 8, right: 8, top: 8, bottom: 40, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: FR_LABELS, position: 'top', axisLabel: FONT, splitArea: { show: false } },
    yAxis: { type: 'category', data: rows.map((r) => label(short(r.label, 40))), axisLabel: FONT },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      textStyle: FONT,
      pieces: [
        { value: 0, label: 'gap 0', color: GAP_COLORS[0] },
        { value: 1, label: '1', color: GAP_COLORS[1] },
        { value: 2, label: '2', color: GAP_COLORS[2] },
        { gte: 3, label: '3+', color: GAP_COLORS[3] },
      ],
      outOfRange: { color: NO_VALUE_COLOR },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, ...FONT },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
  return { option, width, height };
}

function shareTrend(chart: Extract<ReportChart, { kind: 'share-trend' }>, width: number) {
  const option: Option = {
    animation: false,
    textStyle: FONT,
    grid: { left: 8, right: 16, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: chart.points.map((p) => p.day), axisLabel: FONT },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { ...FONT, formatter: '{value} %' } },
    series: [
      {
        type: 'line',
        data: chart.points.map((p) => Math.round(p.share * 1000) / 10),
        // A short history (a new installation) would show no line at all without its points.
        showSymbol: chart.points.length < 20,
        lineStyle: { color: SERIES_COLORS.achieved, width: 2 },
        areaStyle: { color: '#b9d3ec', opacity: 0.5 },
      },
    ],
  };
  return { option, width, height: 180 };
}

/** Maps names before they are drawn (the PDF passes its font's character set). */
type Label = (text: string) => string;

/** The chart as an SVG string of `width` px (its height follows the data). */
export async function chartSvg(chart: ReportChart, width: number, label: Label = (t) => t): Promise<ChartSvg> {
  const core = await echarts();
  const spec =
    chart.kind === 'target-vs-achieved'
      ? targetVsAchieved(chart, width, label)
      : chart.kind === 'gap-heatmap'
        ? gapHeatmap(chart, width, label)
        : shareTrend(chart, width);
  const instance = core.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    instance.setOption(spec.option);
    return { svg: instance.renderToSVGString(), width: spec.width, height: spec.height };
  } finally {
    // Without it the instance keeps a timer and the process does not exit.
    instance.dispose();
  }
}

/** True when a chart has nothing to draw (the renderers print its caption alone). */
export const chartIsEmpty = (chart: ReportChart): boolean =>
  chart.kind === 'target-vs-achieved'
    ? chart.items.length === 0
    : chart.kind === 'gap-heatmap'
      ? chart.rows.length === 0
      : chart.points.length === 0;
