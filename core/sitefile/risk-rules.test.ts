import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildFile, buildSite } from '../../test/factories.js';
import { DEFAULT_RISK_MATRIX } from '../iec62443/risk/matrix.js';
import type { RiskMatrix } from '../schemas/risk-matrix.js';
import type { ThreatScenarioDoc } from '../schemas/risk-scenario.js';
import type { SiteDoc, SiteFileDoc } from '../schemas/site-file.js';
import { loadSiteFile, SiteFileError } from './load.js';

const scenario = (over: Partial<ThreatScenarioDoc> = {}): ThreatScenarioDoc => ({
  id: 'r-1',
  title: 'Worm spreads from the DMZ',
  target: { kind: 'conduit', id: 'c-dmz-control' },
  threatSource: { name: 'Untargeted malware', kind: 'unintentional' },
  vector: 'network',
  affectedFrs: [3, 5],
  consequence: { 'production-financial': 3 },
  likelihood: 3,
  countermeasures: { assets: ['hmi-1'], requirements: ['SR 5.1'], compensatingControls: ['cc-1'] },
  ...over,
});

const THREE_BY_FIVE: RiskMatrix = {
  ...DEFAULT_RISK_MATRIX,
  likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 3),
  cells: DEFAULT_RISK_MATRIX.cells.slice(0, 3),
};

function messages(doc: SiteFileDoc | Record<string, unknown>): string[] {
  try {
    loadSiteFile(stringify(doc), 'estate.yaml');
  } catch (e) {
    if (e instanceof SiteFileError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

const withRisks = (site: Partial<SiteDoc>, top: Record<string, unknown> = {}) => ({
  ...buildFile([buildSite(site)]),
  ...top,
});

describe('risk data in the site file', () => {
  it('accepts matrices, `organization` and scenarios that name the site’s own entities', () => {
    expect(
      messages(withRisks({ riskMatrix: THREE_BY_FIVE, risks: [scenario()] }, { riskMatrix: DEFAULT_RISK_MATRIX })),
    ).toEqual([]);
    expect(messages(withRisks({ riskMatrix: 'organization', risks: [] }))).toEqual([]);
  });

  it('rates scenarios on the site’s own matrix, else the file’s organization matrix', () => {
    expect(messages(withRisks({ riskMatrix: THREE_BY_FIVE, risks: [scenario({ likelihood: 4 })] }))).toEqual([
      'sites[0].risks[0].likelihood: site "plant" › risk scenario "r-1": likelihood must be an integer 1–3 on the matrix scale, got 4',
    ]);
    expect(
      messages(withRisks({ risks: [scenario({ residualLikelihood: 5 })] }, { riskMatrix: THREE_BY_FIVE })),
    ).toHaveLength(1);
    // Neither in the file: the matrix is in the database, the import checks it; here only the schema's range.
    expect(messages(withRisks({ risks: [scenario({ likelihood: 7 })] }))).toEqual([]);
    expect(messages(withRisks({ risks: [scenario({ likelihood: 11 })] }))[0]).toMatch(/risks\[0\]\.likelihood/);
  });

  it('reports an incoherent matrix under its own path', () => {
    const cells = DEFAULT_RISK_MATRIX.cells.map((r) => [...r]);
    (cells[0] as string[])[4] = 'low';
    const out = messages(
      withRisks(
        { riskMatrix: { ...DEFAULT_RISK_MATRIX, cells } },
        { riskMatrix: { ...DEFAULT_RISK_MATRIX, tolerableRisk: 'nope' } },
      ),
    );
    expect(out).toContainEqual(expect.stringMatching(/^riskMatrix\.tolerableRisk: /));
    expect(out).toContainEqual(expect.stringMatching(/^sites\[0\]\.riskMatrix\.cells\[0\]\[4\]: /));
  });

  it('names dangling references, duplicate ids and unknown requirements', () => {
    const out = messages(
      withRisks({
        risks: [
          scenario({ target: { kind: 'zone', id: 'c-dmz-control' } }),
          scenario({
            countermeasures: { assets: ['plc-9'], requirements: ['SR 9.9'], compensatingControls: ['cc-9'] },
          }),
        ],
      }),
    );
    expect(out).toEqual([
      'sites[0].risks[0].target.id: site "plant" › risk scenario "r-1": zone "c-dmz-control" does not exist in site "plant"',
      'sites[0].risks[1].id: site "plant" › risk scenario "r-1": duplicate risk scenario id "r-1" (already used at risks[0])',
      'sites[0].risks[1].countermeasures.requirements[0]: site "plant" › risk scenario "r-1": unknown IEC 62443-3-3 requirement "SR 9.9"',
      'sites[0].risks[1].countermeasures.assets[0]: site "plant" › risk scenario "r-1": no asset "plc-9" in this site',
      'sites[0].risks[1].countermeasures.compensatingControls[0]: site "plant" › risk scenario "r-1": no compensating control "cc-9" in this site',
    ]);
  });

  it('refuses unknown keys in a scenario, as everywhere in the file', () => {
    expect(messages(withRisks({ risks: [{ ...scenario(), severity: 'high' } as ThreatScenarioDoc] }))[0]).toMatch(
      /risks\[0\].*severity/,
    );
  });
});
