// Component capability SL-C (DESIGN §3.3–3.4): declared by the asset, or derived from its
// IEC 62443-4-2 capabilities for its component class; a zone is capped by its weakest asset.
import type { AssetDoc } from '../schemas/site-file.js';
import { CATALOG_4_2 } from './catalog.js';
import type { Catalog42Item, ComponentType } from './catalog.types.js';
import { toVector } from './sl-vector.js';

export const CLASS_TYPE: Record<NonNullable<AssetDoc['componentClass']>, ComponentType> = {
  'software-application': 'SAR',
  'embedded-device': 'EDR',
  'host-device': 'HDR',
  'network-device': 'NDR',
};

const COUNTED = Object.fromEntries(
  Object.entries(CLASS_TYPE).map(([cls, type]) => [
    cls,
    CATALOG_4_2.filter(
      (i) =>
        i.minSl !== null &&
        (((i.type === 'CR' || i.type === 'CR_RE') && i.appliesTo.includes(type)) ||
          i.type === type ||
          i.type === `${type}_RE`),
    ),
  ]),
) as unknown as Record<NonNullable<AssetDoc['componentClass']>, readonly Catalog42Item[]>;

/**
 * The 4-2 items that count for a component class: those with a lowest SL that are either a common
 * CR / CR RE applying to the class, or an item of the class's own family (EDR… for embedded
 * devices). Delegated and heading-only CRs have no lowest SL and never count.
 */
export function countedItems(componentClass: NonNullable<AssetDoc['componentClass']>): readonly Catalog42Item[] {
  return COUNTED[componentClass];
}

/**
 * An asset's SL-C vector, or null when unknown.
 *
 * @example
 * assetCapability({ id: 'p', name: 'P', type: 'plc', slCapability: 2 })            // [2,2,2,2,2,2,2]
 * assetCapability({ id: 'p', name: 'P', type: 'plc' })                              // null
 * // Derived: every counted EDR item of FR 1 with lowest SL ≤ n must be met for SL n in FR 1.
 * assetCapability({ id: 'p', name: 'P', type: 'plc', componentClass: 'embedded-device',
 *   capabilities: { 'CR 1.1': 'met' } })                                            // [0,0,0,0,0,0,0] (everything else unmet)
 */
export function assetCapability(a: AssetDoc): number[] | null {
  if (a.slCapability !== undefined) return toVector(a.slCapability);
  const caps = a.capabilities;
  if (!caps || !a.componentClass) return null;
  // Per FR, the first unmet item in ascending lowest SL caps the FR one level below it; stopping
  // there keeps this fast on large estates (most capability records are sparse).
  return GATES[a.componentClass].map((gates) => {
    for (const item of gates) if (caps[item.id] !== 'met') return (item.minSl ?? 1) - 1;
    return 4;
  });
}

/** Per component class, per FR: the counted items in ascending order of their lowest SL. */
const GATES = Object.fromEntries(
  Object.keys(CLASS_TYPE).map((cls) => {
    const perFr: Catalog42Item[][] = [[], [], [], [], [], [], []];
    for (const item of COUNTED[cls as keyof typeof CLASS_TYPE]) perFr[item.fr - 1]?.push(item);
    return [cls, perFr.map((list) => list.sort((x, y) => (x.minSl ?? 0) - (y.minSl ?? 0)))];
  }),
) as unknown as Record<NonNullable<AssetDoc['componentClass']>, Catalog42Item[][]>;
