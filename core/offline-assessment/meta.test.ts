// The `_meta` sheet: round trip, and refusal of anything edited by hand.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildMeta, decodeMeta, encodeMeta, type ChecklistMeta } from './meta.js';

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

const meta: ChecklistMeta = buildMeta(
  {
    site: 'plant',
    scopeKind: 'zone',
    scope: 'z-control',
    exportedAt: '2026-05-04T10:00:00.000Z',
    exportedBy: 'Ann Assessor <ann@x>',
  },
  [
    { requirement: 'SR 1.1', value: { status: 'implemented' } },
    { requirement: 'SR 1.2', value: { status: 'partial', note: 'x'.repeat(70_000) } },
    { requirement: 'SR 1.3', value: null },
  ],
  sha256,
);

describe('meta sheet', () => {
  it('reads back what it wrote, long values split over cells', () => {
    const cells = encodeMeta(meta, sha256);
    expect(cells.find((r) => r[0] === 'SR 1.2')?.length).toBe(5);
    expect(decodeMeta(cells, sha256)).toEqual({ meta });
  });

  it('refuses a sheet whose values, stamps or head were edited', () => {
    const edit = (match: string, index: number, value: string) =>
      encodeMeta(meta, sha256).map((r) => (r[0] === match ? r.map((c, i) => (i === index ? value : c)) : r));
    const cases = [
      edit('SR 1.1', 2, JSON.stringify({ status: 'partial' })),
      edit('SR 1.1', 1, sha256('null')),
      edit('scope', 1, 'z-dmz'),
      edit('format', 1, 'something else'),
      encodeMeta(meta, sha256).filter((r) => r[0] !== 'SR 1.3'),
    ];
    for (const cells of cases)
      expect(decodeMeta(cells, sha256)).toMatchObject({ error: expect.stringMatching(/_meta/) });
    expect(decodeMeta([], sha256)).toEqual({
      error: "the checklist's hidden _meta sheet is not a C-981 checklist sheet: export the checklist again",
    });
  });
});
