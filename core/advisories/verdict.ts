// Is this asset affected by this advisory? (issue #10 item 2.) Every product of the advisory that
// names the asset is weighed per vulnerability: its status list (CSAF 2.0 §3.2.3.9), whether the
// asset's firmware lies in the product's versions, the release line in its name, and the fixed
// versions in remediations. `fixed`, `first_fixed`, `recommended` and `known_not_affected` beat
// `known_affected` for a product at least as specific; when the text leaves the question open the
// verdict is "review", never a guess of "not affected".
import type { Advisory, AdvisoryVulnerability, ProductStatusKey } from './advisory.js';
import type { Candidate } from './advisory-index.js';
import { compareIcsVersions, isOnLine, parseIcsVersion } from './version/ics-version.js';
import type { IcsVersion } from './version/ics-version.js';
import { fixedOnOwnBranch, versionsInFixText } from './version/name-range.js';
import { describeSpec, fixedVersionsOf, specContains } from './version/version-spec.js';

export type Verdict = 'affected' | 'not-affected' | 'review';

export interface AdvisoryVerdict {
  /** The advisory's tracking id. */
  readonly id: string;
  readonly advisoryKey: string;
  readonly title: string;
  readonly verdict: Verdict;
  readonly productIds: readonly string[];
  readonly products: readonly string[];
  readonly cves: readonly string[];
  readonly maxCvssV3: number | null;
  readonly maxCvssV4: number | null;
  /** Remediation categories offered for the matched products (vendor_fix, mitigation, no_fix_planned…). */
  readonly remediations: readonly string[];
  /** Versions that fix it on the asset's line, as the advisory writes them. */
  readonly fixedIn: readonly string[];
  readonly reason: string;
}

const AFFECTED: readonly ProductStatusKey[] = ['known_affected', 'first_affected', 'last_affected'];
const NOT_AFFECTED: readonly ProductStatusKey[] = ['known_not_affected', 'fixed', 'first_fixed', 'recommended'];
const OPEN: readonly ProductStatusKey[] = ['under_investigation', 'unknown'];

/**
 * `inferred`: 'in' read from the fixes around an exact version, not from the product's own versions.
 * `unlisted`: an exact-version row that does not list the asset's version — weaker than any range.
 */
type Containment = {
  c: 'in' | 'out' | 'unknown';
  why: string;
  fixes: IcsVersion[];
  inferred?: boolean;
  unlisted?: boolean;
};

/**
 * Fixed versions the remediations name for a product (CISA files fixes under mitigation too). Only
 * remediations about this product count: a text shared by many products ("PLC vendors responded …")
 * lists other vendors' versions, and reading them as this product's fix would hide an affected asset.
 */
const fixTextCache = new WeakMap<object, IcsVersion[]>();
/** Remediation prose is parsed once per remediation, not once per asset. */
function fixTextVersions(r: { details: string }): IcsVersion[] {
  let v = fixTextCache.get(r);
  if (!v) fixTextCache.set(r, (v = versionsInFixText(r.details)));
  return v;
}

interface AdvisoryFacts {
  names: Map<string, string>;
  noStatusLists: boolean;
  /** Per vulnerability: product id → its status (the first of STATUS_ORDER that lists it). */
  status: Map<AdvisoryVulnerability, Map<string, ProductStatusKey>>;
  /** Per vulnerability and product: fixed versions from the remediations (filled on first use). */
  fixes: Map<AdvisoryVulnerability, Map<string, readonly IcsVersion[]>>;
}
const factsCache = new WeakMap<Advisory, AdvisoryFacts>();
function factsOf(advisory: Advisory): AdvisoryFacts {
  let f = factsCache.get(advisory);
  if (!f) {
    f = {
      names: new Map(advisory.products.map((p) => [p.productId, p.name ?? p.fullName])),
      noStatusLists: advisory.vulnerabilities.every((v) => Object.keys(v.status).length === 0),
      status: new Map(advisory.vulnerabilities.map((v) => [v, statusIndex(v)])),
      fixes: new Map(),
    };
    factsCache.set(advisory, f);
  }
  return f;
}

function fixesFor(v: AdvisoryVulnerability, productId: string, names: ReadonlyMap<string, string>): IcsVersion[] {
  const out: IcsVersion[] = [];
  const own = names.get(productId);
  for (const r of v.remediations) {
    if (!r.productIds.includes(productId)) continue;
    const specific =
      r.productIds.every((id) => names.get(id) === own) ||
      (!!own && r.details.toLowerCase().includes(own.toLowerCase()));
    if (!specific) continue;
    if (r.category !== 'vendor_fix' && r.category !== 'mitigation' && r.category !== 'optional_patch') continue;
    if (r.category === 'mitigation' && !/\b(update|upgrade|fixed|install|patch)\w*\b/i.test(r.details)) continue;
    for (const f of fixTextVersions(r)) if (!out.some((o) => o.raw === f.raw)) out.push(f);
  }
  return out;
}

function containment(cand: Candidate, firmware: IcsVersion | null, fixes: IcsVersion[]): Containment {
  const e = cand.entry;
  // The release line in the name ("SIMATIC NET PC Software V14"): the range holds only on that line.
  if (e.line && !cand.lineIsGeneration) {
    if (!firmware)
      return {
        c: 'unknown',
        why: `the product is the ${e.line.raw} line and the asset's firmware is not recorded`,
        fixes,
      };
    if (
      !isOnLine(firmware, e.line) &&
      (e.lineRestricts || !(e.spec?.kind === 'set' && specContains(e.spec, firmware) === 'in'))
    )
      return { c: 'out', why: `${firmware.raw} is not on the ${e.line.raw} line this row covers`, fixes };
  }
  const spec = e.spec;
  if (!spec) return { c: 'in', why: 'the advisory names the product without a version (every version)', fixes };
  if (spec.kind === 'all') {
    if (firmware && fixes.length > 0 && fixedOnOwnBranch(firmware, fixes) === 'fixed')
      return {
        c: 'out',
        why: `all versions were listed, but ${firmware.raw} is at or above the fix ${fixes.map((f) => f.raw).join(', ')} named in the remediation`,
        fixes,
      };
    return { c: 'in', why: 'all versions are listed', fixes };
  }
  if (spec.kind === 'unparsed') return { c: 'unknown', why: `the version text ${describeSpec(spec)}`, fixes };
  if (!firmware)
    return {
      c: 'unknown',
      why: `the advisory covers ${describeSpec(spec)} and the asset's firmware is not recorded`,
      fixes,
    };
  const inSpec = specContains(spec, firmware);
  const specFixes = [...fixedVersionsOf(spec), ...fixes];
  if (inSpec === 'in') return { c: 'in', why: `${firmware.raw} is within ${describeSpec(spec)}`, fixes: specFixes };
  if (inSpec === 'unknown')
    return { c: 'unknown', why: `${firmware.raw} cannot be placed against ${describeSpec(spec)}`, fixes: specFixes };
  // One exact version (`product_version`) is often the vendor's shorthand for a release line or
  // "this and later" (Rockwell lists "V28" and fixes V32.016, V33.015, …): decide with the fixes.
  if (e.exact) {
    const listed = spec.exact[0];
    if (listed && isOnLine(firmware, listed))
      return { c: 'in', why: `${firmware.raw} is on the listed ${listed.raw} line`, fixes };
    if (fixes.length > 0) {
      const own = fixedOnOwnBranch(firmware, fixes);
      const list = fixes.map((f) => f.raw).join(', ');
      if (own === 'fixed')
        return { c: 'out', why: `${firmware.raw} is at or above the fix for its branch (${list})`, fixes };
      if (own === 'not-fixed' && listed && compareIcsVersions(firmware, listed) > 0)
        return {
          c: 'in',
          why: `the advisory lists ${listed.raw} and fixes in ${list}; ${firmware.raw} is below the fix for its branch`,
          fixes,
          inferred: true,
        };
    }
    return {
      c: 'unknown',
      why: `the advisory lists only ${describeSpec(spec)}; ${firmware.raw} is not listed`,
      fixes,
      unlisted: true,
    };
  }
  return { c: 'out', why: `${firmware.raw} is outside ${describeSpec(spec)}`, fixes: specFixes };
}

interface Evidence {
  kind: 'affected' | 'not-affected' | 'open' | 'outside' | 'unlisted';
  cand: Candidate;
  vuln: AdvisoryVulnerability;
  why: string;
  fixes: IcsVersion[];
}

/** Not-affected statuses first: they win for the same product (CSAF 2.0 §3.2.3.9). */
const STATUS_ORDER: readonly ProductStatusKey[] = [...NOT_AFFECTED, ...AFFECTED, ...OPEN];

function statusIndex(v: AdvisoryVulnerability): Map<string, ProductStatusKey> {
  const out = new Map<string, ProductStatusKey>();
  for (const key of STATUS_ORDER) for (const id of v.status[key] ?? []) if (!out.has(id)) out.set(id, key);
  return out;
}

function statusOf(v: AdvisoryVulnerability, productId: string, facts: AdvisoryFacts): ProductStatusKey | null {
  return facts.status.get(v)?.get(productId) ?? null;
}

function cachedFixes(v: AdvisoryVulnerability, productId: string, facts: AdvisoryFacts): readonly IcsVersion[] {
  let byProduct = facts.fixes.get(v);
  if (!byProduct) facts.fixes.set(v, (byProduct = new Map<string, readonly IcsVersion[]>()));
  let fixes = byProduct.get(productId);
  if (!fixes) byProduct.set(productId, (fixes = fixesFor(v, productId, facts.names)));
  return fixes;
}

const firmwareCache = new Map<string, IcsVersion | null>();
/** Inventories repeat firmware strings; parse each once. */
function parseFirmware(text: string): IcsVersion | null {
  let v = firmwareCache.get(text);
  if (v === undefined) {
    if (firmwareCache.size > 50_000) firmwareCache.clear();
    firmwareCache.set(text, (v = parseIcsVersion(text)));
  }
  return v;
}

function evidenceFor(
  v: AdvisoryVulnerability,
  cand: Candidate,
  firmware: IcsVersion | null,
  fixedVersions: readonly IcsVersion[],
  facts: AdvisoryFacts,
): Evidence | null {
  const status = facts.noStatusLists ? 'known_affected' : statusOf(v, cand.entry.product.productId, facts);
  if (!status) return null;
  const fixes = [...cachedFixes(v, cand.entry.product.productId, facts)];
  for (const f of fixedVersions) if (!fixes.some((x) => compareIcsVersions(x, f) === 0)) fixes.push(f);
  const { c, why, fixes: allFixes, inferred, unlisted } = containment(cand, firmware, fixes);
  const base = { cand, vuln: v, fixes: allFixes };
  if (AFFECTED.includes(status)) {
    if (c === 'in') return { ...base, kind: 'affected', why };
    if (c === 'unknown') return { ...base, kind: unlisted ? 'unlisted' : 'open', why };
    return { ...base, kind: 'outside', why };
  }
  if (NOT_AFFECTED.includes(status)) {
    // A fixed / not-affected row speaks only for the versions it lists, never by inference.
    if (c === 'in' && !inferred)
      return { ...base, kind: 'not-affected', why: `${why}; the advisory marks it ${status.replace(/_/g, ' ')}` };
    return null;
  }
  return c === 'out' ? null : { ...base, kind: 'open', why: `${why}; the advisory says ${status.replace(/_/g, ' ')}` };
}

const cveOf = (v: AdvisoryVulnerability): string => v.cve ?? v.ids[0] ?? v.title ?? 'unnamed vulnerability';

function maxScore(vulns: readonly AdvisoryVulnerability[], ids: ReadonlySet<string>, pick: 'v3' | 'v4'): number | null {
  let max: number | null = null;
  for (const v of vulns) {
    if (pick === 'v4') {
      if (v.cvssV4 && (max === null || v.cvssV4.baseScore > max)) max = v.cvssV4.baseScore;
      continue;
    }
    for (const s of v.scores) {
      if (!s.cvssV3 || !s.productIds.some((p) => ids.has(p))) continue;
      if (max === null || s.cvssV3.baseScore > max) max = s.cvssV3.baseScore;
    }
  }
  return max;
}

/** The verdict of one advisory for one asset, from the advisory's products that name the asset. */
export function judgeAdvisory(
  advisory: Advisory,
  candidates: readonly Candidate[],
  firmwareText: string | null,
): AdvisoryVerdict {
  const firmware = firmwareText?.trim() ? parseFirmware(firmwareText.trim()) : null;
  const firmwareUnreadable = !!firmwareText?.trim() && !firmware;
  // The most specific products win (order number, more name tokens, a release line).
  const top = Math.max(...candidates.map((c) => c.score));
  const kept = candidates.filter((c) => c.score === top);
  const facts = factsOf(advisory);
  const { noStatusLists } = facts;

  const evidence: Evidence[] = [];
  for (const v of advisory.vulnerabilities) {
    // Exact versions listed as fixed for the same product (Mobotix lists firmware × hardware both
    // ways) are the fixes against which an unlisted version is judged.
    const fixedVersions: IcsVersion[] = [];
    for (const c of kept) {
      const st = statusOf(v, c.entry.product.productId, facts);
      if (
        st &&
        st !== 'known_not_affected' &&
        NOT_AFFECTED.includes(st) &&
        c.entry.exact &&
        c.entry.spec?.kind === 'set'
      )
        fixedVersions.push(...c.entry.spec.exact);
    }
    for (const c of kept) {
      const e = evidenceFor(v, c, firmware, fixedVersions, facts);
      if (e) evidence.push(e);
    }
  }
  const perVuln = new Map<AdvisoryVulnerability, { verdict: Verdict; ev: Evidence }>();
  for (const v of advisory.vulnerabilities) {
    const ev = evidence.filter((e) => e.vuln === v);
    const pick = (k: Evidence['kind']) => ev.find((e) => e.kind === k);
    const notAffected = pick('not-affected');
    const affected = pick('affected');
    const open = pick('open');
    const outside = pick('outside');
    const unlisted = pick('unlisted');
    // Precedence: explicit not-affected/fixed rows, then affected, then open questions; a range that
    // puts the version outside answers what an exact-version row that merely omits it cannot.
    if (notAffected) perVuln.set(v, { verdict: 'not-affected', ev: notAffected });
    else if (affected) perVuln.set(v, { verdict: 'affected', ev: affected });
    else if (open) perVuln.set(v, { verdict: 'review', ev: open });
    else if (outside) perVuln.set(v, { verdict: 'not-affected', ev: outside });
    else if (unlisted) perVuln.set(v, { verdict: 'review', ev: unlisted });
  }
  const results = [...perVuln.entries()];
  const verdict: Verdict = results.some(([, r]) => r.verdict === 'affected')
    ? 'affected'
    : results.some(([, r]) => r.verdict === 'review') || results.length === 0
      ? 'review'
      : 'not-affected';
  const decisive = results.filter(([, r]) => r.verdict === verdict);
  const relevant = (verdict === 'not-affected' ? results : decisive).map(([v]) => v);
  const productIds = [...new Set(kept.map((c) => c.entry.product.productId))];
  const idSet = new Set(productIds);
  const fixes: IcsVersion[] = [];
  for (const [, r] of decisive)
    for (const f of r.ev.fixes) if (!fixes.some((x) => compareIcsVersions(x, f) === 0)) fixes.push(f);
  const remediations = new Set<string>();
  for (const v of relevant)
    for (const r of v.remediations) if (r.productIds.some((p) => idSet.has(p))) remediations.add(r.category);

  const first = decisive[0]?.[1].ev;
  const matched = first ?? { cand: kept[0]! };
  const how =
    matched.cand.via === 'order-number'
      ? `order number fits "${matched.cand.entry.displayName}"`
      : `model matches "${matched.cand.entry.displayName}"`;
  const variant =
    matched.cand.variantUnknown.length > 0
      ? ` (variant not recorded on the asset: ${matched.cand.variantUnknown.join('; ')})`
      : '';
  const cves = decisive.map(([v]) => cveOf(v));
  const why =
    results.length === 0
      ? 'no vulnerability of the advisory lists this product with a status'
      : `${first?.why ?? ''}${firmwareUnreadable ? ` (firmware "${firmwareText}" is not a version C-981 can read)` : ''}`;
  const verdictText = verdict === 'affected' ? 'affected' : verdict === 'review' ? 'needs review' : 'not affected';
  const noStatus = noStatusLists ? ' The advisory has no status lists; the listed versions are read as affected.' : '';
  return {
    id: advisory.trackingId,
    advisoryKey: advisory.key,
    title: advisory.title,
    verdict,
    productIds,
    products: [...new Set(kept.map((c) => c.entry.product.fullName))],
    cves: [...new Set(verdict === 'not-affected' ? relevant.map(cveOf) : cves)],
    maxCvssV3: maxScore(relevant, idSet, 'v3'),
    maxCvssV4: maxScore(relevant, idSet, 'v4'),
    remediations: [...remediations].sort(),
    fixedIn: fixes.sort(compareIcsVersions).map((f) => f.raw),
    reason: `${how}${variant}; ${why} → ${verdictText}${cves.length > 0 && verdict !== 'not-affected' ? ` (${cves.slice(0, 5).join(', ')}${cves.length > 5 ? ', …' : ''})` : ''}.${noStatus}`,
  };
}
