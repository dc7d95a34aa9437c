// The SL chart of a zone as an ECharts option, built by a pure function so it is testable without
// a browser. SL-A as bars in the shared SL colour scale, SL-T as a flat marker over each FR
// (bullet-chart style: is the bar up to the mark?), SL-C as a dashed line that breaks where no
// asset has capability data (DESIGN §3.4).
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { FR_NAMES, FR_SHORT, FRS, SERIES_COLORS, slColor } from '../../components/sl-scale.js';

export type SlChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface SlChartInput {
  slTarget: readonly number[] | null;
  slCapability: readonly (number | null)[] | null;
  slAchieved: readonly number[];
  gap: readonly number[];
}

export const SERIES_NAMES = {
  achieved: 'SL-A achieved',
  target: 'SL-T target',
  capability: 'SL-C capability',
} as const;

const at = <T>(v: readonly T[] | null, i: number): T | null => v?.[i] ?? null;
const show = (v: number | null): string => (v === null ? '–' : String(v));

/** Tooltip text for one FR (values only: no user text, so plain HTML is safe). */
export function frTooltip(input: SlChartInput, index: number): string {
  const fr = index + 1;
  const rows = [
    ['SL-T', show(at(input.slTarget, index))],
    ['SL-C', show(at(input.slCapability, index))],
    ['SL-A', show(at(input.slAchieved, index))],
    ['Gap', input.slTarget ? show(at(input.gap, index)) : 'no SL-T'],
  ];
  return (
    `<strong>FR ${fr} ${FR_SHORT[fr]}</strong> ${FR_NAMES[fr]}<br/>` +
    rows.map(([k, v]) => `${k}: <strong>${v}</strong>`).join(' &middot; ')
  );
}

export function buildSlChartOption(input: SlChartInput): SlChartOption {
  const achieved: BarSeriesOption = {
    id: 'achieved',
    name: SERIES_NAMES.achieved,
    type: 'bar',
    barMaxWidth: 40,
    itemStyle: { color: SERIES_COLORS.achieved },
    label: { show: true, position: 'top', color: SERIES_COLORS.target, fontWeight: 'bold' },
    data: FRS.map((fr) => {
      const value = at(input.slAchieved, fr - 1) ?? 0;
      return { value, itemStyle: { color: slColor(value), borderRadius: [3, 3, 0, 0] } };
    }),
    z: 2,
  };
  const target: LineSeriesOption = {
    id: 'target',
    name: SERIES_NAMES.target,
    type: 'line',
    // No connecting line: one flat mark per FR, a little wider than the bar it judges.
    lineStyle: { opacity: 0 },
    symbol: 'rect',
    symbolSize: [44, 4],
    // Wide marks look like overlapping symbols to ECharts, which would then thin them out.
    showAllSymbol: true,
    // Line series reveal themselves left to right; a target should simply be there.
    animation: false,
    itemStyle: { color: SERIES_COLORS.target },
    emphasis: { disabled: true },
    data: FRS.map((fr) => at(input.slTarget, fr - 1)),
    z: 4,
  };
  const capability: LineSeriesOption = {
    id: 'capability',
    name: SERIES_NAMES.capability,
    type: 'line',
    connectNulls: false,
    symbol: 'circle',
    symbolSize: 7,
    showAllSymbol: true,
    animation: false,
    lineStyle: { type: 'dashed', width: 2, color: SERIES_COLORS.capability },
    itemStyle: { color: SERIES_COLORS.capability },
    data: FRS.map((fr) => at(input.slCapability, fr - 1)),
    z: 3,
  };
  return {
    animationDuration: 300,
    animationDurationUpdate: 300,
    grid: { left: 48, right: 12, top: 34, bottom: 44 },
    legend: {
      top: 0,
      left: 'center',
      itemWidth: 16,
      itemHeight: 10,
      data: [
        { name: SERIES_NAMES.achieved, icon: 'roundRect', itemStyle: { color: SERIES_COLORS.achieved } },
        { name: SERIES_NAMES.target, icon: 'rect' },
        { name: SERIES_NAMES.capability },
      ],
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        return frTooltip(input, first?.dataIndex ?? 0);
      },
    },
    xAxis: {
      type: 'category',
      data: FRS.map((fr) => `FR ${fr}\n${FR_SHORT[fr]}`),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: '#3a4756', lineHeight: 14 },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 4,
      interval: 1,
      minInterval: 1,
      axisLabel: { formatter: 'SL {value}', color: '#5d6b7a' },
      splitLine: { lineStyle: { color: '#e8ecf1' } },
    },
    series: [achieved, capability, target],
  };
}
