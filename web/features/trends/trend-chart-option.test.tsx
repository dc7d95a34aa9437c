// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioTrends, ScopeTrend } from '../../../core/api/trends.js';
import { SERIES_COLORS } from '../../components/sl-scale.js';
import {
  buildPortfolioTrendOption,
  buildScopeTrendOption,
  MAX_SITE_LINES,
  portfolioTooltip,
  scopeTooltip,
  scopeTrendSummary,
} from './trend-chart-option.js';
import { TrendChart } from './TrendChart.js';

const v = (n: number) => [n, n, n, n, n, n, n];
const zone: ScopeTrend = {
  id: 'z-a',
  kind: 'zone',
  name: 'A',
  points: [
    { day: '2026-05-02', slTarget: v(2), slAchieved: [1, 1, 1, 1, 1, 1, 1], carried: false },
    { day: '2026-05-03', slTarget: v(2), slAchieved: [1, 1, 1, 1, 1, 1, 1], carried: true },
    { day: '2026-05-04', slTarget: v(3), slAchieved: [2, 1, 1, 1, 1, 1, 1], carried: false },
  ],
};

type Series = { id: string; data: (number | null)[]; xAxisIndex: number; lineStyle: { type?: string; color?: string } };

afterEach(cleanup);

describe('zone trend chart', () => {
  it('draws SL-A and SL-T per FR in seven small charts, with gaps before the zone existed', () => {
    const option = buildScopeTrendOption(zone, '2026-05-01', '2026-05-04');
    const series = option.series as Series[];
    expect(series).toHaveLength(14);
    const fr1a = series.find((s) => s.id === 'achieved-1');
    const fr1t = series.find((s) => s.id === 'target-1');
    expect(fr1a?.data).toEqual([null, 1, 1, 2]);
    expect(fr1t?.data).toEqual([null, 2, 2, 3]);
    expect(fr1t?.lineStyle).toMatchObject({ type: 'dashed', color: SERIES_COLORS.target });
    expect(series.find((s) => s.id === 'achieved-7')?.xAxisIndex).toBe(6);
    expect((option.title as { text: string }[]).map((t) => t.text)).toEqual([
      'FR 1 IAC',
      'FR 2 UC',
      'FR 3 SI',
      'FR 4 DC',
      'FR 5 RDF',
      'FR 6 TRE',
      'FR 7 RA',
    ]);
  });

  it('says in the tooltip and the summary what was recorded and what was carried', () => {
    expect(scopeTooltip(zone, '2026-05-03', 1)).toContain('carried over');
    expect(scopeTooltip(zone, '2026-05-04', 1)).toContain('SL-A <strong>2</strong> &middot; SL-T <strong>3</strong>');
    expect(scopeTooltip(zone, '2026-05-01', 1)).toContain('not recorded');
    expect(scopeTrendSummary(zone)).toBe(
      'z-a: on 2026-05-02 SL-A 1, 1, 1, 1, 1, 1, 1 (SL-T 2, 2, 2, 2, 2, 2, 2); on 2026-05-04 SL-A 2, 1, 1, 1, 1, 1, 1 (SL-T 3, 3, 3, 3, 3, 3, 3), FR 1 to 7.',
    );
  });

  it('renders as an SVG chart with its summary for screen readers', async () => {
    const option = buildScopeTrendOption(zone, '2026-05-01', '2026-05-04');
    const { container } = render(<TrendChart option={option} height={200} label="z-a summary" ready="t" />);
    const host = container.querySelector('[data-ready="t"]');
    expect(host?.getAttribute('aria-label')).toBe('z-a summary');
    await waitFor(() => expect(container.querySelector('svg')).not.toBeNull());
  });
});

describe('portfolio trend chart', () => {
  const point = (day: string, zones: number, meeting: number) => ({
    day,
    zones,
    zonesMeetingTarget: meeting,
    share: meeting / zones,
    meanGap: 1,
  });
  const trends: PortfolioTrends = {
    from: '2026-05-01',
    to: '2026-05-02',
    sites: [{ id: 'b', name: 'Basel <plant>', points: [point('2026-05-02', 4, 1)] }],
    estate: [point('2026-05-02', 4, 1)],
  };

  it('draws the estate bold and each site thin, as percentages of zones at target', () => {
    const series = buildPortfolioTrendOption(trends).series as Series[];
    expect(series.map((s) => s.id)).toEqual(['estate', 'site-b']);
    expect(series[0]?.data).toEqual([null, 25]);
    const many = {
      ...trends,
      sites: Array.from({ length: MAX_SITE_LINES + 1 }, (_, i) => ({ ...trends.sites[0]!, id: `s${i}` })),
    };
    expect((buildPortfolioTrendOption(many).series as Series[]).map((s) => s.id)).toEqual(['estate']);
  });

  it('escapes site names in the tooltip', () => {
    const text = portfolioTooltip(trends, '2026-05-02');
    expect(text).toContain('Estate: <strong>25%</strong> (1/4 zones, mean gap 1)');
    expect(text).toContain('Basel &#60;plant&#62;');
    expect(text).not.toContain('<plant>');
  });
});
