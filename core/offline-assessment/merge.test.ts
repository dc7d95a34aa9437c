// The three-way merge by hand: what the file changed, what the database changed, and what
// happens when both did.
import { describe, expect, it } from 'vitest';
import { attributed, mergeChecklist, unresolved, type FileRow } from './merge.js';
import type { ResultValue } from './result-value.js';

const importer = { by: 'field@plant.example', at: '2026-05-04' };
const v = (status: ResultValue['status'], more: Partial<ResultValue> = {}): ResultValue => ({ status, ...more });
const row = (requirement: string, value: ResultValue | null): FileRow => ({
  requirement,
  sheet: 'FR 1 IAC',
  row: 2,
  value,
});
const map = (entries: [string, ResultValue | null][]) => new Map(entries);

describe('mergeChecklist', () => {
  const exported = map([
    ['SR 1.1', v('partial', { assessedBy: 'a@x', assessedAt: '2026-01-01' })],
    ['SR 1.2', null],
  ]);

  it('applies a change made only in the file, crediting the importer when the file keeps the old attribution', () => {
    const plan = mergeChecklist(
      exported,
      [row('SR 1.1', v('implemented', { assessedBy: 'a@x', assessedAt: '2026-01-01' })), row('SR 1.2', null)],
      exported,
      { importer },
    );
    expect(plan.changed).toEqual([
      {
        requirement: 'SR 1.1',
        before: exported.get('SR 1.1'),
        after: v('implemented', { assessedBy: importer.by, assessedAt: importer.at }),
      },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts).toEqual([]);
  });

  it('keeps what the file says about who assessed it when the assessor filled it in', () => {
    const plan = mergeChecklist(
      exported,
      [row('SR 1.2', v('planned', { assessedBy: 'field@contractor', assessedAt: '2026-04-30' }))],
      exported,
      { importer },
    );
    expect(plan.changed[0]?.after).toEqual(v('planned', { assessedBy: 'field@contractor', assessedAt: '2026-04-30' }));
  });

  it('keeps a change made only in the database: the stale row of the file is left alone', () => {
    const database = map([
      ['SR 1.1', v('implemented', { assessedBy: 'b@x', assessedAt: '2026-02-01' })],
      ['SR 1.2', null],
    ]);
    const plan = mergeChecklist(exported, [row('SR 1.1', exported.get('SR 1.1') ?? null)], database, { importer });
    expect(plan.changed).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.newerInDatabase).toEqual(['SR 1.1']);
  });

  it('sees no conflict when both sides reached the same finding', () => {
    const database = map([['SR 1.1', v('implemented', { assessedBy: 'b@x', assessedAt: '2026-02-01' })]]);
    const plan = mergeChecklist(exported, [row('SR 1.1', v('implemented'))], database, { importer });
    expect(plan).toEqual({ changed: [], unchanged: 1, newerInDatabase: [], conflicts: [] });
  });

  const database = map([['SR 1.1', v('not-implemented', { note: 'MFA removed', assessedBy: 'b@x' })]]);
  const file = [row('SR 1.1', v('implemented', { note: 'MFA on all HMIs' }))];

  it('reports a conflict when both sides changed differently, and writes nothing for it', () => {
    const plan = mergeChecklist(exported, file, database, { importer });
    expect(plan.changed).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        requirement: 'SR 1.1',
        exported: exported.get('SR 1.1'),
        database: database.get('SR 1.1'),
        file: file[0]?.value,
        resolution: null,
      },
    ]);
    expect(unresolved(plan)).toHaveLength(1);
  });

  it('writes the file over the database with resolve=file', () => {
    const plan = mergeChecklist(exported, file, database, { importer, resolve: 'file' });
    expect(unresolved(plan)).toEqual([]);
    expect(plan.conflicts[0]?.resolution).toBe('file');
    expect(plan.changed).toEqual([
      {
        requirement: 'SR 1.1',
        before: database.get('SR 1.1'),
        after: v('implemented', { note: 'MFA on all HMIs', assessedBy: importer.by, assessedAt: importer.at }),
      },
    ]);
  });

  it('keeps the database with resolve=database, or per requirement with keep', () => {
    for (const options of [{ resolve: 'database' as const }, { resolve: 'file' as const, keep: ['SR 1.1'] }]) {
      const plan = mergeChecklist(exported, file, database, { importer, ...options });
      expect(plan.changed).toEqual([]);
      expect(plan.conflicts[0]?.resolution).toBe('database');
      expect(unresolved(plan)).toEqual([]);
    }
  });

  it('removes a result whose row the assessor cleared', () => {
    const plan = mergeChecklist(exported, [row('SR 1.1', null)], exported, { importer });
    expect(plan.changed).toEqual([{ requirement: 'SR 1.1', before: exported.get('SR 1.1'), after: null }]);
  });
});

describe('attributed', () => {
  it('keeps a changed attribution with unchanged content (a re-check on another day)', () => {
    const before = v('implemented', { assessedBy: 'a@x', assessedAt: '2026-01-01' });
    expect(attributed(v('implemented', { assessedBy: 'a@x', assessedAt: '2026-03-03' }), before, importer)).toEqual(
      v('implemented', { assessedBy: 'a@x', assessedAt: '2026-03-03' }),
    );
  });
});
