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
  if (!a.capabilities || !a.componentClass) return null;
  const caps = a.capabilities;
  const level = [4, 4, 4, 4, 4, 4, 4];
  for (const item of countedItems(a.componentClass)) {
    if (caps[item.id] === 'met') continue;
    const i = item.fr - 1;
    // An unmet item required from SL n caps the FR at n − 1.
    level[i] = Math.min(level[i] ?? 4, (item.minSl ?? 1) - 1);
  }
  return level;
}
