import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_3_3, CATALOG_4_2, compare33, requirement33 } from './catalog.js';

const reference = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'iec62443');

describe('IEC 62443 catalog', () => {
  it('has the 3-3 counts: 51 SRs, 49 REs, 37 / 60 / 90 / 100 items required at SL 1 / 2 / 3 / 4', () => {
    expect(CATALOG_3_3.filter((i) => i.type === 'SR')).toHaveLength(51);
    expect(CATALOG_3_3.filter((i) => i.type === 'RE')).toHaveLength(49);
    expect([1, 2, 3, 4].map((sl) => CATALOG_3_3.filter((i) => i.minSl <= sl).length)).toEqual([37, 60, 90, 100]);
  });

  it('has 58 CR clauses and the component-specific items of 4-2', () => {
    expect(CATALOG_4_2.filter((i) => i.type === 'CR')).toHaveLength(58);
    expect(CATALOG_4_2.filter((i) => i.type === 'CR_RE')).toHaveLength(27);
    expect(CATALOG_4_2.filter((i) => i.type === 'NDR')).toHaveLength(12);
  });

  it('orders requirement ids in catalog order', () => {
    expect(['SR 2.1', 'SR 1.10', 'SR 1.1 RE 1', 'SR 1.2', 'SR 1.1'].sort(compare33)).toEqual([
      'SR 1.1',
      'SR 1.1 RE 1',
      'SR 1.2',
      'SR 1.10',
      'SR 2.1',
    ]);
    expect(requirement33('SR 1.1 RE 1')).toMatchObject({ fr: 1, minSl: 2 });
  });

  it.skipIf(!existsSync(reference))('agrees with ../shared/reference/iec62443', () => {
    const load = (f: string) =>
      (
        JSON.parse(readFileSync(join(reference, f), 'utf8')) as {
          items: { id: string; type: string; min_sl?: number | null }[];
        }
      ).items;
    const ref33 = load('3-3-system-requirements.json').filter((i) => i.type === 'SR' || i.type === 'RE');
    expect(CATALOG_3_3.map((i) => [i.id, i.minSl])).toEqual(ref33.map((i) => [i.id, i.min_sl]));
    const ref42 = load('4-2-component-requirements.json').filter((i) => i.type !== 'FR' && i.type !== 'CCSC');
    expect(CATALOG_4_2.map((i) => [i.id, i.minSl])).toEqual(ref42.map((i) => [i.id, i.min_sl ?? null]));
  });
});
