import { CATALOG_3_3, CATALOG_4_2 } from './catalog.data.js';
import type { Catalog33Item, Catalog42Item } from './catalog.types.js';
import { DESCRIPTIONS_3_2 } from './descriptions-3-2.js';
import { DESCRIPTIONS_3_3 } from './descriptions-3-3.js';
import { DESCRIPTIONS_4_1 } from './descriptions-4-1.js';
import { DESCRIPTIONS_4_2 } from './descriptions-4-2.js';
import { DESCRIPTIONS_FR } from './descriptions-fr.js';

export { CATALOG_3_2, CATALOG_3_3, CATALOG_4_1, CATALOG_4_2, FOUNDATIONAL_REQUIREMENTS } from './catalog.data.js';
export type * from './catalog.types.js';

const byId33 = new Map<string, Catalog33Item>(CATALOG_3_3.map((i) => [i.id, i]));
const byId42 = new Map<string, Catalog42Item>(CATALOG_4_2.map((i) => [i.id, i]));
const order33 = new Map<string, number>(CATALOG_3_3.map((i, n) => [i.id, n]));

/** The 3-3 SR/RE with this id (e.g. "SR 1.1 RE 1"), if it exists. */
export function requirement33(id: string): Catalog33Item | undefined {
  return byId33.get(id);
}

/** The 4-2 item with this id (e.g. "CR 1.1", "EDR 3.12"), if it exists. */
export function requirement42(id: string): Catalog42Item | undefined {
  return byId42.get(id);
}

/** Sorts 3-3 requirement ids into catalog order (FR, SR, then its REs). */
export function compare33(a: string, b: string): number {
  return (order33.get(a) ?? Infinity) - (order33.get(b) ?? Infinity);
}

const order42 = new Map<string, number>(CATALOG_4_2.map((i, n) => [i.id, n]));

/** Sorts 4-2 requirement ids into catalog order. */
export function compare42(a: string, b: string): number {
  return (order42.get(a) ?? Infinity) - (order42.get(b) ?? Infinity);
}

// One lookup over every part: the id schemes never collide ("SR 1.1" vs 4-1 "SR-1", "ZCR 1", "Practice 1",
// "FR 1", CR/SAR/EDR/HDR/NDR), which catalog.test.ts checks, so callers need not say which part an id is from.
const descriptions = new Map<string, string>(
  [DESCRIPTIONS_FR, DESCRIPTIONS_3_3, DESCRIPTIONS_4_2, DESCRIPTIONS_3_2, DESCRIPTIONS_4_1].flatMap((d) =>
    Object.entries(d),
  ),
);

/** A one-line plain-English description of any catalog id ("FR 1", "SR 1.1", "CR 2.4", "ZCR 3.2", "SM-1"). */
export function describe(id: string): string | undefined {
  return descriptions.get(id);
}
