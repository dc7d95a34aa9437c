// The package-url "vers" range notation (github.com/package-url/vers-spec), which CSAF 2.0 §3.1.2.3.2
// requires for product_version_range names: a strict canonical parser (messages as in the spec's
// conformance fixtures), the spec's containment algorithm, and the intdot and datetime comparators.

import { compareIcsVersions, parseIcsVersion } from './ics-version.js';

export type VersComparator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export interface VersRange {
  scheme: string;
  constraints: readonly { comparator: VersComparator | '*'; version: string }[];
}
export type VersParse = { ok: true; range: VersRange } | { ok: false; message: string };

const fail = (what: string): VersParse => ({ ok: false, message: `non-canonical VERS: ${what}` });

/** intdot: dot-separated non-negative integers; everything from the first other character is ignored. */
export function compareIntdot(a: string, b: string): number {
  const seg = (s: string) => (/^[\d.]*/u.exec(s)?.[0] ?? '').split('.').map((p) => p.replace(/^0+/u, ''));
  const x = seg(a);
  const y = seg(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    // Compared as digit strings (length first) so that segments beyond 2^53 stay exact.
    const p = x[i] ?? '';
    const q = y[i] ?? '';
    if (p.length !== q.length) return p.length < q.length ? -1 : 1;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/u;

function instant(s: string): { seconds: number; fraction: string } | null {
  const m = RFC3339.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60;
  }
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  return { seconds: ms / 1000 - offset, fraction: (frac ?? '').replace(/0+$/u, '') };
}

/** datetime: RFC 3339 timestamps ordered by UTC instant (fractions compared digit by digit). */
export function compareDatetime(a: string, b: string): number {
  const x = instant(a);
  const y = instant(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  if (x.seconds !== y.seconds) return x.seconds < y.seconds ? -1 : 1;
  const n = Math.max(x.fraction.length, y.fraction.length);
  const p = x.fraction.padEnd(n, '0');
  const q = y.fraction.padEnd(n, '0');
  return p < q ? -1 : p > q ? 1 : 0;
}

/** A comparator for a vers scheme: the spec's ones where we have them, else the ICS comparator. */
export function versComparatorFor(scheme: string): (a: string, b: string) => number {
  if (scheme === 'intdot') return compareIntdot;
  if (scheme === 'datetime') return compareDatetime;
  return (a, b) => {
    const x = parseIcsVersion(a);
    const y = parseIcsVersion(b);
    if (x && y) return compareIcsVersions(x, y);
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

const COMPARATORS: readonly VersComparator[] = ['>=', '<=', '!=', '<', '>'];

function decodeVersion(scheme: string, encoded: string): string | { error: string } {
  if (/%(?![0-9A-Fa-f]{2})/u.test(encoded)) return { error: 'invalid percent-encoding in version' };
  if (/%(?:[0-9A-F][a-f]|[a-f][0-9A-Fa-f])/u.test(encoded))
    return { error: 'percent-encoding in version is not canonical' };
  if (scheme === 'datetime') {
    if (/%3A/u.test(encoded)) return { error: 'datetime time colons must be unencoded' };
    if (/[tz]/u.test(encoded)) return { error: 'datetime must use uppercase T and Z' };
  }
  try {
    return decodeURIComponent(encoded);
  } catch {
    return { error: 'invalid percent-encoding in version' };
  }
}

/** Strict canonical parser: rejects anything the spec's normalisation would change. */
export function parseVers(text: string): VersParse {
  if (typeof text !== 'string') return fail('not a string');
  // A version's spaces must be encoded as %20; any literal whitespace is an error.
  if (/\s/u.test(text)) return fail('whitespace is not permitted');
  if (!text.startsWith('vers:')) return fail('must start with "vers:"');
  const slash = text.indexOf('/');
  if (slash < 0) return fail('missing "/" after the versioning scheme');
  const scheme = text.slice(5, slash);
  if (!/^[a-z][a-z0-9.+-]*$/u.test(scheme)) return fail('versioning scheme must be lowercase ASCII');
  const body = text.slice(slash + 1);
  if (body === '') return fail('constraints are empty');
  if (body.startsWith('|')) return fail('leading pipe is not permitted');
  if (body.endsWith('|')) return fail('trailing pipe is not permitted');
  if (body.includes('||')) return fail('consecutive pipes are not permitted');
  if (body === '*') return { ok: true, range: { scheme, constraints: [{ comparator: '*', version: '' }] } };
  if (scheme === 'all' || scheme === 'none') return fail(`scheme ${scheme} permits only "*"`);
  const constraints: { comparator: VersComparator; version: string }[] = [];
  for (const item of body.split('|')) {
    if (item === '*') return fail('"*" must be the only constraint');
    // how-to-parse: equality is implicit; a leading "=" is an error, not something to normalise.
    if (item.startsWith('=')) return fail('the equality comparator must be implicit (no leading "=")');
    const comparator = COMPARATORS.find((c) => item.startsWith(c)) ?? '=';
    const encoded = item.startsWith(comparator) ? item.slice(comparator.length) : item;
    if (encoded === '') return fail('empty version');
    if (/^[<>=!]/u.test(encoded)) return fail(`unknown comparator in "${item}"`);
    const version = decodeVersion(scheme, encoded);
    if (typeof version !== 'string') return fail(version.error);
    constraints.push({ comparator, version });
  }
  const compare = versComparatorFor(scheme);
  for (let i = 1; i < constraints.length; i++) {
    const order = compare(constraints[i - 1]!.version, constraints[i]!.version);
    if (order > 0) return fail('constraints are not sorted by version');
    if (order === 0) return fail('versions are not unique');
  }
  // Redundant neighbours (ignoring "!=", which may appear anywhere): "<a|<b" or "=a|<b" repeat an
  // upper bound, ">a|>b" or ">a|b" a lower one.
  const bounds = constraints.filter((c) => c.comparator !== '!=').map((c) => c.comparator);
  for (let i = 1; i < bounds.length; i++) {
    const prev = bounds[i - 1]!;
    const cur = bounds[i]!;
    const prevUpperish = prev === '=' || prev === '<' || prev === '<=';
    if (
      (prevUpperish && (cur === '<' || cur === '<=')) ||
      ((prev === '>' || prev === '>=') && cur !== '<' && cur !== '<=')
    )
      return fail('invalid comparator sequence');
  }
  return { ok: true, range: { scheme, constraints } };
}

/**
 * The spec's containment algorithm (how-to-parse.md): equality first, then alternating lower/upper
 * bounds pairwise. Two cases the spec's pairwise loop leaves out are filled in the obvious way: a
 * single bound ("<1.1.13") is checked directly, and a range of only "!=" holds every other version.
 */
export function versContains(range: VersRange, version: string, compare: (a: string, b: string) => number): boolean {
  const cs = range.constraints;
  if (cs.some((c) => c.comparator === '*')) return true;
  for (const c of cs) {
    const eq = compare(version, c.version) === 0;
    if (eq && c.comparator === '=') return true;
    if (eq && c.comparator === '!=') return false;
    if (eq && (c.comparator === '<=' || c.comparator === '>=')) return true;
  }
  const bounds = cs.filter((c) => c.comparator !== '=' && c.comparator !== '!=');
  // Only "!=" constraints: every other version is in.
  if (bounds.length === 0) return cs.length > 0 && cs.every((c) => c.comparator === '!=');
  const below = (c: (typeof bounds)[number]) => {
    const o = compare(version, c.version);
    return c.comparator === '<' ? o < 0 : o <= 0;
  };
  const above = (c: (typeof bounds)[number]) => {
    const o = compare(version, c.version);
    return c.comparator === '>' ? o > 0 : o >= 0;
  };
  const isUpper = (c: (typeof bounds)[number]) => c.comparator === '<' || c.comparator === '<=';
  if (bounds.length === 1) return isUpper(bounds[0]!) ? below(bounds[0]!) : above(bounds[0]!);
  for (let i = 0; i < bounds.length - 1; i++) {
    const cur = bounds[i]!;
    const next = bounds[i + 1]!;
    if (i === 0 && isUpper(cur) && below(cur)) return true;
    if (i === bounds.length - 2 && !isUpper(next) && above(next)) return true;
    if (!isUpper(cur) && isUpper(next) && above(cur) && below(next)) return true;
  }
  return false;
}
