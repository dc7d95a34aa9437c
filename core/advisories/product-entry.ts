// One matchable product of an advisory (issue #10 item 2): its vendors, the parsed name, the
// release line written in the name, and the version text it covers. Built once per import,
// consulted for every asset.
import type { Advisory, AdvisoryProduct } from './advisory.js';
import { looksLikeOrderNumber, parseProductName, tokensOf } from './product-names.js';
import type { ProductName } from './product-names.js';
import { vendorKeys } from './vendor-names.js';
import { parseIcsVersion } from './version/ics-version.js';
import type { IcsVersion } from './version/ics-version.js';
import { splitNameAndRange, splitProductLine } from './version/name-range.js';
import { parseVersionSpec } from './version/version-spec.js';
import type { VersionSpec } from './version/version-spec.js';

export interface ProductEntry {
  readonly advisory: Advisory;
  readonly product: AdvisoryProduct;
  readonly vendorKeys: readonly string[];
  /** The name as matched (product name, family for firmware-only leaves, platform for relationships). */
  readonly displayName: string;
  readonly name: ProductName;
  /** A release line or hardware generation written at the end of the name ("… V14"). */
  readonly line: IcsVersion | null;
  readonly lineText: string | null;
  /**
   * Other rows of the advisory name the same product on other lines ("Teamcenter V13.3", "V14.1"):
   * then each row's range holds only on its own line. A lone "SIMATIC Logon V1.6" row does not
   * exclude V1.5 from "All versions < V1.6 Upd6".
   */
  lineRestricts: boolean;
  /** Versions covered: a range, one version, or null when the product names no version at all. */
  readonly spec: VersionSpec | null;
  /** True when `spec` is one exact version (`product_version`), which real files use loosely. */
  readonly exact: boolean;
  /** Order-number patterns: the identification helper's model numbers and any in the name. */
  readonly orderNumbers: readonly string[];
}

function vendorsOf(advisory: Advisory, p: AdvisoryProduct): string[] {
  if (p.vendor) return vendorKeys(p.vendor);
  // Vendors publishing for themselves often leave the vendor branch out (OPC Foundation).
  if (advisory.publisher.category === 'vendor') return vendorKeys(advisory.publisher.name);
  return [];
}

function versionOf(p: AdvisoryProduct): { spec: VersionSpec | null; exact: boolean; identity: string | null } {
  if (p.versionRange) {
    const spec = parseVersionSpec(p.versionRange);
    // An unreadable range is often written readably in the product's full name ("SYS600 9.4 |
    // FP2 Hotfix 5" vs "… <= 9.4 FP2 Hotfix 5"): use that before giving up.
    if (spec.kind === 'unparsed') {
      const fromName = splitNameAndRange(p.fullName).spec;
      if (fromName && fromName.kind !== 'unparsed') return { spec: fromName, exact: false, identity: null };
    }
    return { spec, exact: false, identity: null };
  }
  if (p.version) {
    const spec = parseVersionSpec(p.version);
    // `vers:all/*` misused as a product_version name means every version.
    if (spec.kind === 'all') return { spec, exact: false, identity: null };
    // An order number where a version should be ("2700988", "6ES7211-1AE40-0XB0") identifies the product.
    const asVersion = parseIcsVersion(p.version);
    const versionLike = !!asVersion && (/\d\.\d/.test(p.version) || /^[vV]\d/.test(p.version));
    if (!versionLike && (looksLikeOrderNumber(p.version) || !asVersion))
      return { spec: null, exact: false, identity: p.version };
    return { spec, exact: spec.kind === 'set' && spec.intervals.length === 0, identity: null };
  }
  // CISA repeats the range in the full name; OPC writes it only there.
  const fromName = splitNameAndRange(p.fullName).spec;
  return { spec: fromName, exact: false, identity: null };
}

export function productEntry(advisory: Advisory, p: AdvisoryProduct, platform: AdvisoryProduct | null): ProductEntry {
  const vendors = vendorsOf(advisory, platform ?? p);
  const base = platform ?? p;
  const rawName = base.name ?? base.family ?? splitNameAndRange(base.fullName).name;
  const { base: nameWithoutLine, line } = splitProductLine(rawName);
  const { spec, exact, identity } = versionOf(p);
  const parsed = parseProductName(nameWithoutLine, vendors);
  // A product_version that is not a version ("MLFB 6SR32..-…..-…. with option A30", "S7-1211",
  // "2700988") identifies the product further: order numbers in it become patterns, the other
  // words a variant that narrows the match when the asset names it.
  const identityOrders: string[] = [];
  let name = parsed;
  if (identity) {
    const words = identity
      .replace(/\bMLFB\b/gi, ' ')
      .split(/\s+/)
      .filter((w) => w !== '');
    identityOrders.push(...words.filter((w) => looksLikeOrderNumber(w)));
    const rest = tokensOf(words.filter((w) => !looksLikeOrderNumber(w)).join(' '));
    if (rest.length > 0) name = { ...parsed, variants: [...parsed.variants, rest] };
  }
  const orderNumbers = [...base.modelNumbers, ...base.skus, ...parsed.orderNumbers, ...identityOrders];
  return {
    advisory,
    product: p,
    vendorKeys: vendors,
    displayName: rawName,
    name,
    line,
    lineText: line ? line.raw : null,
    lineRestricts: false,
    spec,
    exact,
    orderNumbers: [...new Set(orderNumbers)],
  };
}

/** The products worth matching: every product a status list names (all products when none do). */
export function productEntries(advisory: Advisory): ProductEntry[] {
  const named = new Set<string>();
  for (const v of advisory.vulnerabilities)
    for (const list of Object.values(v.status)) for (const id of list ?? []) named.add(id);
  const byId = new Map(advisory.products.map((p) => [p.productId, p]));
  const out: ProductEntry[] = [];
  for (const p of advisory.products) {
    if (named.size > 0 && !named.has(p.productId)) continue;
    const platform = p.relationship ? (byId.get(p.relationship.platformId) ?? null) : null;
    const component = p.relationship ? (byId.get(p.relationship.componentId) ?? null) : null;
    // Firmware × hardware (CSAF installed_on): the hardware names the asset, the firmware its version.
    const versioned = component
      ? { ...p, version: component.version, versionRange: component.versionRange, fullName: component.fullName }
      : p;
    out.push(productEntry(advisory, versioned, platform));
  }
  const lines = new Map<string, Set<string>>();
  const baseKey = (e: ProductEntry): string => `${e.vendorKeys.join('|')}\u0000${e.name.required.join(' ')}`;
  for (const e of out) if (e.line) lines.set(baseKey(e), (lines.get(baseKey(e)) ?? new Set()).add(e.line.raw));
  for (const e of out) if (e.line && (lines.get(baseKey(e))?.size ?? 0) > 1) e.lineRestricts = true;
  return out;
}
