// One requirement's result in the form the offline round trip compares: every optional field
// present only when it says something, text trimmed, line ends as "\n". The database, the
// `_meta` sheet and the filled file all pass through here, so a value that merely travelled
// through a spreadsheet (which trims, re-wraps lines and drops empty lists) compares equal.
import type { ResultDoc, ResultInputDoc } from '../schemas/site-file.js';
import type { ResultStatus } from '../schemas/vocabulary.js';

export interface ResultValue {
  status: ResultStatus;
  note?: string;
  evidence?: string[];
  assessedBy?: string;
  assessedAt?: string;
}

const clean = (text: string | undefined): string | undefined => {
  const t = text?.replace(/\r\n?/g, '\n').trim();
  return t ? t : undefined;
};

/** The comparable form of a stored or typed result; null for "no result". */
export function normalizeResult(r: ResultInputDoc | ResultDoc | null | undefined): ResultValue | null {
  if (r === null || r === undefined) return null;
  if (typeof r === 'string') return { status: r };
  const out: ResultValue = { status: r.status };
  const note = clean(r.note);
  if (note !== undefined) out.note = note;
  const evidence = (r.evidence ?? []).map((e) => clean(e)).filter((e): e is string => e !== undefined);
  if (evidence.length > 0) out.evidence = evidence;
  const by = clean(r.assessedBy);
  if (by !== undefined) out.assessedBy = by;
  const at = clean(r.assessedAt);
  if (at !== undefined) out.assessedAt = at;
  return out;
}

/** Same status, note and evidence: the assessment says the same, whoever recorded it when. */
export function sameContent(a: ResultValue | null, b: ResultValue | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.status === b.status &&
    a.note === b.note &&
    (a.evidence ?? []).length === (b.evidence ?? []).length &&
    (a.evidence ?? []).every((e, i) => e === b.evidence?.[i])
  );
}

/** Same content and the same attribution (who assessed it, when). */
export const sameResult = (a: ResultValue | null, b: ResultValue | null): boolean =>
  sameContent(a, b) && a?.assessedBy === b?.assessedBy && a?.assessedAt === b?.assessedAt;

/** Key order fixed, so equal values serialise (and hash) equally. */
export function resultJson(r: ResultValue | null): string {
  if (r === null) return 'null';
  const { status, note, evidence, assessedBy, assessedAt } = r;
  return JSON.stringify({ status, note, evidence, assessedBy, assessedAt });
}

/** One line for people: "partial — shared account (2 evidence)". */
export function resultSummary(r: ResultValue | null): string {
  if (r === null) return 'no result';
  const parts: string[] = [r.status];
  if (r.note) parts.push(r.note.length > 60 ? `${r.note.slice(0, 57)}…` : r.note);
  if (r.evidence) parts.push(`${r.evidence.length} evidence`);
  return parts.join(' — ');
}
