// What an advisory's version text means: every version, a union of intervals and exact versions, or
// "a person must read it". The reading is deliberately conservative: when a text could mean more
// than one thing we either take the widest reading or return `unparsed` (the matcher then says
// "review"); we never narrow a range so that an affected version would look not affected.

import { compareIcsVersions, hasUnknownWords, isOnLine, isRefinementOf, type IcsVersion } from './ics-version.js';
import { parseVers } from './vers.js';
import { parseFreeText, rangeFromConstraints, type TextConstraint } from './version-spec-text.js';

export interface Bound {
  version: IcsVersion;
  inclusive: boolean;
}
/** Missing bound = unbounded on that side. */
export interface Interval {
  lower?: Bound;
  upper?: Bound;
}
export type VersionSpec =
  | { kind: 'all'; text: string }
  | { kind: 'set'; text: string; intervals: readonly Interval[]; exact: readonly IcsVersion[] }
  | { kind: 'unparsed'; text: string; why: string };

export type Containment = 'in' | 'out' | 'unknown';

const ALL_VERSIONS = /^all[\s_]+versions?$/iu;

export function parseVersionSpec(text: string): VersionSpec {
  const raw = typeof text === 'string' ? text : '';
  const t = raw.trim();
  if (t === '') return { kind: 'unparsed', text: raw, why: 'empty version text' };
  if (t.length > 500) return { kind: 'unparsed', text: raw, why: 'version text too long to be a range' };
  if (t === '*' || ALL_VERSIONS.test(t)) return { kind: 'all', text: raw };
  let body = t;
  if (/^vers:/iu.test(t)) {
    const vers = parseVers(t);
    if (vers.ok) {
      const { scheme, constraints } = vers.range;
      if (constraints.some((c) => c.comparator === '*')) {
        return scheme === 'none' ? { kind: 'set', text: raw, intervals: [], exact: [] } : { kind: 'all', text: raw };
      }
      const cs: TextConstraint[] = constraints.map((c) => ({
        op: c.comparator === '*' ? '=' : c.comparator,
        term: c.version,
      }));
      return fromResult(raw, rangeFromConstraints(cs));
    }
    // Invalid vers is common (`vers:all/<V1.7`, 19 % of CISA ranges): read the constraints as vls.
    const slash = t.indexOf('/');
    if (slash < 0) return { kind: 'unparsed', text: raw, why: `invalid vers: ${vers.message}` };
    body = t.slice(slash + 1).trim();
    if (body === '*') return { kind: 'all', text: raw };
  }
  return fromResult(raw, parseFreeText(body));
}

function fromResult(raw: string, r: ReturnType<typeof parseFreeText>): VersionSpec {
  if ('why' in r) return { kind: 'unparsed', text: raw, why: r.why };
  if (r.all) return { kind: 'all', text: raw };
  return { kind: 'set', text: raw, intervals: r.intervals, exact: r.exact };
}

/**
 * Whether a version an advisory names as affected (exactly, or as an inclusive top) covers `version`,
 * read as widely as it may be meant: equal; or the same release with more qualifiers (AVEVA's
 * `<= 2020` row is titled "2020 R2 P01 and all prior versions"); or, for a bare major like Rockwell's
 * `V28`, the whole line (V28.011). Wider readings give false alarms, narrower ones missed findings.
 */
export function coversVersion(named: IcsVersion, version: IcsVersion): boolean {
  if (compareIcsVersions(version, named) === 0 || isRefinementOf(version, named)) return true;
  return named.parts.length === 1 && isOnLine(version, named);
}

export function intervalContains(interval: Interval, version: IcsVersion): boolean {
  if (interval.lower) {
    const o = compareIcsVersions(version, interval.lower.version);
    if (o < 0 || (o === 0 && !interval.lower.inclusive)) return false;
  }
  if (interval.upper) {
    const u = interval.upper;
    const o = compareIcsVersions(version, u.version);
    if (o === 0 && !u.inclusive) return false;
    if (o > 0 && !(u.inclusive && coversVersion(u.version, version))) return false;
  }
  return true;
}

/** Whether `version` is in the spec; unparsed specs (and odd versions that fall outside) → 'unknown'. */
export function specContains(spec: VersionSpec, version: IcsVersion): Containment {
  switch (spec.kind) {
    case 'all':
      return 'in';
    case 'unparsed':
      return 'unknown';
    case 'set': {
      if (spec.exact.some((e) => coversVersion(e, version))) return 'in';
      if (spec.intervals.some((i) => intervalContains(i, version))) return 'in';
      // A version with words we do not understand may sort anywhere: do not call it unaffected.
      return hasUnknownWords(version) ? 'unknown' : 'out';
    }
  }
}

function describeInterval(i: Interval): string {
  // A wildcard line ("R15x", "R210.X") is one interval whose bounds both carry the wildcard text.
  if (i.lower?.inclusive && i.upper?.inclusive && i.lower.version.raw === i.upper.version.raw)
    return i.lower.version.raw;
  const lower = i.lower ? `${i.lower.inclusive ? '>=' : '>'} ${i.lower.version.raw}` : '';
  const upper = i.upper ? `${i.upper.inclusive ? '<=' : '<'} ${i.upper.version.raw}` : '';
  if (lower && upper) return `${lower} and ${upper}`;
  return lower || upper || 'all versions';
}

/** Short human text for verdict reasons: "< V2.9.2", ">= 1.3 and <= 1.5", "V5.1 or >= V6". */
export function describeSpec(spec: VersionSpec): string {
  switch (spec.kind) {
    case 'all':
      return 'all versions';
    case 'unparsed':
      return `"${spec.text.trim()}" (not machine-readable: ${spec.why})`;
    case 'set': {
      const pieces = [...spec.exact.map((v) => v.raw), ...spec.intervals.map(describeInterval)];
      return pieces.length === 0 ? 'no versions' : pieces.join(' or ');
    }
  }
}

/** Upper bounds that act as "fixed in" (the lowest version outside each interval's top), for remediation text. */
export function fixedVersionsOf(spec: VersionSpec): IcsVersion[] {
  if (spec.kind !== 'set') return [];
  const out: IcsVersion[] = [];
  for (const i of spec.intervals) {
    // Only an exclusive top names the first fixed version; "<= 1.2" says nothing about the next one.
    const u = i.upper;
    if (!u || u.inclusive || u.version.parts.includes(Infinity)) continue;
    if (!out.some((v) => compareIcsVersions(v, u.version) === 0)) out.push(u.version);
  }
  return out.sort(compareIcsVersions);
}
