// The advisory index (issue #10 item 2 and its performance goal): products keyed by vendor and one
// distinctive name token, and by order-number prefix, so an asset meets only the handful of
// products that could name it — never a loop over advisories × assets.
import type { Advisory } from './advisory.js';
import { productEntries } from './product-entry.js';
import type { ProductEntry } from './product-entry.js';
import { assetTokens, hasToken, nameFits, orderKey, orderNumberFits } from './product-names.js';
import type { AssetTokens } from './product-names.js';
import { vendorKeys, vendorsMeet } from './vendor-names.js';

/** What the matcher needs to know about an asset. */
export interface InventoryAsset {
  readonly id: string;
  readonly vendor?: string | null;
  readonly model?: string | null;
  readonly orderNumber?: string | null;
  readonly firmware?: string | null;
}

export interface Candidate {
  readonly entry: ProductEntry;
  /** Higher is more specific: order-number fit, tokens matched, variants confirmed, release line. */
  readonly score: number;
  readonly via: 'order-number' | 'name';
  readonly variantUnknown: readonly string[];
  /** The name's trailing V-token is on the asset's model: a hardware generation, not a firmware line. */
  readonly lineIsGeneration: boolean;
}

export interface AdvisoryIndex {
  readonly advisories: readonly Advisory[];
  readonly entryCount: number;
  /** vendor key → index token → entries ('' vendor: products with no vendor). */
  readonly byVendorToken: ReadonlyMap<string, ReadonlyMap<string, readonly ProductEntry[]>>;
  /** The literal start of an order-number pattern (see orderIndexKey) → entries carrying it. */
  readonly byOrderPrefix: ReadonlyMap<string, readonly ProductEntry[]>;
  /** Order-number patterns that start with a wildcard (rare) are checked for every asset with one. */
  readonly wildcardOrders: readonly ProductEntry[];
}

const compact = (t: string): string => t.replace(/[-.]/g, '');

/**
 * The tokens an entry is filed under: its rarest required token (so a brand word shared by
 * hundreds of products, like "pfc200", does not make every such asset weigh them all), else
 * every token of its first alternatives group.
 */
function indexTokens(e: ProductEntry, frequency: ReadonlyMap<string, number>): string[] {
  if (e.name.required.length > 0) {
    let best = compact(e.name.required[0]!);
    for (const t of e.name.required) {
      const c = compact(t);
      if ((frequency.get(c) ?? 0) < (frequency.get(best) ?? 0)) best = c;
    }
    return [best];
  }
  return (e.name.alternatives[0] ?? []).map(compact);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildAdvisoryIndex(advisories: readonly Advisory[]): AdvisoryIndex {
  const byVendorToken = new Map<string, Map<string, ProductEntry[]>>();
  const byOrderPrefix = new Map<string, ProductEntry[]>();
  const wildcardOrders: ProductEntry[] = [];
  const entries = advisories.flatMap((a) => productEntries(a));
  const frequency = new Map<string, number>();
  for (const e of entries)
    for (const t of e.name.required) frequency.set(compact(t), (frequency.get(compact(t)) ?? 0) + 1);
  for (const e of entries) {
    for (const vendor of e.vendorKeys.length > 0 ? e.vendorKeys : ['']) {
      let tokens = byVendorToken.get(vendor);
      if (!tokens) byVendorToken.set(vendor, (tokens = new Map<string, ProductEntry[]>()));
      for (const t of indexTokens(e, frequency)) push(tokens, t, e);
    }
    for (const pattern of e.orderNumbers) {
      // SKUs carry their publisher ("OPCFoundation/UA-LDS-Installers"); file them under the bare name too.
      const bare = pattern.includes('/') ? pattern.slice(pattern.lastIndexOf('/') + 1) : null;
      for (const p of bare ? [pattern, bare] : [pattern]) {
        const key = orderIndexKey(p);
        if (key === null) wildcardOrders.push(e);
        else push(byOrderPrefix, key, e);
      }
    }
  }
  return { advisories, entryCount: entries.length, byVendorToken, byOrderPrefix, wildcardOrders };
}

/** Order-number keys are the literal start of a pattern, up to its first wildcard, at most 8 long. */
const ORDER_KEY_MAX = 8;
const ORDER_KEY_MIN = 3;

/**
 * The key a pattern is filed under: its literal start (before `?`, `*`, `.`, `…` or a lower-case
 * family letter), so "6GK5774-1FX00-0AA0" and "6GK5786-…" land apart — Siemens' and Rockwell's
 * numbers share their first four characters by the thousand. Null when under three literal chars.
 */
function orderIndexKey(pattern: string): string | null {
  const literal = /^[^?*.…xz]*/.exec(pattern.trim().replace(/\s+/g, ''))![0];
  const key = literal.toUpperCase().slice(0, ORDER_KEY_MAX);
  return key.length >= ORDER_KEY_MIN ? key : null;
}

/** The asset's order number; inventories often keep it in the model field instead. */
function orderOf(asset: InventoryAsset): string | null {
  const order = asset.orderNumber?.trim();
  if (order) return order;
  const model = asset.model?.trim();
  return model && !/\s/.test(model) && /\d/.test(model) ? model : null;
}

/** Whether one product names the asset (exported for the benchmark's loop-over-everything peer). */
export function fit(e: ProductEntry, asset: InventoryAsset, tokens: AssetTokens): Candidate | null {
  const order = orderOf(asset);
  let orderFits = false;
  if (order && e.orderNumbers.length > 0) {
    orderFits = e.orderNumbers.some((p) => orderNumberFits(p, order));
    // Model numbers beat names: a product listing order numbers the asset's does not fit is another
    // product — but only when the asset really records an order number (not a model-field guess).
    if (!orderFits && e.product.modelNumbers.length > 0 && asset.orderNumber?.trim()) return null;
  }
  const name = nameFits(e.name, tokens);
  if (!orderFits && !name.fits) return null;
  // Without a vendor on the asset a name match must rest on a model code, not on words alone.
  if (!orderFits && !asset.vendor?.trim() && !e.name.required.some((t) => /\d/.test(t) && t.length >= 4)) return null;
  const lineIsGeneration = e.line !== null && hasToken(tokens, e.line.raw.toLowerCase());
  let score = name.fits ? name.score : 0;
  if (orderFits) score += 10;
  if (e.line) score += 1;
  return {
    entry: e,
    score,
    via: orderFits ? 'order-number' : 'name',
    variantUnknown: name.fits ? name.variantUnknown : [],
    lineIsGeneration,
  };
}

const vendorKeyCache = new Map<string, string[]>();
/** Inventories repeat a handful of vendor spellings; normalise each once. */
function assetVendors(vendor: string): string[] {
  let keys = vendorKeyCache.get(vendor);
  if (!keys) {
    if (vendorKeyCache.size > 10_000) vendorKeyCache.clear();
    vendorKeyCache.set(vendor, (keys = vendorKeys(vendor)));
  }
  return keys;
}

/** Index keys an asset is looked up under: its tokens and their family codes ("nj501-1300" → "nj"). */
function lookupKeys(tokens: AssetTokens): Set<string> {
  const keys = new Set(tokens.tokens);
  for (const t of tokens.tokens) {
    const code = /^([a-z][a-z0-9]{0,4}?)\d/.exec(t)?.[1];
    if (code) keys.add(code);
  }
  return keys;
}

const indexVendorCache = new WeakMap<AdvisoryIndex, Map<string, string[]>>();

/**
 * The index's vendor buckets an asset's vendors reach: equal or leading-word keys, plus products
 * with no vendor. An asset without a vendor reaches every bucket — its name must then carry a
 * model code (see fit) — because leaving a vendor field empty must not hide an advisory.
 */
function indexVendorsFor(index: AdvisoryIndex, vendors: readonly string[]): string[] {
  let cache = indexVendorCache.get(index);
  if (!cache) indexVendorCache.set(index, (cache = new Map<string, string[]>()));
  const key = vendors.join('|');
  let out = cache.get(key);
  if (!out) {
    const all = [...index.byVendorToken.keys()];
    out = vendors.length === 0 ? all : ['', ...all.filter((v) => v !== '' && vendors.some((w) => vendorsMeet(v, w)))];
    cache.set(key, out);
  }
  return out;
}

function consider(
  e: ProductEntry,
  asset: InventoryAsset,
  tokens: AssetTokens,
  seen: Set<ProductEntry>,
  out: Map<Advisory, Candidate[]>,
): void {
  if (seen.has(e)) return;
  seen.add(e);
  const c = fit(e, asset, tokens);
  if (c) push(out, e.advisory, c);
}

/** Every product in the index that names this asset, grouped by advisory. */
export function candidatesFor(index: AdvisoryIndex, asset: InventoryAsset): Map<Advisory, Candidate[]> {
  const model = asset.model?.trim() ?? '';
  const order = orderOf(asset) ?? '';
  const tokens = assetTokens(model, order || null);
  const seen = new Set<ProductEntry>();
  const out = new Map<Advisory, Candidate[]>();
  const vendors = asset.vendor?.trim() ? assetVendors(asset.vendor) : [];
  const keys = lookupKeys(tokens);
  for (const vendor of indexVendorsFor(index, vendors)) {
    const byToken = index.byVendorToken.get(vendor);
    if (!byToken) continue;
    for (const k of keys) {
      const list = byToken.get(k);
      if (list) for (const e of list) consider(e, asset, tokens, seen, out);
    }
  }
  if (order) {
    const full = orderKey(order);
    for (let n = Math.min(ORDER_KEY_MAX, full.length); n >= ORDER_KEY_MIN; n--)
      for (const e of index.byOrderPrefix.get(full.slice(0, n)) ?? []) consider(e, asset, tokens, seen, out);
    for (const e of index.wildcardOrders) consider(e, asset, tokens, seen, out);
  }
  // An order-number match from another vendor's advisory is only believed when vendors agree or are unknown.
  for (const [advisory, list] of out) {
    const kept = list.filter(
      (c) =>
        vendors.length === 0 ||
        c.entry.vendorKeys.length === 0 ||
        c.entry.vendorKeys.some((v) => vendors.some((w) => vendorsMeet(v, w))),
    );
    if (kept.length === 0) out.delete(advisory);
    else out.set(advisory, kept);
  }
  return out;
}
