// The executive summary across the caller's readable sites: the portfolio's FR gap heatmap
// (DESIGN §6 portfolio), the worst zones of the estate and the share of zones meeting SL-T over
// time (issue #7 trends). Built from the answers of GET /api/v1/portfolio and GET /api/v1/trends.
import type { Portfolio, SitePortfolio } from '../api/portfolio.js';
import type { PortfolioTrendPoint, PortfolioTrends } from '../api/trends.js';
import { REPORT_INFO } from './kinds.js';
import { makeHeader, type ReportBlock, type ReportContext, type ReportDocument, type ReportTable } from './model.js';

export interface PortfolioReportInput {
  context: ReportContext;
  portfolio: Portfolio;
  trends: PortfolioTrends | null;
}

/** A heatmap taller than this no longer fits a page: the worst sites are shown, the table has all. */
export const HEATMAP_MAX_SITES = 40;

const sumMaxGaps = (s: SitePortfolio): number => s.fr.reduce((n, f) => n + f.maxGap, 0);
const percent = (share: number): string => `${Math.round(share * 100)} %`;

function sitesTable(sites: readonly SitePortfolio[]): ReportTable {
  return {
    id: 'Sites',
    title: 'Sites by foundational requirement',
    columns: [
      { title: 'Site', kind: 'text', width: 'auto' },
      { title: 'Name', kind: 'text', width: '*' },
      { title: 'Regulated', kind: 'flag', width: 'auto' },
      { title: 'Zones', kind: 'number', width: 'auto' },
      { title: 'Meeting SL-T', kind: 'number', width: 'auto' },
      { title: 'Share', kind: 'text', width: 'auto' },
      { title: 'Largest gap', kind: 'gap' },
      { title: 'Zones with a gap', kind: 'count' },
    ],
    rows: sites.map((s) => [
      s.id,
      s.name,
      s.regulated,
      s.zones,
      s.zonesMeetingTarget,
      s.zones > 0 ? percent(s.zonesMeetingTarget / s.zones) : null,
      s.zones > 0 ? s.fr.map((f) => f.maxGap) : null,
      s.fr.map((f) => f.zonesWithGap),
    ]),
    empty: 'You may read no site.',
  };
}

/** One point a week and the last day: a quarter reads in thirteen rows. */
function weekly(points: readonly PortfolioTrendPoint[]): PortfolioTrendPoint[] {
  const last = points.length - 1;
  return points.filter((_, i) => (last - i) % 7 === 0);
}

function trendBlocks(trends: PortfolioTrends | null): ReportBlock[] {
  if (!trends || trends.estate.length === 0)
    return [{ kind: 'text', tone: 'muted', text: 'No SL history has been recorded yet.' }];
  return [
    {
      kind: 'chart',
      chart: {
        kind: 'share-trend',
        title: 'Zones meeting SL-T across the estate',
        caption: `Share of zones with an SL-T and no gap in any FR, per day from ${trends.from} to ${trends.to} (zone-weighted over the sites above).`,
        points: trends.estate.map((p) => ({ day: p.day, share: p.share })),
      },
    },
    {
      kind: 'table',
      table: {
        id: 'Trend',
        title: 'Progress over time (weekly)',
        columns: [
          { title: 'Day', kind: 'date', width: 'auto' },
          { title: 'Zones', kind: 'number', width: 'auto' },
          { title: 'Meeting SL-T', kind: 'number', width: 'auto' },
          { title: 'Share', kind: 'text', width: 'auto' },
          { title: 'Mean total gap', kind: 'number', width: 'auto' },
        ],
        rows: weekly(trends.estate).map((p) => [
          p.day,
          p.zones,
          p.zonesMeetingTarget,
          percent(p.share),
          Math.round(p.meanGap * 100) / 100,
        ]),
        empty: 'No history.',
      },
    },
  ];
}

export function buildPortfolioReport(input: PortfolioReportInput): ReportDocument {
  const { sites, worstZones } = input.portfolio;
  const zones = sites.reduce((n, s) => n + s.zones, 0);
  const meeting = sites.reduce((n, s) => n + s.zonesMeetingTarget, 0);
  const heat = [...sites]
    .filter((s) => s.zones > 0)
    .sort((a, b) => sumMaxGaps(b) - sumMaxGaps(a) || (a.id < b.id ? -1 : 1))
    .slice(0, HEATMAP_MAX_SITES);
  const table = sitesTable(sites);
  const context = { ...input.context, scope: `${sites.length} readable site${sites.length === 1 ? '' : 's'}` };
  return {
    kind: 'portfolio',
    header: makeHeader(context, REPORT_INFO.portfolio.title),
    orientation: 'portrait',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Sites', value: String(sites.length) },
          { label: 'Zones', value: String(zones) },
          { label: 'Zones meeting SL-T', value: `${meeting}${zones > 0 ? ` (${percent(meeting / zones)})` : ''}` },
        ],
      },
      {
        kind: 'chart',
        chart: {
          kind: 'gap-heatmap',
          title: 'Largest gap per site and FR',
          caption:
            heat.length < sites.filter((s) => s.zones > 0).length
              ? `The ${heat.length} sites with the largest gaps; the table lists every site.`
              : 'Each cell: the largest gap (SL-T minus SL-A) among the site’s zones in that FR.',
          rows: heat.map((s) => ({ label: s.name, values: s.fr.map((f) => f.maxGap) })),
        },
      },
      { kind: 'table', table },
      {
        kind: 'table',
        table: {
          id: 'Worst zones',
          title: 'Worst zones across the estate',
          columns: [
            { title: 'Site', kind: 'text', width: 'auto' },
            { title: 'Zone', kind: 'text', width: 'auto' },
            { title: 'Name', kind: 'text', width: '*' },
            { title: 'Total gap', kind: 'number', width: 'auto' },
            { title: 'Gap', kind: 'gap' },
          ],
          rows: worstZones.map((z) => [z.site, z.id, z.name, z.totalGap, z.gap]),
          empty: 'No zone has a gap.',
        },
      },
      ...trendBlocks(input.trends),
    ],
    csv: table,
    signature: null,
  };
}
