import { describe, expect, it } from 'vitest';
import type { RoadmapActionDoc } from '../schemas/roadmap-action.js';
import type { SiteDoc } from '../schemas/site-file.js';
import { CATALOG_3_3 } from './catalog.js';
import { buildTraceability } from './traceability.js';

const site: Pick<SiteDoc, 'zones' | 'conduits' | 'assessments' | 'compensatingControls'> = {
  zones: [
    { id: 'z-b', name: 'B', kind: 'control', slTarget: [2, 1, 1, 1, 1, 1, 1] },
    { id: 'z-a', name: 'A', kind: 'control', slTarget: 1 },
    { id: 'z-none', name: 'No target', kind: 'control' },
  ],
  conduits: [{ id: 'c-ab', zones: ['z-a', 'z-b'], slTarget: 1 }],
  assessments: [
    {
      scope: 'z-b',
      results: {
        'SR 1.1': { status: 'implemented', evidence: ['https://dms.example/mfa.pdf'], assessedBy: 'm.rossi' },
        'SR 1.2': { status: 'partial', note: 'shared account' },
      },
    },
  ],
  compensatingControls: [
    {
      id: 'cc-jump',
      scope: 'z-b',
      requirements: ['SR 1.2'],
      kind: 'jump-host',
      approvedBy: 'j.doe',
      approvedAt: '2026-03-01',
      expires: '2027-03-01',
    },
    { id: 'cc-draft', scope: 'z-b', requirements: ['SR 1.2'], kind: 'procedural' },
  ],
};

const actions: RoadmapActionDoc[] = [
  { id: 'ra-2', title: 'Personal accounts', status: 'planned', scope: 'z-b', due: '2026-12-01', satisfies: ['SR 1.2'] },
  { id: 'ra-1', title: 'Retire the jump host', status: 'in-progress', scope: 'z-b', retires: ['cc-jump'] },
  { id: 'ra-3', title: 'Elsewhere', status: 'planned', scope: 'z-a', satisfies: ['SR 1.2'] },
];

const input = { site, actions, asOf: '2026-11-25' };

describe('traceability matrix', () => {
  it('has one row per requirement that applies to each zone or conduit at its SL-T', () => {
    const { rows, scopesWithoutTarget } = buildTraceability(input);
    const atSl1 = CATALOG_3_3.filter((i) => i.minSl === 1).length;
    // z-b needs FR 1 up to SL 2, the rest at SL 1; z-a and c-ab everything at SL 1.
    const zbExtra = CATALOG_3_3.filter((i) => i.fr === 1 && i.minSl === 2).length;
    expect(rows.filter((r) => r.scope === 'z-b')).toHaveLength(atSl1 + zbExtra);
    expect(rows.filter((r) => r.scope === 'z-a')).toHaveLength(atSl1);
    expect(rows.filter((r) => r.scope === 'c-ab')).toHaveLength(atSl1);
    expect(scopesWithoutTarget).toEqual([{ kind: 'zone', id: 'z-none' }]);
    // Requirement by requirement, each over zones (by id) then conduits.
    expect(rows.slice(0, 3).map((r) => [r.requirement, r.scope])).toEqual([
      ['SR 1.1', 'z-a'],
      ['SR 1.1', 'z-b'],
      ['SR 1.1', 'c-ab'],
    ]);
    expect(rows.find((r) => r.scope === 'z-a' && r.requirement === 'SR 1.1 RE 1')).toBeUndefined();
  });

  it('traces result, evidence, controls and actions for one requirement', () => {
    const [implemented] = buildTraceability(input, { scope: 'z-b', requirement: 'SR 1.1' }).rows;
    expect(implemented).toMatchObject({
      title: 'Human user identification and authentication',
      fr: 1,
      minSl: 1,
      scopeKind: 'zone',
      scopeName: 'B',
      status: 'implemented',
      satisfied: true,
      assessedBy: 'm.rossi',
      evidence: ['https://dms.example/mfa.pdf'],
      controls: [],
      actions: [],
    });

    const [partial] = buildTraceability(input, { scope: 'z-b', requirement: 'SR 1.2' }).rows;
    expect(partial).toMatchObject({ status: 'partial', note: 'shared account', satisfied: true, evidence: [] });
    expect(partial?.controls).toEqual([
      { id: 'cc-draft', kind: 'procedural', validity: 'unapproved', approvedBy: null, approvedAt: null, expires: null },
      {
        id: 'cc-jump',
        kind: 'jump-host',
        validity: 'valid',
        approvedBy: 'j.doe',
        approvedAt: '2026-03-01',
        expires: '2027-03-01',
      },
    ]);
    // ra-1 retires the control, ra-2 satisfies the requirement here; ra-3 is about another zone.
    expect(partial?.actions).toEqual([
      {
        id: 'ra-1',
        title: 'Retire the jump host',
        status: 'in-progress',
        due: null,
        owner: null,
        satisfies: false,
        retires: ['cc-jump'],
      },
      {
        id: 'ra-2',
        title: 'Personal accounts',
        status: 'planned',
        due: '2026-12-01',
        owner: null,
        satisfies: true,
        retires: [],
      },
    ]);
  });

  it('judges controls on the given date: an expired one no longer satisfies', () => {
    const [row] = buildTraceability({ ...input, asOf: '2027-03-02' }, { scope: 'z-b', requirement: 'SR 1.2' }).rows;
    expect(row?.satisfied).toBe(false);
    expect(row?.controls.map((c) => c.validity)).toEqual(['unapproved', 'expired']);
  });

  it('filters by scope, FR and status without changing the rows', () => {
    const all = buildTraceability(input).rows;
    const fr2 = buildTraceability(input, { fr: 2 }).rows;
    expect(fr2.length).toBeGreaterThan(0);
    expect(fr2).toEqual(all.filter((r) => r.fr === 2));
    const unassessedConduit = buildTraceability(input, { scope: 'c-ab', status: 'unassessed' }).rows;
    expect(unassessedConduit).toEqual(all.filter((r) => r.scope === 'c-ab'));
    expect(buildTraceability(input, { status: 'partial' }).rows.map((r) => [r.scope, r.requirement])).toEqual([
      ['z-b', 'SR 1.2'],
    ]);
    expect(buildTraceability(input, { scope: 'z-none' })).toEqual({
      rows: [],
      scopesWithoutTarget: [{ kind: 'zone', id: 'z-none' }],
    });
  });
});
