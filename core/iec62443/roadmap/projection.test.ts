// Hand-worked projections: which SL-A each zone reaches, quarter by quarter, as actions land.
import { describe, expect, it } from 'vitest';
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';
import type { CompensatingControlDoc, ResultInputDoc, SiteDoc } from '../../schemas/site-file.js';
import { CATALOG_3_3 } from '../catalog.js';
import { projectRoadmap, projectWhatIf } from './projection.js';

const AS_OF = '2026-11-25'; // 2026-Q4

/** Every 3-3 requirement of FRs 2–7 up to SL 4, and of FR 1 up to `fr1`, implemented. */
function results(fr1: number): Record<string, ResultInputDoc> {
  return Object.fromEntries(
    CATALOG_3_3.filter((i) => (i.fr === 1 ? i.minSl <= fr1 : true)).map((i) => [i.id, 'implemented']),
  );
}

// FR 1's requirements first needed at SL 2 (IEC 62443-3-3), split over two actions.
const FR1_SL2_A = ['SR 1.1 RE 1', 'SR 1.2', 'SR 1.6 RE 1'];
const FR1_SL2_B = ['SR 1.8', 'SR 1.9', 'SR 1.13 RE 1'];

const control = (over: Partial<CompensatingControlDoc> = {}): CompensatingControlDoc => ({
  id: 'cc-jump',
  scope: 'z',
  requirements: ['SR 1.1'],
  kind: 'jump-host',
  approvedBy: 'qa.head',
  approvedAt: '2026-01-01',
  ...over,
});

/** Zone z: SL-T 2 in FR 1 only, SL-A 1 in FR 1 (4 elsewhere); zone y and conduit c untouched. */
function site(over: Partial<SiteDoc> = {}): SiteDoc {
  return {
    id: 'plant',
    name: 'Plant',
    zones: [
      { id: 'z', name: 'Z', kind: 'control', slTarget: [2, 0, 0, 0, 0, 0, 0] },
      { id: 'y', name: 'Y', kind: 'supervisory', slTarget: 1 },
    ],
    conduits: [{ id: 'c', zones: ['y', 'z'], slTarget: 1 }],
    assessments: [
      { scope: 'z', results: results(1) },
      { scope: 'y', results: results(4) },
    ],
    ...over,
  };
}

const action = (over: Partial<RoadmapActionDoc> & { id: string }): RoadmapActionDoc => ({
  title: `Action ${over.id}`,
  status: 'planned',
  scope: 'z',
  ...over,
});

const A = action({ id: 'a', due: '2027-02-15', satisfies: FR1_SL2_A });
const B = action({ id: 'b', due: '2027-05-31', satisfies: FR1_SL2_B });
const scopeOf = (p: ReturnType<typeof projectRoadmap>, id: string) => p.scopes.find((s) => s.id === id);

describe('projectRoadmap', () => {
  it("completing actions A and B lifts zone Z's FR 1 from 1 to 2 (issue #7)", () => {
    const p = projectRoadmap(site(), [B, A], AS_OF);
    expect(p.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
    // Due-date order, whatever order they came in; A alone leaves half of SL 2 missing.
    expect(p.steps.map((s) => [s.action, s.quarter, s.before[0], s.after[0], s.changed])).toEqual([
      ['a', '2027-Q1', 1, 1, []],
      ['b', '2027-Q2', 1, 2, [1]],
    ]);
    const z = scopeOf(p, 'z');
    expect(z?.current).toEqual([1, 4, 4, 4, 4, 4, 4]);
    expect(z?.timeline.map((t) => [t.quarter, t.slAchieved[0], t.gap[0], t.actions])).toEqual([
      ['2026-Q4', 1, 1, []],
      ['2027-Q1', 1, 1, ['a']],
      ['2027-Q2', 2, 0, ['b']],
    ]);
    expect(z).toMatchObject({
      final: [2, 4, 4, 4, 4, 4, 4],
      finalGap: [0, 0, 0, 0, 0, 0, 0],
      meetsTargetNow: false,
      reachesTarget: '2027-Q2',
      remainingBlocking: [],
      actions: ['a', 'b'],
    });
  });

  it('re-evaluates only the scope an action touches', () => {
    const p = projectRoadmap(site(), [A, B], AS_OF);
    expect(p.scopes.map((s) => `${s.kind}:${s.id}`)).toEqual(['zone:y', 'zone:z', 'conduit:c']);
    const y = scopeOf(p, 'y');
    expect(y?.timeline.every((t) => t.slAchieved === y.current && t.actions.length === 0)).toBe(true);
    expect(y).toMatchObject({ meetsTargetNow: true, reachesTarget: '2026-Q4', actions: [] });
    // The conduit has no results: SL-A 0, SL-T 1, never reached with these actions.
    expect(scopeOf(p, 'c')).toMatchObject({
      current: [0, 0, 0, 0, 0, 0, 0],
      reachesTarget: null,
      remainingBlocking: CATALOG_3_3.filter((i) => i.minSl === 1).map((i) => i.id),
    });
  });

  it('with only A, zone Z does not reach SL-T: null, and the blocking requirements left', () => {
    const z = scopeOf(projectRoadmap(site(), [A], AS_OF), 'z');
    expect(z?.reachesTarget).toBeNull();
    expect(z?.remainingBlocking).toEqual(FR1_SL2_B);
  });

  it('skips done and cancelled actions: their effect is in the results already', () => {
    const done = action({ id: 'done', due: '2026-06-01', status: 'done', satisfies: FR1_SL2_B });
    const cancelled = action({ id: 'gone', due: '2027-01-10', status: 'cancelled', satisfies: FR1_SL2_B });
    const p = projectRoadmap(site(), [A, done, cancelled], AS_OF);
    expect(p.steps.map((s) => s.action)).toEqual(['a']);
    expect(p.skipped).toEqual([
      { action: 'done', reason: 'done' },
      { action: 'gone', reason: 'cancelled' },
    ]);
    expect(scopeOf(p, 'z')?.final[0]).toBe(1);
  });

  it('puts actions without a due date last, in an "unscheduled" column', () => {
    const undated = action({ id: 'b-undated', satisfies: FR1_SL2_B });
    const p = projectRoadmap(site(), [undated, A], AS_OF);
    expect(p.quarters).toEqual(['2026-Q4', '2027-Q1', 'unscheduled']);
    expect(p.steps.map((s) => [s.action, s.quarter, s.due])).toEqual([
      ['a', '2027-Q1', '2027-02-15'],
      ['b-undated', 'unscheduled', null],
    ]);
    expect(scopeOf(p, 'z')?.reachesTarget).toBe('unscheduled');
  });

  it('lands overdue actions in the current quarter, flagged', () => {
    const late = action({ id: 'late', due: '2026-03-31', status: 'in-progress', satisfies: FR1_SL2_A });
    const p = projectRoadmap(site(), [late, B], AS_OF);
    expect(p.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
    expect(p.steps.map((s) => [s.action, s.quarter, s.overdue])).toEqual([
      ['late', '2026-Q4', true],
      ['b', '2027-Q2', false],
    ]);
  });

  it('retiring a compensating control lowers SL-A until the requirement is implemented', () => {
    // SR 1.1 (SL 1) is only partial, covered by cc-jump: FR 1 holds at 1 thanks to the control.
    const s = site({
      assessments: [{ scope: 'z', results: { ...results(1), 'SR 1.1': 'partial' } }],
      compensatingControls: [control()],
    });
    const retire = action({ id: 'retire-jump', due: '2027-01-15', retires: ['cc-jump'] });
    const fix = action({ id: 'mfa', due: '2027-04-02', satisfies: ['SR 1.1', ...FR1_SL2_A, ...FR1_SL2_B] });
    const z = scopeOf(projectRoadmap(s, [retire, fix], AS_OF), 'z');
    expect(z?.timeline.map((t) => t.slAchieved[0])).toEqual([1, 0, 2]);
    expect(z?.reachesTarget).toBe('2027-Q2');
    // Retired in the other order, the control is no longer needed and nothing dips.
    const later = action({ id: 'retire-jump', due: '2027-06-30', retires: ['cc-jump'] });
    expect(scopeOf(projectRoadmap(s, [later, fix], AS_OF), 'z')?.timeline.map((t) => t.slAchieved[0])).toEqual([
      1, 1, 2,
    ]);
  });

  it('a zone meeting SL-T now but not after a retirement is "never" with the planned actions', () => {
    const s = site({
      assessments: [{ scope: 'z', results: { ...results(2), 'SR 1.8': 'planned' } }],
      compensatingControls: [control({ requirements: ['SR 1.8'] })],
    });
    const z = scopeOf(projectRoadmap(s, [action({ id: 'r', due: '2027-01-01', retires: ['cc-jump'] })], AS_OF), 'z');
    expect(z).toMatchObject({ meetsTargetNow: true, reachesTarget: null, remainingBlocking: ['SR 1.8'] });
  });

  it('warns about a counted control that expires inside the timeline', () => {
    const s = site({
      compensatingControls: [control({ expires: '2027-03-31' }), control({ id: 'cc-long', expires: '2030-01-01' })],
    });
    expect(scopeOf(projectRoadmap(s, [B], AS_OF), 'z')?.warnings).toEqual([
      'compensating control "cc-jump" expires on 2027-03-31, within the timeline; the projection still counts it',
    ]);
    // Retired before it expires: nothing to warn about.
    const retire = action({ id: 'r', due: '2027-01-02', retires: ['cc-jump'] });
    expect(scopeOf(projectRoadmap(s, [retire, B], AS_OF), 'z')?.warnings).toEqual([]);
  });

  it('skips an action whose zone or conduit is not in the site', () => {
    const p = projectRoadmap(site(), [action({ id: 'x', scope: 'z-gone', due: '2027-01-01' })], AS_OF);
    expect(p).toMatchObject({ steps: [], skipped: [{ action: 'x', reason: 'unknown-scope' }], quarters: ['2026-Q4'] });
  });
});

describe('projectWhatIf', () => {
  it('applies exactly the ticked actions, whatever their status', () => {
    const doneB = { ...B, status: 'done' as const };
    const p = projectWhatIf(site(), [A, doneB], ['b', 'a'], AS_OF);
    expect(p.steps.map((s) => s.action)).toEqual(['a', 'b']);
    expect(scopeOf(p, 'z')?.reachesTarget).toBe('2027-Q2');
    const onlyB = projectWhatIf(site(), [A, doneB], ['b'], AS_OF);
    expect(onlyB.skipped).toEqual([{ action: 'a', reason: 'not-selected' }]);
    expect(scopeOf(onlyB, 'z')?.final[0]).toBe(1);
  });

  it('with nothing ticked, answers the site as it stands', () => {
    const p = projectWhatIf(site(), [A, B], [], AS_OF);
    expect(p.quarters).toEqual(['2026-Q4']);
    expect(scopeOf(p, 'z')?.timeline).toEqual([
      { quarter: '2026-Q4', slAchieved: [1, 4, 4, 4, 4, 4, 4], gap: [1, 0, 0, 0, 0, 0, 0], actions: [] },
    ]);
  });
});
