// Version information hidden in product names and remediation prose. CISA often repeats (or only
// writes) the affected range in the product name, Siemens puts the release line at the end of the
// name ("SIMATIC NET PC Software V14"), and the fixed version is usually only in free text.

import { compareIcsVersions, parseIcsVersion, type IcsVersion } from './ics-version.js';
import { parseVersionSpec, type VersionSpec } from './version-spec.js';

/** CISA often writes the range into the product name: "Digi ConnectPort TS 8/16: < 2.26.2.4", "OPCFoundation/UA-LDS-Installers <1.04.420", "Siemens TIA Multiuser Server V15: All versions < V15.1 Update 8". */
export function splitNameAndRange(name: string): { name: string; spec: VersionSpec | null } {
  const full = typeof name === 'string' ? name.trim() : '';
  if (full.length > 1000) return { name: full, spec: null };
  // "Name: range" — try the last colon first ("CNCSoft: Running ScreenEditor: All versions …").
  for (let at = full.lastIndexOf(': '); at > 0; at = full.lastIndexOf(': ', at - 1)) {
    const spec = parseVersionSpec(full.slice(at + 2));
    if (spec.kind !== 'unparsed') return { name: full.slice(0, at).trim(), spec };
  }
  // "Name <1.04.420" / "Name >= 3.5.17.0": a comparator after a space starts the range.
  const cmp = /\s(?=(?:<=?|>=?)\s*[vV]?\d)/u.exec(full);
  if (cmp) {
    const spec = parseVersionSpec(full.slice(cmp.index + 1));
    if (spec.kind !== 'unparsed') return { name: full.slice(0, cmp.index).trim(), spec };
  }
  return { name: full, spec: null };
}

/** A release line or generation written at the end of a product name: "SIMATIC NET PC Software V14" → { base: "SIMATIC NET PC Software", line: V14 }; "TIA Project-Server V16" → line V16; returns line null when there is none. Do not treat model numbers as lines ("S7-1500", "CP 1242-7", "RM1224", "Logo! 8" → line null except explicit V-prefixed tokens at the end). */
export function splitProductLine(name: string): { base: string; line: IcsVersion | null } {
  const full = typeof name === 'string' ? name.trim() : '';
  // Only an explicit V token at the very end: bare numbers in names are models or generations,
  // and "CP 1242-7 V2 (6GK7…)" is a hardware generation followed by an order number.
  const m = full.length > 1000 ? null : /^(.*\S)\s+([vV]\d+(?:\.\d+)*)$/u.exec(full);
  if (!m) return { base: full, line: null };
  return { base: m[1]!, line: parseIcsVersion(m[2]!) };
}

// Words after which a dotted number is a protocol or standard, not a product version.
const NOT_A_PRODUCT =
  /\b(?:tls|ssl|sslv|http|https|snmp|snmpv|ipv|iec|iso|nist|section|chapter|step|table|cvss|cwe|rfc|rev|revision|ip|address)\s*v?$/iu;

/** Versions named in remediation prose: "Update to V1.1 or later version", "Fixed in firmware version 2.26.2.4", "Update to versions V32.016, V33.015, V34.014,V35.011 and later." → the list of versions. Empty when none. Do not pick up CVE ids, years in dates, URLs, or model numbers. */
export function versionsInFixText(text: string): IcsVersion[] {
  if (typeof text !== 'string' || text === '') return [];
  const cleaned = text
    .slice(0, 20000)
    .replace(/\b(?:https?|ftp):\/\/\S+|<[^>\s]*>|\bwww\.\S+/giu, ' ')
    .replace(/\bCVE-\d{4}-\d+\b/giu, ' ')
    // Dotted dates: 24.08.2021, 2021.08.24.
    .replace(/\b(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})\b/gu, ' ')
    // "ICS Cyber Security Reference Architecture Guide, 8VZZ000…", "IEC 62443-3-3": identifiers.
    .replace(/(?<![.\w])[\w-]*\d[\w-]*-[\w-]+\b/gu, (m) => (/^[vV]\d/u.test(m) ? m : ' '));
  const out: IcsVersion[] = [];
  // A V-prefixed version with optional qualifiers, or a bare number with at least one dot.
  const qual = String.raw`(?:[ _]?(?:SP|Update|Upd|HF|Hotfix|P|R)[ _]?\d+)*`;
  const re = new RegExp(
    String.raw`(?<![\w.])(?:[vV]\d+(?:\.\d+)*${qual}|\d+(?:\.\d+)+(?:-\d+)?${qual})(?![\w.]*\d)(?!\.\w)`,
    'gu',
  );
  for (const m of cleaned.matchAll(re)) {
    const before = cleaned.slice(Math.max(0, m.index - 12), m.index);
    if (NOT_A_PRODUCT.test(before)) continue;
    const v = parseIcsVersion(m[0].replace(/\s+/gu, ' '));
    if (v && !out.some((o) => o.raw === v.raw)) out.push(v);
  }
  return out;
}

/** Per-branch fixes: given fixes [V32.016, V33.015, V34.014, V35.011], is `version` at/above the fix of its own branch (same major)? Versions below every branch's major → false (not fixed); above the highest fix → true. Returns 'fixed' | 'not-fixed' | 'unknown'. */
export function fixedOnOwnBranch(version: IcsVersion, fixes: readonly IcsVersion[]): 'fixed' | 'not-fixed' | 'unknown' {
  if (fixes.length === 0) return 'unknown';
  const sorted = [...fixes].sort(compareIcsVersions);
  const major = (v: IcsVersion) => (typeof v.parts[0] === 'number' ? v.parts[0] : NaN);
  const own = sorted.filter((f) => major(f) === major(version));
  const verdict = (fix: IcsVersion) => (compareIcsVersions(version, fix) >= 0 ? 'fixed' : 'not-fixed');
  if (own.length === 1) return verdict(own[0]!);
  if (own.length > 1) {
    // Several fixes in one major (V4.93 HF7, V4.94 HF5): the branch is major.minor.
    const minor = (v: IcsVersion) => (typeof v.parts[1] === 'number' ? v.parts[1] : 0);
    const same = own.filter((f) => minor(f) === minor(version));
    if (same.length === 1) return verdict(same[0]!);
    if (compareIcsVersions(version, own[own.length - 1]!) >= 0) return 'fixed';
    if (compareIcsVersions(version, own[0]!) < 0) return 'not-fixed';
    return 'unknown';
  }
  if (compareIcsVersions(version, sorted[0]!) < 0) return 'not-fixed';
  if (major(version) > major(sorted[sorted.length - 1]!)) return 'fixed';
  // A major between branches that has no fix of its own: the text does not say.
  return 'unknown';
}
