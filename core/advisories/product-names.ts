// Product names and order numbers as advisories and inventories write them (issue #10 item 2).
// A product name becomes the tokens an asset must show, the optional words (brand, vendor,
// filler), variant groups from parentheses ("(EU)", "(Annex A)", "(CP300)") that narrow it
// when the asset says which variant it is, alternatives ("KTP400F, KTP700 and KTP900"), hardware
// series ("Series A/B/C") and order numbers in parentheses. Matching is on whole tokens, so
// "X204-2" never matches "X204-2LD" and "MyPerformance" never matches "MyPerformance /OEE-Monitor".
import { vendorWords } from './vendor-names.js';
import { repairMojibake } from './vendor-names.js';

/** Words that name a product's packaging, not the product. */
const FILLER = new Set([
  'family',
  'families',
  'firmware',
  'fw',
  'product',
  'products',
  'device',
  'devices',
  'all',
  'variant',
  'variants',
  'incl',
  'including',
  'and',
  'or',
  'with',
  'for',
  'the',
  'of',
  'version',
  'versions',
  'related',
  'model',
  'models',
  'type',
  'types',
  'unit',
  'units',
  'module',
  'modules',
  'system',
  'systems',
  'solution',
  'solutions',
  'on',
  'in',
  'series',
  'serie',
  'familie',
]);

/** Brand prefixes that inventories often leave out ("S7-1500" for "SIMATIC S7-1500"). */
const BRANDS = new Set([
  'simatic',
  'siplus',
  'sysmac',
  'ecostruxure',
  'powerlogic',
  'modicon',
  'allen',
  'bradley',
  'rockwell',
]);

/**
 * Words that say what kind of thing a product is: inventories often leave them out ("S7-1500" for
 * "S7-1500 CPU family"), so they are optional when a model code remains to identify the product.
 */
const GENERIC = new Set([
  'cpu',
  'controller',
  'plc',
  'switch',
  'router',
  'gateway',
  'panel',
  'relay',
  'drive',
  'server',
  'software',
  'station',
  'processor',
  'adapter',
  'interface',
  'card',
  'appliance',
  'hardware',
  'ethernet',
]);

export interface ProductName {
  /** Tokens the asset must show (in its model or order number). */
  readonly required: readonly string[];
  /**
   * Kind words ("CPU", "Software Controller") beside a model code: an asset may leave them out, but
   * a product whose kind words the asset shows is the more specific match ("S7-1500 CPU family" over
   * "S7-1500 Software Controller" for a CPU).
   */
  readonly soft: readonly string[];
  /** At least one token of each group must appear (a list of sibling models). */
  readonly alternatives: readonly (readonly string[])[];
  /** Parenthesised qualifiers; when the asset names none of a group's tokens the variant is unknown. */
  readonly variants: readonly (readonly string[])[];
  /** Hardware series letters ("Series A/B/C" → a, b, c). */
  readonly series: readonly string[];
  /** Order-number patterns written in the name (wildcards `?`, `*`). */
  readonly orderNumbers: readonly string[];
  /** The name says "series" or "family": a short letter code ("NJ") also names its models ("NJ501-1300"). */
  readonly family: boolean;
}

const MODEL_LIKE = /\d/;

/** Lower-case, diacritics off, singular; keeps inner hyphens and dots ("s7-1500", "cp 1242-7"). */
export function normToken(t: string): string {
  let s = t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[-.'"!]+|[-.'"!]+$/g, '');
  if (s.length > 4 && !MODEL_LIKE.test(s) && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s;
}

export function tokensOf(text: string): string[] {
  return repairMojibake(text)
    .split(/[\s,;:/"&+()[\]|®™]+/)
    .map(normToken)
    .filter((t) => t !== '' && t !== '-');
}

/** An order number as a comparable key: upper case, no spaces ("6GK6 108-4AM00" = "6GK6108-4AM00"). */
export const orderKey = (s: string): string => s.toUpperCase().replace(/\s+/g, '');

const ORDER_NUMBER = /^(?=.*\d)[0-9A-Z]{2,}[-0-9A-Z.?*…xz]*$/;
/** Order numbers look like 6GK6108-4AM00-2BA2, 1756-L8z, 2700988, BMEP* — digits, capitals, few words. */
export function looksLikeOrderNumber(s: string): boolean {
  const t = s.trim();
  // "CP300" or "RM1224" are model names; order numbers are longer or hyphenated catalogue strings.
  const digits = t.replace(/\D/g, '').length;
  return (t.length >= 7 || t.includes('-')) && !/\s/.test(t) && ORDER_NUMBER.test(t) && digits >= 3;
}

const patternCache = new Map<string, RegExp | null>();

/** An order-number pattern as a regular expression (null when it has no wildcard), compiled once. */
function patternRegExp(pattern: string): RegExp | null {
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  let compiled: RegExp | null = null;
  if (/[?*.…]|[a-z]$/.test(pattern.trim())) {
    let re = '';
    for (const ch of pattern.trim().replace(/\s+/g, '')) {
      if (ch === '?' || ch === '.') re += '.';
      else if (ch === '…') re += '...';
      else if (ch === '*') re += '.*';
      else if (ch === 'z' || ch === 'x') re += '.*';
      else re += ch.toUpperCase().replace(/[\\^$+()[\]{}|-]/g, '\\$&');
    }
    compiled = new RegExp(`^${re}$`);
  }
  if (patternCache.size > 50_000) patternCache.clear();
  patternCache.set(pattern, compiled);
  return compiled;
}

/**
 * Does an asset's order number fit a pattern from an advisory? `?` and `.` stand for one character,
 * `…` for three (Siemens MLFB masks such as `6SR32..-…..-….`), `*` and a trailing lower-case `z`/`x`
 * for any run (Rockwell's "1756-L8z" family notation).
 */
export function orderNumberFits(pattern: string, orderNumber: string): boolean {
  const p = orderKey(pattern);
  const o = orderKey(orderNumber);
  if (p === o) return true;
  // SKUs written with their publisher ("OPCFoundation/UA-LDS-Installers") fit the bare name.
  if (p.includes('/') && p.slice(p.lastIndexOf('/') + 1) === o) return true;
  const re = patternRegExp(pattern);
  return re !== null && re.test(o);
}

const NOISE_PAREN = /^(incl|including|excl|excluding|all|see|only|formerly|previously|also|part of)\b/i;
const PART_NUMBERS = /part numbers?\s+(.+)/i;

/** Parse an advisory product name (without its version text) into what an asset must show. */
export function parseProductName(name: string, vendorKeys: readonly string[]): ProductName {
  const vendorSet = new Set(vendorKeys.flatMap((k) => vendorWords(k)));
  const variants: string[][] = [];
  const orderNumbers: string[] = [];
  const series: string[] = [];
  // Parenthesised groups: noise, order numbers, or variants.
  const main = repairMojibake(name).replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    const text = inner.trim();
    const parts = PART_NUMBERS.exec(text);
    if (parts) {
      for (const p of parts[1]!.split(/\s*(?:,|\band\b|\bor\b)\s*/)) if (p.trim()) orderNumbers.push(p.trim());
    } else if (NOISE_PAREN.test(text) || text === '') {
      // "(incl. SIPLUS variants)" says nothing about which asset it is.
    } else if (looksLikeOrderNumber(text)) {
      orderNumbers.push(text);
    } else {
      const toks = tokensOf(text).filter((t) => !FILLER.has(t));
      if (toks.length > 0) variants.push(toks);
    }
    return ' ';
  });
  // "Series A/B/C" anywhere in the name.
  const withoutSeries = main.replace(/\bseries\s+([A-Z](?:\s*\/\s*[A-Z])*)\b/gi, (_m, letters: string) => {
    for (const l of letters.split('/')) series.push(l.trim().toLowerCase());
    return ' ';
  });
  // Comma / "and" lists of sibling models: "KTP400F, KTP700, KTP700F, KTP900 and KTP900F".
  const segments = withoutSeries.split(/\s*,\s*/);
  const alternatives: string[][] = [];
  let head = segments[0] ?? '';
  if (segments.length > 1) {
    const rest = segments.slice(1).flatMap((s) => s.split(/\s+(?:and|or)\s+/i));
    const restTokens = rest.map((s) => tokensOf(s));
    if (restTokens.every((ts) => ts.length === 1 && MODEL_LIKE.test(ts[0]!))) {
      const headTokens = tokensOf(head);
      const last = headTokens[headTokens.length - 1];
      if (last && MODEL_LIKE.test(last)) {
        alternatives.push([last, ...restTokens.map((ts) => ts[0]!)]);
        head = headTokens.slice(0, -1).join(' ');
      }
    } else {
      // "1756-EN2T, Series A/B/C" left nothing; other comma text narrows the product like a variant.
      for (const ts of restTokens) {
        const v = ts.filter((t) => !FILLER.has(t));
        if (v.length > 0) variants.push(v);
      }
    }
  } else {
    const m = /^(.*?\s)?(\S+)\s+(?:and|or)\s+(\S+)$/i.exec(head);
    if (m && MODEL_LIKE.test(m[2]!) && MODEL_LIKE.test(m[3]!)) {
      alternatives.push([normToken(m[2]!), normToken(m[3]!)]);
      head = m[1] ?? '';
    }
  }
  // "NJ/NX", "CP1E/CP1H", "TS 8/16": either side names the product.
  const headWords = repairMojibake(head).split(/\s+/);
  const kept: string[] = [];
  for (const w of headWords) {
    const sides = w
      .split('/')
      .map(normToken)
      .filter((t) => t !== '');
    if (sides.length > 1 && sides.every((t) => t.length <= 8)) alternatives.push(sides);
    else kept.push(w);
  }
  let required = tokensOf(kept.join(' ')).filter((t) => !FILLER.has(t) && !BRANDS.has(t) && !vendorSet.has(t));
  let soft: string[] = [];
  if (required.some((t) => MODEL_LIKE.test(t) && !GENERIC.has(t))) {
    soft = required.filter((t) => GENERIC.has(t));
    required = required.filter((t) => !GENERIC.has(t));
  }
  return {
    required: [...new Set(required)],
    soft: [...new Set(soft)],
    alternatives,
    variants,
    series: [...new Set(series)],
    orderNumbers,
    family: /\b(series|family|families)\b/i.test(name),
  };
}

/** What an asset shows: tokens of its model and order number, plus joined neighbours ("S7 1500" → "s71500"). */
export interface AssetTokens {
  readonly tokens: ReadonlySet<string>;
  readonly series: readonly string[];
}

const compact = (t: string): string => t.replace(/[-.]/g, '');

export function assetTokens(model: string, orderNumber: string | null): AssetTokens {
  const series: string[] = [];
  const text = `${model} ${orderNumber ?? ''}`.replace(/\bseries\s+([A-Z](?:\s*\/\s*[A-Z])*)\b/gi, (_m, l: string) => {
    for (const x of l.split('/')) series.push(x.trim().toLowerCase());
    return ' ';
  });
  const toks = tokensOf(text);
  const set = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    set.add(toks[i]!);
    set.add(compact(toks[i]!));
    // A catalogue number starts with its model: "CP1L-EL20DT-D" is a CP1L.
    const head = /^([a-z0-9]+)-/.exec(toks[i]!)?.[1];
    if (head && /[a-z]/.test(head) && /\d/.test(head)) set.add(head);
    // Joined neighbours let "S7 1500" meet "S7-1500" and "CP 1242-7" meet "CP1242-7".
    if (i + 1 < toks.length) set.add(compact(toks[i]! + toks[i + 1]!));
    if (i + 2 < toks.length) set.add(compact(toks[i]! + toks[i + 1]! + toks[i + 2]!));
  }
  return { tokens: set, series };
}

export const hasToken = (a: AssetTokens, t: string): boolean => a.tokens.has(t) || a.tokens.has(compact(t));

/** A family code ("nj", "cp1e") names a model that starts with it and continues with digits ("nj501-1300"). */
function hasFamilyMember(a: AssetTokens, t: string): boolean {
  if (!/^[a-z][a-z0-9]{0,4}$/.test(t)) return false;
  for (const x of a.tokens) if (x.length > t.length && x.startsWith(t) && /\d/.test(x[t.length]!)) return true;
  return false;
}

export type NameFit = { fits: false } | { fits: true; score: number; variantUnknown: readonly string[] };

/** Does an asset show a product? Score = tokens matched (more specific names win). */
const NO_FIT: NameFit = { fits: false };

function shows(p: ProductName, a: AssetTokens, t: string): boolean {
  return hasToken(a, t) || (p.family && hasFamilyMember(a, t));
}

function showsAny(p: ProductName, a: AssetTokens, group: readonly string[]): boolean {
  for (const t of group) if (shows(p, a, t)) return true;
  return false;
}

// Called for every candidate of every asset: plain loops, no closures.
export function nameFits(p: ProductName, a: AssetTokens): NameFit {
  if (p.required.length === 0 && p.alternatives.length === 0) return NO_FIT;
  for (const t of p.required) if (!shows(p, a, t)) return NO_FIT;
  for (const g of p.alternatives) if (!showsAny(p, a, g)) return NO_FIT;
  const unknown: string[] = [];
  let score = p.required.length + p.alternatives.length;
  for (const t of p.soft) score += hasToken(a, t) ? 0.5 : -0.5;
  for (const g of p.variants) {
    let seen = 0;
    for (const t of g) if (hasToken(a, t)) seen++;
    if (seen === g.length) score += 1;
    else unknown.push(g.join(' '));
  }
  if (p.series.length > 0) {
    if (a.series.length === 0) unknown.push(`series ${p.series.join('/').toUpperCase()}`);
    else if (!a.series.some((s) => p.series.includes(s))) return { fits: false };
    else score += 1;
  }
  return { fits: true, score, variantUnknown: unknown };
}
