// The checks on roadmap actions beyond their schema, and the canonical form and quarters they use.
import { describe, expect, it } from 'vitest';
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';
import type { SiteDoc } from '../../schemas/site-file.js';
import { canonicalAction } from './canonical-action.js';
import { checkAction, refsInSite } from './check-action.js';
import { MAX_CONTIGUOUS_QUARTERS, quarterIndex, quarterOf, quarterRange } from './quarters.js';

const site: SiteDoc = {
  id: 'plant',
  name: 'Plant',
  zones: [
    { id: 'z', name: 'Z', kind: 'control' },
    { id: 'y', name: 'Y', kind: 'dmz' },
  ],
  conduits: [{ id: 'c', zones: ['y', 'z'] }],
  assets: [{ id: 'plc-1', name: 'PLC', type: 'plc', zone: 'z' }],
  compensatingControls: [
    { id: 'cc-z', scope: 'z', requirements: ['SR 1.1'], kind: 'jump-host' },
    { id: 'cc-y', scope: 'y', requirements: ['SR 1.1'], kind: 'jump-host' },
  ],
};

const action = (over: Partial<RoadmapActionDoc> = {}): RoadmapActionDoc => ({
  id: 'a',
  title: 'MFA for remote access',
  status: 'planned',
  scope: 'z',
  ...over,
});

const check = (a: RoadmapActionDoc) =>
  checkAction(a, refsInSite(site, a)).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('checkAction', () => {
  it('accepts an action naming what exists, on a zone or a conduit', () => {
    expect(
      check(action({ due: '2027-02-28', satisfies: ['SR 1.1 RE 1'], retires: ['cc-z'], assets: ['plc-1'] })),
    ).toEqual([]);
    expect(check(action({ scope: 'c', satisfies: ['SR 5.1'] }))).toEqual([]);
  });

  it('names each problem at its path', () => {
    expect(
      check(
        action({
          due: '2027-02-30',
          satisfies: ['SR 1.1', 'SR 99.1', 'CR 1.1'],
          retires: ['cc-y', 'cc-none'],
          assets: ['plc-1', 'plc-9'],
        }),
      ),
    ).toEqual([
      'due: "2027-02-30" is not a calendar date',
      'satisfies.1: "SR 99.1" is not an IEC 62443-3-3 requirement id (e.g. "SR 1.1" or "SR 1.1 RE 1")',
      'satisfies.2: "CR 1.1" is not an IEC 62443-3-3 requirement id (e.g. "SR 1.1" or "SR 1.1 RE 1")',
      'retires.0: compensating control "cc-y" stands in for requirements of "y", not of "z"',
      'retires.1: compensating control "cc-none" does not exist in site "plant"',
      'assets.1: asset "plc-9" does not exist in site "plant"',
    ]);
    expect(check(action({ scope: 'plc-1' }))).toEqual(['scope: "plc-1" is not a zone or conduit of site "plant"']);
  });
});

describe('canonicalAction', () => {
  it('orders keys, lists each id once and drops empty lists', () => {
    const a = canonicalAction({
      retires: [],
      satisfies: ['SR 1.2', 'SR 1.1', 'SR 1.2'],
      scope: 'z',
      status: 'planned',
      title: 'T',
      id: 'a',
      owner: undefined,
    });
    expect(JSON.stringify(a)).toBe(
      '{"id":"a","title":"T","status":"planned","scope":"z","satisfies":["SR 1.2","SR 1.1"]}',
    );
  });
});

describe('quarters', () => {
  it('labels dates and timestamps by UTC calendar quarter', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-25', '2027-12-31T23:59:59Z'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
      '2027-Q4',
    ]);
  });

  it('lists every quarter between, unless the span is too long', () => {
    expect(quarterRange([quarterIndex('2027-05-01'), quarterIndex('2026-11-25')])).toEqual([
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
    ]);
    const far = quarterIndex('2026-11-25') + MAX_CONTIGUOUS_QUARTERS;
    expect(quarterRange([quarterIndex('2026-11-25'), quarterIndex('2027-01-01'), far])).toEqual([
      '2026-Q4',
      '2027-Q1',
      '2036-Q4',
    ]);
  });
});

describe('checkAction on an edit', () => {
  it('does not check again the controls and assets the stored action named', () => {
    const stored = action({ status: 'done', retires: ['cc-deleted'], assets: ['plc-gone'] });
    const edited = { ...stored, description: 'signed off', assets: ['plc-gone', 'plc-new'] };
    expect(checkAction(edited, refsInSite(site, edited), stored).map((i) => i.path.join('.'))).toEqual(['assets.1']);
    // Moved to another scope, everything is checked again.
    const moved = { ...edited, scope: 'y' };
    expect(checkAction(moved, refsInSite(site, moved), stored).map((i) => i.path.join('.'))).toEqual([
      'retires.0',
      'assets.0',
      'assets.1',
    ]);
  });
});
