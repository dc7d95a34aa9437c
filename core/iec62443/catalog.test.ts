import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_3_2,
  CATALOG_3_3,
  CATALOG_4_1,
  CATALOG_4_2,
  FOUNDATIONAL_REQUIREMENTS,
  compare33,
  describe as describeId,
  requirement33,
  requirement42,
} from './catalog.js';
import type { ComponentType } from './catalog.types.js';
import { DESCRIPTIONS_3_2 } from './descriptions-3-2.js';
import { DESCRIPTIONS_3_3 } from './descriptions-3-3.js';
import { DESCRIPTIONS_4_1 } from './descriptions-4-1.js';
import { DESCRIPTIONS_4_2 } from './descriptions-4-2.js';
import { DESCRIPTIONS_FR } from './descriptions-fr.js';

const reference = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'iec62443');

// Every id with its title, across all parts, so the description checks cover everything the tool can show.
const allItems: { id: string; title: string }[] = [
  ...FOUNDATIONAL_REQUIREMENTS.map((f) => ({ id: `FR ${f.fr}`, title: f.title })),
  ...CATALOG_3_3,
  ...CATALOG_4_2,
  ...CATALOG_3_2,
  ...CATALOG_4_1,
];

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

  it('flags the 12 delegated and 3 heading-only CRs of 4-2', () => {
    expect(CATALOG_4_2.filter((i) => i.delegatedTo !== undefined)).toHaveLength(12);
    expect(CATALOG_4_2.filter((i) => i.headingOnly).map((i) => i.id)).toEqual(['CR 2.3', 'CR 5.4', 'CR 7.5']);
    expect(requirement42('CR 2.13')?.delegatedTo).toEqual(['EDR 2.13', 'HDR 2.13', 'NDR 2.13']);
    // Delegated CRs carry no gating of their own, and every item they point to exists.
    for (const cr of CATALOG_4_2.filter((i) => i.delegatedTo !== undefined)) {
      expect(cr.minSl).toBeNull();
      for (const id of cr.delegatedTo ?? []) expect(requirement42(id)).toBeDefined();
    }
  });

  // "Applicable at SL-C n" for a type: every 4-2 item gated at SL n or below whose appliesTo lists the type.
  // That covers the common CRs/CR REs and the type's own SAR/EDR/HDR/NDR items (appliesTo = [type]);
  // delegated and heading-only CRs have no minSl and so never count.
  it.each<[ComponentType, number[]]>([
    ['SAR', [34, 53, 67, 73]],
    ['EDR', [36, 61, 77, 83]],
    ['HDR', [36, 62, 78, 84]],
    ['NDR', [40, 67, 86, 92]],
  ])('has the 4-2 %s requirement + RE counts at SL-C 1 / 2 / 3 / 4', (type, counts) => {
    const at = (sl: number) =>
      CATALOG_4_2.filter((i) => i.minSl !== null && i.minSl <= sl && i.appliesTo.includes(type)).length;
    expect([1, 2, 3, 4].map(at)).toEqual(counts);
  });

  it('has the 3-2 ZCRs: 7 ZCRs and 32 sub-requirements, each under an existing ZCR', () => {
    const zcrs = CATALOG_3_2.filter((i) => i.type === 'ZCR');
    const subs = CATALOG_3_2.filter((i) => i.type === 'ZCR_SUB');
    expect(zcrs).toHaveLength(7);
    expect(subs).toHaveLength(32);
    expect(zcrs.every((i) => i.parent === null)).toBe(true);
    const ids = new Set(zcrs.map((i) => i.id));
    expect(subs.every((i) => i.parent !== null && ids.has(i.parent))).toBe(true);
    expect(['ZCR 3', 'ZCR 5', 'ZCR 6'].map((p) => subs.filter((i) => i.parent === p).length)).toEqual([6, 13, 9]);
  });

  it('has the 4-1 practices: 8 practices and 47 requirements (SM 13, SR 5, SD 4, SI 2, SVV 5, DM 6, SUM 5, SG 7)', () => {
    const practices = CATALOG_4_1.filter((i) => i.type === 'PRACTICE');
    const reqs = CATALOG_4_1.filter((i) => i.type === 'REQ');
    expect(practices).toHaveLength(8);
    expect(reqs).toHaveLength(47);
    expect(practices.every((i) => i.practice === null)).toBe(true);
    expect(practices.map((p) => reqs.filter((i) => i.practice === p.id).length)).toEqual([13, 5, 4, 2, 5, 6, 5, 7]);
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

  it('describes every item in one line of at most 140 characters that is not just its title', () => {
    const bad = allItems.filter((i) => {
      const d = describeId(i.id);
      return d === undefined || d.trim() === '' || d.length > 140 || d.includes('\n') || d === i.title;
    });
    expect(bad.map((i) => i.id)).toEqual([]);
  });

  it('has no description without a catalog item, and no id shared between parts', () => {
    const files = [DESCRIPTIONS_FR, DESCRIPTIONS_3_3, DESCRIPTIONS_4_2, DESCRIPTIONS_3_2, DESCRIPTIONS_4_1];
    const keys = files.flatMap((d) => Object.keys(d));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(allItems.map((i) => i.id).sort());
    expect(describeId('no such id')).toBeUndefined();
  });

  it.skipIf(!existsSync(reference))('agrees with ../shared/reference/iec62443', () => {
    const load = (f: string) =>
      (
        JSON.parse(readFileSync(join(reference, f), 'utf8')) as {
          items: {
            id: string;
            type: string;
            min_sl?: number | null;
            parent?: string;
            practice?: string;
            delegated_to?: string[];
            component_level_requirement?: boolean;
          }[];
        }
      ).items;
    const ref33 = load('3-3-system-requirements.json').filter((i) => i.type === 'SR' || i.type === 'RE');
    expect(CATALOG_3_3.map((i) => [i.id, i.minSl])).toEqual(ref33.map((i) => [i.id, i.min_sl]));
    const ref42 = load('4-2-component-requirements.json').filter((i) => i.type !== 'FR' && i.type !== 'CCSC');
    expect(CATALOG_4_2.map((i) => [i.id, i.minSl])).toEqual(ref42.map((i) => [i.id, i.min_sl ?? null]));
    expect(CATALOG_4_2.map((i) => [i.id, i.delegatedTo ?? null, i.headingOnly ?? false])).toEqual(
      ref42.map((i) => [i.id, i.delegated_to ?? null, i.component_level_requirement === false]),
    );
    const ref32 = load('3-2-zcr.json');
    expect(CATALOG_3_2.map((i) => [i.id, i.type, i.parent])).toEqual(
      ref32.map((i) => [i.id, i.type, i.parent ?? null]),
    );
    const ref41 = load('4-1-practices.json');
    expect(CATALOG_4_1.map((i) => [i.id, i.type, i.practice])).toEqual(
      ref41.map((i) => [i.id, i.type, i.practice ?? null]),
    );
  });
});
