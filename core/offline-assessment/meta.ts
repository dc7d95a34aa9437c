// The hidden `_meta` sheet of an exported checklist: which site and scope it belongs to, who
// exported it when, and for every 3-3 requirement the result as it was at export with its
// content stamp, plus a stamp of the whole scope and a checksum over all of it. The import reads
// the export values from here (never from the visible cells, which the assessor edits) and
// refuses a sheet whose checksum does not match: damaged or edited by hand.
//
// The checksum is a plain digest, not a signature: it catches accidents and casual edits. A
// forged sheet can only make the import believe different "values at export", and every write
// still goes through the results service with the importer's own permission and audit record.
import { requirement33 } from '../iec62443/catalog.js';
import { RESULT_STATUSES } from '../schemas/vocabulary.js';
import { normalizeResult, resultJson, type ResultValue } from './result-value.js';

export const META_SHEET = '_meta';
export const META_FORMAT = 'c981-offline-checklist';
export const META_VERSION = 1;
/** Excel keeps at most 32,767 characters in a cell; longer values continue in the next cells. */
const CHUNK = 30_000;

/** SHA-256 (hex) or any other digest; injected so this module stays free of Node APIs. */
export type Digest = (text: string) => string;

export type ScopeKind = 'zone' | 'conduit';

export interface ExportedResult {
  requirement: string;
  /** Digest of the result's canonical JSON at export ("null" hashed for no result). */
  stamp: string;
  value: ResultValue | null;
}

export interface ChecklistMeta {
  site: string;
  scopeKind: ScopeKind;
  scope: string;
  exportedAt: string;
  exportedBy: string;
  /** Digest over every requirement's result: equal now means nothing changed since export. */
  scopeStamp: string;
  rows: ExportedResult[];
}

export const resultStamp = (value: ResultValue | null, digest: Digest): string => digest(resultJson(value));

export const scopeStamp = (rows: readonly { requirement: string; value: ResultValue | null }[], digest: Digest) =>
  digest(rows.map((r) => `${r.requirement}\t${resultJson(r.value)}`).join('\n'));

export function buildMeta(
  head: Omit<ChecklistMeta, 'scopeStamp' | 'rows'>,
  results: readonly { requirement: string; value: ResultValue | null }[],
  digest: Digest,
): ChecklistMeta {
  const rows = results.map((r) => ({ ...r, stamp: resultStamp(r.value, digest) }));
  return { ...head, scopeStamp: scopeStamp(rows, digest), rows };
}

const HEAD_KEYS = ['site', 'scopeKind', 'scope', 'exportedAt', 'exportedBy', 'scopeStamp'] as const;

function checksum(meta: ChecklistMeta, digest: Digest): string {
  const head = HEAD_KEYS.map((k) => `${k}=${meta[k]}`).join('\n');
  const rows = meta.rows.map((r) => `${r.requirement}\t${r.stamp}\t${resultJson(r.value)}`).join('\n');
  return digest(`${META_FORMAT}/${META_VERSION}\n${head}\n${rows}`);
}

const chunks = (text: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out.length > 0 ? out : [''];
};

/** The sheet's cells, row by row. */
export function encodeMeta(meta: ChecklistMeta, digest: Digest): string[][] {
  return [
    ['format', META_FORMAT],
    ['version', String(META_VERSION)],
    ...HEAD_KEYS.map((k) => [k, meta[k]]),
    ['checksum', checksum(meta, digest)],
    ['requirement', 'stamp', 'value at export (JSON)'],
    ...meta.rows.map((r) => [r.requirement, r.stamp, ...chunks(resultJson(r.value))]),
  ];
}

export type MetaDecoding = { meta: ChecklistMeta } | { error: string };

function parseValue(json: string): ResultValue | null | undefined {
  try {
    const v = JSON.parse(json) as unknown;
    if (v === null) return null;
    if (typeof v !== 'object' || !RESULT_STATUSES.includes((v as ResultValue).status)) return undefined;
    return normalizeResult(v as ResultValue);
  } catch {
    return undefined;
  }
}

/** Reads the sheet back; any mismatch is an error naming what is wrong. */
export function decodeMeta(cells: readonly (readonly string[])[], digest: Digest): MetaDecoding {
  const fail = (why: string): MetaDecoding => ({
    error: `the checklist's hidden ${META_SHEET} sheet ${why}: export the checklist again`,
  });
  const head = new Map<string, string>();
  let i = 0;
  for (; i < cells.length && cells[i]?.[0] !== 'requirement'; i++) {
    const [key, value] = cells[i] ?? [];
    if (key) head.set(key, value ?? '');
  }
  if (head.get('format') !== META_FORMAT) return fail('is not a C-981 checklist sheet');
  if (head.get('version') !== String(META_VERSION))
    return fail(`has version ${head.get('version')}, not ${META_VERSION}`);
  const kind = head.get('scopeKind');
  if (kind !== 'zone' && kind !== 'conduit') return fail('names no zone or conduit');
  const rows: ExportedResult[] = [];
  for (const row of cells.slice(i + 1)) {
    const [requirement, stamp, ...rest] = row;
    if (!requirement) continue;
    const value = parseValue(rest.join(''));
    if (!requirement33(requirement) || !stamp || value === undefined)
      return fail(`has a damaged row for "${requirement}"`);
    if (resultStamp(value, digest) !== stamp) return fail(`was changed (the stamp of ${requirement} does not match)`);
    rows.push({ requirement, stamp, value });
  }
  const meta: ChecklistMeta = {
    site: head.get('site') ?? '',
    scopeKind: kind,
    scope: head.get('scope') ?? '',
    exportedAt: head.get('exportedAt') ?? '',
    exportedBy: head.get('exportedBy') ?? '',
    scopeStamp: head.get('scopeStamp') ?? '',
    rows,
  };
  if (scopeStamp(rows, digest) !== meta.scopeStamp) return fail('was changed (the scope stamp does not match)');
  if (checksum(meta, digest) !== head.get('checksum')) return fail('was changed (its checksum does not match)');
  return { meta };
}
