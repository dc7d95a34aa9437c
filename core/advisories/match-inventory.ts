// Matching an inventory against the advisory index (issue #10 items 2–3). Assets of one kind
// (vendor, model, order number) share their candidate products, and assets of one kind and firmware
// share their verdicts, so 100k assets cost about as much as their distinct kinds.
import type { AdvisoryIndex, Candidate, InventoryAsset } from './advisory-index.js';
import { candidatesFor } from './advisory-index.js';
import type { Advisory } from './advisory.js';
import { judgeAdvisory } from './verdict.js';
import type { AdvisoryVerdict } from './verdict.js';

export interface AssetAdvisories {
  readonly id: string;
  readonly vendor: string | null;
  readonly model: string | null;
  readonly orderNumber: string | null;
  readonly firmware: string | null;
  /** Advisories that name the asset's product, whatever the verdict; the worst first. */
  readonly advisories: readonly AdvisoryVerdict[];
}

const VERDICT_ORDER = { affected: 0, review: 1, 'not-affected': 2 } as const;

export function byPriority(a: AdvisoryVerdict, b: AdvisoryVerdict): number {
  return (
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    (b.maxCvssV3 ?? b.maxCvssV4 ?? -1) - (a.maxCvssV3 ?? a.maxCvssV4 ?? -1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface Matcher {
  match(asset: InventoryAsset): AssetAdvisories;
}

/** Cache bounds: enough for any real inventory's distinct kinds, small enough to stay young in the GC. */
const MAX_CACHED = 20_000;
const NONE: readonly AdvisoryVerdict[] = [];

/** A matcher with per-kind caches; create one per matching run (the caches hold verdicts). */
export function createMatcher(index: AdvisoryIndex): Matcher {
  const kinds = new Map<string, Map<Advisory, Candidate[]>>();
  const verdicts = new Map<string, readonly AdvisoryVerdict[]>();
  const remember = <V>(map: Map<string, V>, key: string, value: V): void => {
    if (map.size >= MAX_CACHED) map.clear();
    map.set(key, value);
  };
  return {
    match(asset) {
      const kindKey = `${asset.vendor ?? ''}\u0000${asset.model ?? ''}\u0000${asset.orderNumber ?? ''}`;
      const fullKey = `${kindKey}\u0000${asset.firmware ?? ''}`;
      let advisories = verdicts.get(fullKey);
      if (!advisories) {
        let cands = kinds.get(kindKey);
        if (!cands) remember(kinds, kindKey, (cands = candidatesFor(index, asset)));
        advisories =
          cands.size === 0
            ? NONE
            : [...cands]
                .map(([advisory, list]) => judgeAdvisory(advisory, list, asset.firmware ?? null))
                .sort(byPriority);
        remember(verdicts, fullKey, advisories);
      }
      return {
        id: asset.id,
        vendor: asset.vendor ?? null,
        model: asset.model ?? null,
        orderNumber: asset.orderNumber ?? null,
        firmware: asset.firmware ?? null,
        advisories,
      };
    },
  };
}

export function matchInventory(index: AdvisoryIndex, assets: Iterable<InventoryAsset>): AssetAdvisories[] {
  const matcher = createMatcher(index);
  const out: AssetAdvisories[] = [];
  for (const a of assets) out.push(matcher.match(a));
  return out;
}
