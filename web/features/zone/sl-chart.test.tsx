// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SERIES_COLORS, slColor } from '../../components/sl-scale.js';
import { SlChart } from './SlChart.js';
import { buildSlChartOption, frTooltip, SERIES_NAMES, type SlChartInput } from './sl-chart-option.js';

const evaluation: SlChartInput = {
  slTarget: [2, 2, 3, 1, 2, 2, 3],
  slCapability: [1, null, 2, 0, 2, null, 3],
  slAchieved: [0, 1, 1, 0, 4, 1, 0],
  gap: [2, 1, 2, 1, 0, 1, 3],
};

type Series = { id: string; name: string; type: string; data: unknown[]; lineStyle?: { type?: string } };
const seriesOf = (input: SlChartInput) => buildSlChartOption(input).series as Series[];
const byId = (input: SlChartInput, id: string) => seriesOf(input).find((s) => s.id === id)!;

afterEach(cleanup);

describe('buildSlChartOption', () => {
  it('draws SL-A as bars coloured by the SL scale', () => {
    const bars = byId(evaluation, 'achieved');
    expect(bars.type).toBe('bar');
    expect(bars.name).toBe(SERIES_NAMES.achieved);
    const data = bars.data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value)).toEqual([0, 1, 1, 0, 4, 1, 0]);
    expect(data.map((d) => d.itemStyle.color)).toEqual([0, 1, 1, 0, 4, 1, 0].map((v) => slColor(v)));
  });

  it('marks SL-T per FR and draws SL-C as a dashed line broken where unknown', () => {
    expect(byId(evaluation, 'target').data).toEqual([2, 2, 3, 1, 2, 2, 3]);
    const capability = byId(evaluation, 'capability');
    expect(capability.data).toEqual([1, null, 2, 0, 2, null, 3]);
    expect(capability.lineStyle?.type).toBe('dashed');
    expect(JSON.stringify(capability)).toContain(SERIES_COLORS.capability);
  });

  it('shows FR 1–7 with their short names on a 0–4 integer axis', () => {
    const option = buildSlChartOption(evaluation) as {
      xAxis: { data: string[] };
      yAxis: { min: number; max: number; interval: number };
    };
    expect(option.xAxis.data).toEqual([
      'FR 1\nIAC',
      'FR 2\nUC',
      'FR 3\nSI',
      'FR 4\nDC',
      'FR 5\nRDF',
      'FR 6\nTRE',
      'FR 7\nRA',
    ]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 4, interval: 1 });
  });

  it('leaves SL-T and SL-C empty for a zone without target or capability data', () => {
    const bare = { slTarget: null, slCapability: null, slAchieved: [0, 0, 0, 0, 0, 0, 0], gap: [0, 0, 0, 0, 0, 0, 0] };
    expect(byId(bare, 'target').data).toEqual([null, null, null, null, null, null, null]);
    expect(byId(bare, 'capability').data).toEqual([null, null, null, null, null, null, null]);
    expect(frTooltip(bare, 0)).toContain('no SL-T');
  });

  it('summarises one FR in the tooltip', () => {
    const text = frTooltip(evaluation, 6);
    expect(text).toContain('FR 7 RA');
    expect(text).toMatch(/SL-T: <strong>3<\/strong>.*SL-A: <strong>0<\/strong>.*Gap: <strong>3<\/strong>/);
  });
});

describe('SlChart', () => {
  it('renders the chart as SVG with a text summary', async () => {
    const { container, getByRole } = render(<SlChart evaluation={evaluation} />);
    await waitFor(() => expect(container.querySelector('svg')).not.toBeNull());
    expect(getByRole('img').getAttribute('aria-label')).toContain('SL-A: 0, 1, 1, 0, 4, 1, 0');
    expect(container.querySelectorAll('svg path').length).toBeGreaterThan(0);
  });
});
