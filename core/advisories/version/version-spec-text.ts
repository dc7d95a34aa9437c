// Reads the "vers-like" and free-text ranges of real ICS advisories (CSAF 2.0 §3.1.2.3.2 vls plus
// what CISA actually writes, see corpus README §4) into intervals and exact versions.
// Anything we cannot read with certainty comes back as { why } so the caller reports "unparsed".

import { compareIcsVersions, hasUnknownWords, parseIcsVersion, type IcsVersion } from './ics-version.js';
import type { Interval } from './version-spec.js';

export type TextOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export interface TextConstraint {
  op: TextOp;
  term: string;
}
export type TextResult = { all: true } | { all: false; intervals: Interval[]; exact: IcsVersion[] } | { why: string };

type Term = { v: IcsVersion } | { lower: IcsVersion; upper: IcsVersion } | { why: string };

// Notes in brackets that widen the range: dropping them would narrow it, so we refuse instead.
const WIDENING_NOTE = /prior|earlier|later|subsequent|above|below|older|newer|before|after|and up|all versions/iu;
// Prose that is a condition on something else, not a version ("only when running on ROX II < V2").
const CONDITION = /\b(?:when|with|if|only|running|installed|unless|except|where)\b|_with_|_installed_/iu;

/**
 * A term with a trailing x wildcard. `2.x` / `R210.X` (segment wildcard) is the line: [2, 2.∞].
 * `R16x` (x glued to digits, Honeywell's R160…R169) is read as widely as both readings allow:
 * lower bound R16 (the segment reading, below R160), upper bound R169.∞ (the digit reading).
 * Infinity in `parts` sorts above every real segment, so `<= 2.x` means "<= 2.∞".
 */
function wildcard(term: string): Term | null {
  const m = /^(.*?\d)(\.?)[xX]$/u.exec(term);
  if (!m) return null;
  const base = parseIcsVersion(m[1]!);
  if (!base || base.parts.some((p) => typeof p !== 'number')) return { why: `unclear wildcard "${term}"` };
  const parts = base.parts as number[];
  const upper = m[2] ? [...parts, Infinity] : [...parts.slice(0, -1), parts[parts.length - 1]! * 10 + 9, Infinity];
  return { lower: { raw: term, parts }, upper: { raw: term, parts: upper } };
}

function readTerm(text: string): Term {
  const term = text.trim();
  if (term === '') return { why: 'missing version after comparator' };
  const wild = wildcard(term);
  if (wild) return wild;
  const v = parseIcsVersion(term);
  if (!v) return { why: `"${term}" is not a version` };
  if (hasUnknownWords(v)) return { why: `"${term}" mixes a version with words` };
  return { v };
}

const NORMALISE_OP: Readonly<Record<string, TextOp>> = {
  '=<': '<=',
  '=>': '>=',
  '==': '=',
};

/** Splits one clause into comparator/version pairs: ">= V02.00.12 < 02.00.18" → two constraints. */
function clauseConstraints(clause: string): TextConstraint[] | { why: string } {
  const out: TextConstraint[] = [];
  const re = /(>=|<=|=<|=>|!=|==|<|>|=)?\s*([^<>=!]+)/gu;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(clause)) !== null) {
    if (m.index !== consumed && clause.slice(consumed, m.index).trim() !== '')
      return { why: `unexpected "${clause.slice(consumed, m.index)}"` };
    consumed = m.index + m[0].length;
    const op = (NORMALISE_OP[m[1] ?? ''] ?? m[1] ?? '=') as TextOp;
    out.push({ op, term: m[2]!.trim() });
  }
  if (consumed !== clause.length || out.length === 0) return { why: `cannot read "${clause}"` };
  return out;
}

/**
 * Pairs constraints in written order the way vers does: a lower bound followed by an upper bound is
 * one interval; a lone upper bound starts at the bottom, a lone lower bound runs to the top. Two
 * lower (or two upper) bounds in a row have no single reading (`>= 1.0 | >= 2.4`): unparsed.
 */
export function rangeFromConstraints(cs: readonly TextConstraint[]): TextResult {
  const intervals: Interval[] = [];
  const exact: IcsVersion[] = [];
  let pending: IcsVersion | null = null;
  let pendingInclusive = true;
  let lastWasUpper = false;
  for (const c of cs) {
    const t = readTerm(c.term);
    if ('why' in t) return t;
    if (c.op === '!=') return { why: '"!=" (a hole in the range) is not supported' };
    if ('lower' in t) {
      if (c.op === '<' || c.op === '>') return { why: `"${c.op}" with the wildcard "${c.term}" is ambiguous` };
      if (c.op === '=') {
        // A wildcard "exact" version is its whole line.
        intervals.push({ lower: { version: t.lower, inclusive: true }, upper: { version: t.upper, inclusive: true } });
        continue;
      }
    }
    const lowerV = 'lower' in t ? t.lower : t.v;
    const upperV = 'lower' in t ? t.upper : t.v;
    if (c.op === '=') {
      exact.push(lowerV);
      continue;
    }
    if (c.op === '>' || c.op === '>=') {
      if (pending) return { why: 'two lower bounds in a row' };
      pending = lowerV;
      pendingInclusive = c.op === '>=';
      lastWasUpper = false;
      continue;
    }
    const upper = { version: upperV, inclusive: c.op === '<=' };
    if (pending) {
      if (compareIcsVersions(pending, upperV) > 0) return { why: 'the lower bound lies above the upper bound' };
      intervals.push({ lower: { version: pending, inclusive: pendingInclusive }, upper });
      pending = null;
    } else {
      if (lastWasUpper) return { why: 'two upper bounds in a row (per-branch fixes need the product rows)' };
      intervals.push({ upper });
    }
    lastWasUpper = true;
  }
  if (pending) intervals.push({ lower: { version: pending, inclusive: pendingInclusive } });
  return { all: false, intervals, exact };
}

/** Prose CISA puts in product names and some range fields, rewritten to comparators. */
function rewritePhrases(text: string): string {
  let t = text;
  let m: RegExpExecArray | null;
  if ((m = /^(?:all\s+)?versions?\s+prior\s+to\s+(?:versions?\s+)?(.+)$/iu.exec(t))) return `< ${m[1]}`;
  if (
    (m =
      /^(?:all\s+)?(?:versions?\s+)?(.+?)\s+(?:and|or)\s+(?:all\s+)?(?:prior|earlier|older)(?:\s+versions?)?$/iu.exec(
        t,
      ))
  )
    return `<= ${m[1]}`;
  if ((m = /^(?:versions?\s+)?(.+?)\s+(?:and|or)\s+(?:later|newer|above|higher)(?:\s+versions?)?$/iu.exec(t)))
    return `>= ${m[1]}`;
  // WAGO: ">FW19_up_to_and_including_FW26".
  if ((m = /^(>=?)?\s*(.+?)[\s_]+up[\s_]+to[\s_]+and[\s_]+including[\s_]+(.+)$/iu.exec(t)))
    return `${m[1] ?? '>='}${m[2]}|<=${m[3]}`;
  if ((m = /^(?:versions?\s+)?([^<>=|]+?)\s+(?:to|through|thru|though)\s+(?:versions?\s+)?([^<>=|]+)$/iu.exec(t)))
    return `>=${m[1]}|<=${m[2]}`;
  // AVEVA writes "3.0 and <" for "3.0 and all prior versions".
  if ((m = /^([^<>=|]+?)\s+and\s*<$/iu.exec(t))) return `<= ${m[1]}`;
  t = t.replace(/^all[\s_]+versions?[\s_]*(?=[<>=])/iu, '');
  return t;
}

/** Parses vls and free-text version ranges. */
export function parseFreeText(input: string): TextResult {
  let t = input.replace(/\s+/gu, ' ').trim();
  if (/^all[\s_]+versions?$/iu.test(t)) return { all: true };
  // "All_versions_with_installed_WebRH": a condition on something else, not a version.
  if (!/\d/u.test(t)) return { why: /^all[\s_]/iu.test(t) ? 'a condition, not a version range' : 'no version number' };
  // "All versions between V2.5 (including) and V2.7 (excluding)".
  const between = /^(?:all versions )?between (.+?) \((in|ex)cluding\) and (.+?) \((in|ex)cluding\)$/iu.exec(t);
  if (between) {
    const lo = between[2]!.toLowerCase() === 'in' ? '>=' : '>';
    const hi = between[4]!.toLowerCase() === 'in' ? '<=' : '<';
    return rangeFromConstraints([
      { op: lo, term: between[1]! },
      { op: hi, term: between[3]! },
    ]);
  }
  // Trailing notes: "<= 1.2 (for Trusted Controllers)", "< 1.49 (1.29 for NX7)". The note is kept in
  // the spec's text. "(1.29 for NX7)" is a lower fix for one model: the wider "< 1.49" covers it.
  let note: RegExpExecArray | null;
  while ((note = /\s\(([^()]*)\)$/u.exec(t)) !== null) {
    if (WIDENING_NOTE.test(note[1]!)) return { why: `the note "(${note[1]})" changes the range` };
    t = t.slice(0, note.index).trim();
  }
  t = rewritePhrases(t);
  if (CONDITION.test(t)) return { why: 'a condition, not a version range' };
  const clauses = t.includes('|') ? [t] : t.split(/\s+and\s+(?:all\s+versions?\s+)?/iu);
  const intervals: Interval[] = [];
  const exact: IcsVersion[] = [];
  for (const clause of clauses) {
    const constraints: TextConstraint[] = [];
    if (clause.includes('|')) {
      for (const piece of clause.split('|')) {
        const cs = clauseConstraints(piece.trim());
        if ('why' in cs) return cs;
        if (cs.length !== 1) return { why: `"${piece.trim()}" holds more than one constraint` };
        constraints.push(cs[0]!);
      }
    } else {
      const cs = clauseConstraints(clause.trim());
      if ('why' in cs) return cs;
      if (cs.length > 2) return { why: `too many comparators in "${clause}"` };
      // Two constraints without a pipe must be a lower and an upper bound (">= V2.5 < V2.6.1").
      if (cs.length === 2) {
        const [a, b] = cs as [TextConstraint, TextConstraint];
        const isLower = (c: TextConstraint) => c.op === '>' || c.op === '>=';
        const isUpper = (c: TextConstraint) => c.op === '<' || c.op === '<=';
        if (isUpper(a) && isLower(b)) constraints.push(b, a);
        else if (isLower(a) && isUpper(b)) constraints.push(a, b);
        else return { why: `"${clause}" is not a lower and an upper bound` };
      } else constraints.push(...cs);
    }
    const r = rangeFromConstraints(constraints);
    if ('why' in r || r.all) return r;
    intervals.push(...r.intervals);
    exact.push(...r.exact);
  }
  return { all: false, intervals, exact };
}
