// ICS firmware/software version strings as vendors write them in advisories and asset inventories
// (Siemens "V14 SP1 Update 14", Honeywell "R511.5_TCU4_HF4", AVEVA "2020 R2 P01", Mitsubishi "1.04E"),
// parsed into one normalised tuple so a single comparator orders all of them consistently.
//
// Encoding of `parts` (documented here because other modules read it):
//   1. the release: the leading dot-separated numbers, as written (`V02.00.12` → 2, 0, 12). A
//      segment may be `Infinity` only in bounds built from wildcards (`2.x`) by version-spec.ts.
//   2. then qualifier pairs: a string tag followed by a number, e.g. `V14 SP1 Update 14` →
//      [14, 'sp', 1, 'update', 14]. Tags are the canonical names in QUALIFIER_RANK below, plus
//      `letter` (a letter glued to a number, `1.04E` → 'letter', 5), `num` (a bare number after
//      the release, `2.11 R3 2259` → …, 'num', 2259), `pre:<word>` (alpha/beta/rc) and
//      `w:<word>` (an unknown word, kept so that distinct texts stay distinct).
//
// Comparison: releases segment-wise, missing trailing segments count as 0 (`V2 == V2.0`); then the
// qualifier lists lexicographically, each list ending in an implicit END of rank 0. Known
// qualifiers have positive ranks (so `V4.93 < V4.93 HF7`), pre-releases negative ones (so
// `1.2beta < 1.2`, the conservative direction for "< 1.2" ranges). Lexicographic order over
// END-terminated sequences of totally ordered tokens is itself a total order.

import { canonicalTag, compareTagged, qualifierRank } from './version-tokens.js';

/** A parsed ICS firmware/software version. */
export interface IcsVersion {
  /** As written. */
  readonly raw: string;
  /** Comparable segments, see the file comment. */
  readonly parts: readonly (number | string)[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Vendor prefixes in front of the first digit. Longest first so "SV" wins over "V" and "MX-V" over both.
const PREFIX = /^(?:versions?|firmware|revision|rev|fw|mx-v|sv|sr|rel|v|r)[\s._-]*(?=\d)/iu;

// Multi-word qualifiers become one keyword before tokenising.
const PHRASES: readonly [RegExp, string][] = [
  [/service[\s_-]*pack/giu, ' sp '],
  [/feature[\s_-]*pack/giu, ' fp '],
  [/hot[\s_-]*fix/giu, ' hf '],
];

function parseDate(s: string): number[] | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  // "November 11, 2017" / "November 11 2017" (CISA, icsa-18-116-02).
  const us = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/iu.exec(s);
  if (us) {
    const month = MONTHS.indexOf(us[1]!.toLowerCase());
    if (month >= 0) return [Number(us[3]), month + 1, Number(us[2])];
  }
  return null;
}

// Absurdly long digit runs saturate instead of losing precision in arbitrary ways.
const safeNumber = (digits: string): number => Math.min(Number(digits), Number.MAX_SAFE_INTEGER);

function tokenize(rest: string): (number | string)[] {
  let text = rest.toLowerCase();
  for (const [re, keyword] of PHRASES) text = text.replace(re, keyword);
  const out: (number | string)[] = [];
  // Tokens: digit runs, letter runs, or one separator character.
  const tokens = text.match(/\d+|[a-z]+|[^a-z\d]/gu) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\d/u.test(t)) {
      out.push('num', safeNumber(t));
      continue;
    }
    if (!/^[a-z]/u.test(t)) continue; // separators: space _ . - ( ) , / +
    // The release always ends in a digit, so the first token is glued to it.
    const glued = i === 0 || /^\d/u.test(tokens[i - 1]!);
    // "Update 14", "Update_2", "SP-1": the qualifier's number may follow after a separator.
    let j = i + 1;
    while (j < tokens.length && /^[\s_-]$/u.test(tokens[j]!)) j++;
    const next = tokens[j];
    const numberFollows = next !== undefined && /^\d/u.test(next);
    const rank = qualifierRank(t);
    // A single letter stuck to a number is a minor step (`1.04E`), unless it is a qualifier
    // followed by its own number (`2.11R3` → r 3, like `2.11 R3`).
    if (glued && t.length === 1 && !(rank !== undefined && numberFollows)) {
      out.push('letter', t.charCodeAt(0) - 96);
      continue;
    }
    if (rank !== undefined) {
      const tag = canonicalTag(t);
      if (numberFollows) {
        out.push(tag, safeNumber(next));
        i = j;
      } else out.push(tag, 0);
      continue;
    }
    if (/^(?:alpha|beta|rc|pre|dev)$/u.test(t)) {
      const n = numberFollows ? safeNumber(next) : 0;
      if (numberFollows) i = j;
      out.push(`pre:${t}`, n);
      continue;
    }
    out.push(`w:${t}`, 0);
  }
  return out;
}

/** Parses a version as written in an advisory or inventory; null when nothing version-like. */
export function parseIcsVersion(text: string): IcsVersion | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const raw = text.trim();
  if (raw === '') return null;
  const date = parseDate(raw);
  if (date) return { raw, parts: date };
  const body = raw.replace(PREFIX, '');
  const release = /^\d+(?:\.\d+)*/u.exec(body);
  if (!release) return null;
  const parts: (number | string)[] = release[0].split('.').map(Number);
  if (parts.some((p) => !Number.isSafeInteger(p))) return null;
  return { raw, parts: [...parts, ...tokenize(body.slice(release[0].length))] };
}

function split(v: IcsVersion): { release: number[]; quals: (number | string)[] } {
  const release: number[] = [];
  let i = 0;
  while (i < v.parts.length && typeof v.parts[i] === 'number') release.push(v.parts[i++] as number);
  return { release, quals: v.parts.slice(i) };
}

/** Total order over parsed versions: <0, 0, >0. */
export function compareIcsVersions(a: IcsVersion, b: IcsVersion): number {
  const x = split(a);
  const y = split(b);
  const n = Math.max(x.release.length, y.release.length);
  for (let i = 0; i < n; i++) {
    const p = x.release[i] ?? 0;
    const q = y.release[i] ?? 0;
    if (p !== q) return p < q ? -1 : 1;
  }
  return compareTagged(x.quals, y.quals);
}

/** True when `version` lies on the release line `line` (V15.1 Update 4 lies on V15 and on V15.1; 2.06.10 on 2.06). */
export function isOnLine(version: IcsVersion, line: IcsVersion): boolean {
  const v = split(version);
  const l = split(line);
  if (l.release.length === 0) return false;
  for (let i = 0; i < l.release.length; i++) if ((v.release[i] ?? 0) !== l.release[i]) return false;
  // A line with qualifiers ("V14 SP1") holds only versions that start with the same qualifiers.
  for (let i = 0; i < l.quals.length; i++) if (v.quals[i] !== l.quals[i]) return false;
  return true;
}

/** True when the version carries words the parser does not know (a person should look at it). */
export function hasUnknownWords(version: IcsVersion): boolean {
  return version.parts.some((p) => typeof p === 'string' && p.startsWith('w:'));
}

/**
 * True when `version` is `base` with more qualifiers appended (`2020 R2 P01` refines `2020` and
 * `2020 R2`; `V4.93 HF7` refines `V4.93`), i.e. a build of the same release that a vendor writing
 * just `base` may well have meant to include.
 */
export function isRefinementOf(version: IcsVersion, base: IcsVersion): boolean {
  const v = split(version);
  const b = split(base);
  const n = Math.max(v.release.length, b.release.length);
  for (let i = 0; i < n; i++) if ((v.release[i] ?? 0) !== (b.release[i] ?? 0)) return false;
  if (v.quals.length <= b.quals.length) return false;
  for (let i = 0; i < b.quals.length; i++) if (v.quals[i] !== b.quals[i]) return false;
  return true;
}
