// The report builders on the test factory's site ("plant": zones z-control and z-dmz, conduit
// c-dmz-control, assets plc-1 and hmi-1, control cc-1), evaluated by the real engine.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../test/factories.js';
import { requirement33 } from '../iec62443/catalog.js';
import { evaluateSite } from '../iec62443/evaluate.js';
import { buildCrs } from '../iec62443/risk/crs.js';
import { emptyAssessment } from '../iec62443/risk/assessment.js';
import { DEFAULT_RISK_MATRIX } from '../iec62443/risk/matrix.js';
import type { SiteDoc } from '../schemas/site-file.js';
import { buildControlsReport } from './controls-report.js';
import { buildCrsReport } from './crs-report.js';
import { buildGapsReport } from './gaps-report.js';
import { reportFileName } from './kinds.js';
import { tablesOf, type ReportContext, type ReportDocument, type ReportTable } from './model.js';
import { buildRisksReport } from './risks-report.js';
import { buildZonesReport } from './zones-report.js';

const AS_OF = '2026-06-01';
const site: SiteDoc = buildSite({
  assessments: [
    {
      scope: 'z-control',
      // SR 1.2 is partial but compensated by cc-1 (valid), so it does not block; SR 1.3 does.
      results: { 'SR 1.1': 'implemented', 'SR 1.2': { status: 'partial' }, 'SR 1.3': 'planned' },
    },
  ],
});
const evaluation = evaluateSite(site, AS_OF);
const context: ReportContext = {
  site: { id: 'plant', name: 'Plant' },
  generatedAt: '2026-06-01T10:00:00Z',
  asOf: AS_OF,
  baseline: { id: 3, name: 'Before shutdown', takenAt: '2026-05-30T08:00:00Z' },
  author: 'Ada Assessor',
};
const scopes = [...(site.zones ?? []).map((z) => ({ id: z.id, name: z.name })), { id: 'c-dmz-control', name: null }];

const rowsOf = (t: ReportTable) => t.rows as readonly (readonly unknown[])[];
const table = (doc: ReportDocument, id: string): ReportTable => {
  const found = [...tablesOf(doc, 'print'), ...tablesOf(doc, 'sheet')].find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
};
const column = (t: ReportTable, title: string): number => t.columns.findIndex((c) => c.title === title);

describe('report header', () => {
  it('says site, date, baseline and author, and names the file kind-site-date.ext', () => {
    const doc = buildZonesReport({
      context,
      zones: site.zones ?? [],
      conduits: site.conduits ?? [],
      evaluation,
      assetCounts: { 'z-control': 2 },
    });
    expect(doc.header).toMatchObject({
      title: 'Zone & conduit register',
      subject: 'Plant (plant)',
      asOf: AS_OF,
      baseline: { id: 3, name: 'Before shutdown' },
      author: 'Ada Assessor',
      version: null,
    });
    expect(reportFileName('zones', 'plant', doc.header.generatedAt, 'pdf')).toBe('zones-plant-2026-06-01.pdf');
    expect(reportFileName('portfolio', null, '2026-06-01', 'xlsx')).toBe('portfolio-2026-06-01.xlsx');
  });
});

describe('zone & conduit register', () => {
  it('lists zones then conduits with SL-T, SL-C and SL-A vectors', () => {
    const doc = buildZonesReport({
      context,
      zones: site.zones ?? [],
      conduits: site.conduits ?? [],
      evaluation,
      assetCounts: { 'z-control': 2 },
    });
    const t = table(doc, 'Register');
    const rows = rowsOf(t);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['zone', 'z-control'],
      ['zone', 'z-dmz'],
      ['conduit', 'c-dmz-control'],
    ]);
    const control = rows[0] ?? [];
    expect(control[column(t, 'SL-T')]).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(control[column(t, 'SL-A')]).toEqual(evaluation.zones.find((z) => z.id === 'z-control')?.slAchieved);
    expect(control[column(t, 'Assets')]).toBe(2);
    expect(rows[1]?.[column(t, 'SL-T')]).toEqual([1, 2, 2, 1, 2, 1, 1]);
    const conduit = rows[2] ?? [];
    expect(conduit[column(t, 'SL-C')]).toBeNull();
    expect(conduit[column(t, 'Parent / zones')]).toEqual(['Control (z-control)', 'DMZ (z-dmz)']);
    expect(conduit[column(t, 'Measures / channels')]).toEqual(['firewall', 'opc-ua tcp/4840 Control → DMZ']);
    expect(doc.csv).toBe(t);
  });
});

describe('gap report', () => {
  const doc = buildGapsReport({ context, zones: scopes.slice(0, 2), conduits: scopes.slice(2), evaluation });

  it('lists every zone and conduit, those meeting SL-T too, with the four vectors', () => {
    const t = table(doc, 'Summary');
    expect(rowsOf(t).map((r) => r[1])).toEqual(['z-control', 'z-dmz', 'c-dmz-control']);
    const dmz = evaluation.zones.find((z) => z.id === 'z-dmz');
    const row = rowsOf(t)[1] ?? [];
    expect(row[column(t, 'Gap')]).toEqual(dmz?.gap);
    expect(row[column(t, 'Meets SL-T')]).toBe(dmz?.gap.every((g) => g === 0) ? 'yes' : 'no');
  });

  it('prints the blocking requirements by FR with their catalog titles, and lists each in the spreadsheet', () => {
    const control = evaluation.zones.find((z) => z.id === 'z-control');
    const byFr = rowsOf(table(doc, 'Blocking by FR'));
    expect(byFr[0]?.[0]).toBe('Control (z-control)');
    expect(byFr[0]?.[1]).toContain('SR 1.3 (planned)');
    expect(byFr[0]?.[1]).toContain('SR 1.1 RE 1');
    expect(byFr[0]?.[1]).not.toContain('SR 1.2 (partial)');
    const cited = rowsOf(table(doc, 'Requirements cited'));
    expect(cited.find((r) => r[0] === 'SR 1.3')?.[3]).toBe(requirement33('SR 1.3')?.title);
    const detail = table(doc, 'Blocking requirements');
    expect(rowsOf(detail).filter((r) => r[1] === 'z-control')).toHaveLength(control?.blocking.length ?? -1);
    // The print tables are not in the spreadsheet and the other way round.
    expect(tablesOf(doc, 'sheet').map((t) => t.id)).toEqual(['Summary', 'Blocking requirements']);
    expect(tablesOf(doc, 'print').map((t) => t.id)).toEqual(['Summary', 'Blocking by FR', 'Requirements cited']);
  });

  it('charts SL-T against SL-A counted up to SL-T, and gives the CSV one column of ids per FR', () => {
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.kind === 'target-vs-achieved' && chart.chart.items[0]).toMatchObject({
      label: 'Control',
      target: 14,
    });
    const csv = doc.csv;
    const fr1 = column(csv, 'Blocking FR 1');
    expect(rowsOf(csv)[0]?.[fr1]).toContain('SR 1.3');
  });
});

describe('compensating-controls register', () => {
  it('states each control as of the date and lists the approvals as signed', () => {
    const controls = [
      ...(site.compensatingControls ?? []),
      { id: 'cc-2', scope: 'z-dmz', requirements: ['SR 5.1'], kind: 'segmentation' as const },
      {
        id: 'cc-3',
        scope: 'c-dmz-control',
        requirements: ['SR 5.2'],
        kind: 'monitoring' as const,
        approvedBy: 'u_ann',
        approvedAt: '2025-01-01T09:00:00Z',
        expires: '2025-12-31',
      },
    ];
    const doc = buildControlsReport({
      context,
      controls,
      scopes,
      people: { u_ann: 'Ann Approver' },
      signatures: {
        'cc-3': {
          printedName: 'Ann Approver',
          signedBy: 'u_ann',
          signedAt: '2025-01-01T09:00:00Z',
          meaning: 'approved',
          contentHash: 'a'.repeat(64),
        },
      },
    });
    const t = table(doc, 'Controls');
    expect(rowsOf(t).map((r) => [r[0], r[column(t, 'State')], r[column(t, 'Approved by')]])).toEqual([
      ['cc-1', 'valid', 'j.doe'],
      ['cc-2', 'awaiting approval', null],
      ['cc-3', 'expired', 'Ann Approver'],
    ]);
    expect(doc.signature?.entries).toEqual([
      expect.objectContaining({ subject: 'cc-1: jump-host on Control (z-control)', signer: 'j.doe', account: null }),
      expect.objectContaining({
        signer: 'Ann Approver',
        account: 'u_ann',
        meaning: 'approved',
        detail: `valid through 2025-12-31; e-signature over content SHA-256 ${'a'.repeat(64)}`,
      }),
    ]);
  });
});

describe('risk register', () => {
  it('rates each scenario and turns acceptances into signature entries', () => {
    const rating = {
      level: 'high',
      name: 'High',
      rank: 3,
      tolerable: false,
      likelihood: 3,
      consequence: 4,
      category: 'health-safety',
    };
    const doc = buildRisksReport({
      context,
      matrix: { source: 'default', matrix: DEFAULT_RISK_MATRIX },
      scopes,
      scenarios: [
        {
          id: 'r-1',
          title: 'Ransomware <b>',
          target: { kind: 'zone', id: 'z-control' },
          threatSource: { name: 'Crew', kind: 'criminal' },
          vector: 'network',
          affectedFrs: [1, 3],
          consequence: { 'health-safety': 4 },
          likelihood: 3,
          unmitigatedRisk: rating,
          residualRisk: null,
          acceptance: {
            by: 'u_ann',
            byName: 'Ann Approver',
            at: '2026-05-01T10:00:00Z',
            expires: '2027-05-01',
            rationale: 'Replacement in 2027',
            expired: false,
          },
        },
      ],
    });
    const t = table(doc, 'Risks');
    const r = rowsOf(t)[0] ?? [];
    expect(r[column(t, 'Target')]).toBe('zone Control (z-control)');
    expect(r[column(t, 'Threat source')]).toBe('Crew (criminal, SL 3)');
    expect(r[column(t, 'FRs')]).toEqual(['FR 1', 'FR 3']);
    expect(r[column(t, 'Unmitigated risk')]).toBe('High (intolerable)');
    expect(doc.signature?.entries[0]).toMatchObject({ signer: 'Ann Approver', account: 'u_ann', meaning: 'accepted' });
  });
});

describe('CRS report', () => {
  const crsOf = (status: string, approved: boolean) =>
    buildCrs({
      site,
      generatedAt: '2026-06-01T10:00:00Z',
      asOf: AS_OF,
      assessment: {
        version: 4,
        status,
        lastApproval: approved
          ? {
              version: 4,
              approvedBy: 'u_ann',
              approvedAt: '2026-05-20T10:00:00Z',
              contentHash: 'b'.repeat(64),
              signature: {
                printedName: 'Ann Approver',
                signedBy: 'u_ann',
                signedAt: '2026-05-20T10:00:00Z',
                meaning: 'approved',
                contentHash: 'b'.repeat(64),
              },
            }
          : null,
        suc: emptyAssessment().suc,
        steps: {
          ...emptyAssessment().steps,
          zcr6: { status: 'done', owner: null, date: null, notes: '- Badge access only' },
        },
      },
      evaluation,
      scenarios: [],
      riskMatrix: { source: 'default', tolerableRisk: 'medium' },
    });

  it('carries the risk-assessment version and the ZCR 7 signature', () => {
    const doc = buildCrsReport({ context, crs: crsOf('approved', true) });
    expect(doc.header.version).toBe('risk assessment version 4 (approved)');
    expect(doc.signature).toMatchObject({
      statusTone: 'ok',
      entries: [{ signer: 'Ann Approver', meaning: 'approved' }],
    });
    const t = table(doc, 'Zones and conduits');
    expect(rowsOf(t).map((r) => r[1])).toEqual(['z-control', 'z-dmz', 'c-dmz-control']);
    expect(rowsOf(table(doc, 'Assumptions'))).toEqual([['ZCR6', 'Badge access only']]);
  });

  it('says DRAFT when the assessment is not approved', () => {
    const doc = buildCrsReport({ context, crs: crsOf('draft', false) });
    expect(doc.signature?.status).toMatch(/^DRAFT — not approved/);
    expect(doc.signature?.entries).toEqual([]);
  });
});
