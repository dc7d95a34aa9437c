// The reports that span sites: the executive portfolio summary and the (streamed) inventory.
import { describe, expect, it } from 'vitest';
import type { Portfolio, SitePortfolio } from '../api/portfolio.js';
import type { PortfolioTrends } from '../api/trends.js';
import { buildInventoryReport, type InventoryAsset } from './inventory-report.js';
import { isRowStream, type ReportContext, type ReportRow } from './model.js';
import { buildPortfolioReport, HEATMAP_MAX_SITES } from './portfolio-report.js';

const context: ReportContext = {
  site: null,
  generatedAt: '2026-06-01T10:00:00Z',
  asOf: '2026-06-01',
  baseline: null,
  author: 'Olga Org-Admin',
};

const sitePortfolio = (id: string, maxGap: number, zones = 4): SitePortfolio => ({
  id,
  name: `Site ${id}`,
  regulated: id === 's1',
  zones,
  zonesMeetingTarget: zones === 0 ? 0 : 1,
  fr: [1, 2, 3, 4, 5, 6, 7].map((fr) => ({ fr, zonesWithGap: fr === 1 ? 3 : 0, maxGap: fr === 1 ? maxGap : 0 })),
  worstZones: [],
});

describe('executive portfolio summary', () => {
  const portfolio: Portfolio = {
    asOf: '2026-06-01',
    sites: [sitePortfolio('s1', 2), sitePortfolio('s2', 3), sitePortfolio('empty', 0, 0)],
    worstZones: [{ site: 's2', id: 'z1', name: 'Zone 1', totalGap: 3, gap: [3, 0, 0, 0, 0, 0, 0] }],
  };
  const days = Array.from({ length: 15 }, (_, i) => `2026-05-${String(i + 17).padStart(2, '0')}`);
  const trends: PortfolioTrends = {
    from: days[0] ?? '',
    to: days[14] ?? '',
    sites: [],
    estate: days.map((day, i) => ({
      day,
      zones: 8,
      zonesMeetingTarget: i < 10 ? 1 : 2,
      share: i < 10 ? 0.125 : 0.25,
      meanGap: 1.5,
    })),
  };

  it('covers the readable sites: heatmap of the largest gap per FR, sites table, worst zones, trend', () => {
    const doc = buildPortfolioReport({ context, portfolio, trends });
    expect(doc.header.subject).toBe('3 readable sites');
    const heat = doc.blocks.find((b) => b.kind === 'chart' && b.chart.kind === 'gap-heatmap');
    // Worst first; a site without zones has nothing to colour.
    expect(heat?.kind === 'chart' && heat.chart.kind === 'gap-heatmap' && heat.chart.rows.map((r) => r.label)).toEqual([
      'Site s2',
      'Site s1',
    ]);
    const rows = doc.csv.rows as readonly ReportRow[];
    expect(rows.map((r) => r[0])).toEqual(['s1', 's2', 'empty']);
    expect(rows[0]).toEqual(['s1', 'Site s1', true, 4, 1, '25 %', [2, 0, 0, 0, 0, 0, 0], [3, 0, 0, 0, 0, 0, 0]]);
    expect(rows[2]?.[6]).toBeNull();
    const trend = doc.blocks.find((b) => b.kind === 'table' && b.table.id === 'Trend');
    // One row a week, ending on the last day.
    expect(trend?.kind === 'table' && (trend.table.rows as readonly ReportRow[]).map((r) => r[0])).toEqual([
      '2026-05-17',
      '2026-05-24',
      '2026-05-31',
    ]);
  });

  it('keeps the heatmap to the worst sites when there are too many for a page', () => {
    const many: Portfolio = {
      ...portfolio,
      sites: Array.from({ length: HEATMAP_MAX_SITES + 5 }, (_, i) => sitePortfolio(`s${i}`, i % 4)),
    };
    const doc = buildPortfolioReport({ context, portfolio: many, trends: null });
    const heat = doc.blocks.find((b) => b.kind === 'chart');
    expect(heat?.kind === 'chart' && heat.chart.kind === 'gap-heatmap' && heat.chart.rows.length).toBe(
      HEATMAP_MAX_SITES,
    );
    expect(heat?.kind === 'chart' && heat.chart.caption).toMatch(/the table lists every site/);
    expect(doc.blocks.some((b) => b.kind === 'text' && /No SL history/.test(b.text))).toBe(true);
  });
});

describe('asset inventory', () => {
  const asset = (i: number): InventoryAsset => ({
    site: 'plant',
    id: `a-${i}`,
    name: `Asset ${i}`,
    zone: i % 2 === 0 ? 'z-control' : null,
    type: 'plc',
    componentClass: null,
    vendor: 'Siemens',
    model: null,
    firmware: null,
    orderNumber: null,
    serial: null,
    ip: [`10.0.0.${i}`],
    mac: [],
    lifecycle: 'operational',
    criticality: 3,
    legacy: i === 1,
    safety: false,
    lastSeen: null,
  });

  it('makes rows batch by batch, only as the renderer pulls them', async () => {
    const pulled: number[] = [];
    async function* batches() {
      for (let b = 0; b < 3; b++) {
        pulled.push(b);
        yield [asset(2 * b), asset(2 * b + 1)];
      }
    }
    const doc = buildInventoryReport({
      context: { ...context, site: { id: 'plant', name: 'Plant' } },
      sites: [{ id: 'plant', name: 'Plant', zones: { 'z-control': 'Control' } }],
      total: 6,
      batches: batches(),
    });
    expect(pulled).toEqual([]);
    const rows = doc.csv.rows;
    if (!isRowStream(rows)) throw new Error('the inventory must stream');
    expect(rows.total).toBe(6);
    const seen: ReportRow[] = [];
    for await (const batch of rows.batches) {
      // The next batch is not read before this one is handed out.
      expect(pulled).toHaveLength(seen.length / 2 + 1);
      seen.push(...batch);
    }
    expect(seen).toHaveLength(6);
    expect(seen[0]?.slice(0, 6)).toEqual(['plant', 'a-0', 'Asset 0', 'z-control', 'Control', 'plc']);
    expect(seen[1]?.[4]).toBeNull();
    expect(seen[1]?.[16]).toBe(true);
  });
});
