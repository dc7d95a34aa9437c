// The checklist's rules without React: filtering, grouping by FR, the status keys and how a new
// status is written so notes and evidence already recorded are never lost.
import { RESULT_STATUSES, type ResultStatus } from '../../../core/schemas/vocabulary.js';
import type { StatusFilter } from './search.js';
import type { ChecklistItem, ResultDoc, ResultInputDoc } from './zone-api.js';

export interface ChecklistFilters {
  fr?: number | undefined;
  status?: StatusFilter | undefined;
  q?: string | undefined;
  /** Show requirements not required at the zone's SL-T too. */
  all?: boolean | undefined;
}

export const STATUS_LABELS: Record<ResultStatus, string> = {
  implemented: 'Implemented',
  partial: 'Partial',
  planned: 'Planned',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
};

/** One key per status (the first letter, except pLanned) and x to clear; checked against RESULT_STATUSES below. */
export const STATUS_KEYS: Record<string, ResultStatus | null> = {
  i: 'implemented',
  p: 'partial',
  l: 'planned',
  n: 'not-implemented',
  a: 'not-applicable',
  x: null,
};
for (const s of RESULT_STATUSES)
  if (!Object.values(STATUS_KEYS).includes(s)) throw new Error(`no checklist key for status ${s}`);

export const keyOf = (status: ResultStatus | null): string =>
  Object.entries(STATUS_KEYS).find(([, s]) => s === status)?.[0] ?? '';

/** Badge class of a status: satisfied statuses green, open ones amber/red. */
export function statusTone(status: ResultStatus | null | undefined): 'ok' | 'warn' | 'danger' | 'info' | '' {
  switch (status) {
    case 'implemented':
      return 'ok';
    case 'not-applicable':
      return 'info';
    case 'partial':
    case 'planned':
      return 'warn';
    case 'not-implemented':
      return 'danger';
    default:
      return '';
  }
}

export function matches(item: ChecklistItem, f: ChecklistFilters, blocking: ReadonlySet<string>): boolean {
  if (f.fr !== undefined && item.fr !== f.fr) return false;
  if (!f.all && !item.applies && !blocking.has(item.id)) return false;
  switch (f.status) {
    case undefined:
      break;
    case 'blocking':
      if (!blocking.has(item.id)) return false;
      break;
    case 'unassessed':
      if (item.result !== null) return false;
      break;
    default:
      if (item.result?.status !== f.status) return false;
  }
  const q = f.q?.trim().toLowerCase();
  if (q) {
    const text = `${item.id} ${item.title} ${item.description ?? ''} ${item.result?.note ?? ''}`.toLowerCase();
    if (!q.split(/\s+/).every((word) => text.includes(word))) return false;
  }
  return true;
}

export interface FrGroup {
  fr: number;
  items: ChecklistItem[];
}

/** Groups items by FR in catalog order (the API answers them in catalog order). */
export function groupByFr(items: readonly ChecklistItem[]): FrGroup[] {
  const groups: FrGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last?.fr === item.fr) last.items.push(item);
    else groups.push({ fr: item.fr, items: [item] });
  }
  return groups;
}

const hasDetail = (r: ResultDoc): boolean =>
  r.note !== undefined || (r.evidence?.length ?? 0) > 0 || r.assessedBy !== undefined || r.assessedAt !== undefined;

/**
 * The value to save when a status changes. A bare status stays a bare status (the site file's short
 * form); a result with notes or evidence keeps them, and its assessor and date move to whoever
 * changed the status today, so the record says who judged the current status.
 */
export function withStatus(
  prev: ResultDoc | null,
  status: ResultStatus | null,
  who: { by: string; at: string },
): ResultInputDoc | null {
  if (status === null) return null;
  if (!prev || !hasDetail(prev)) return status;
  const next: ResultDoc = { ...prev, status };
  if (prev.assessedBy !== undefined || prev.assessedAt !== undefined) {
    next.assessedBy = who.by;
    next.assessedAt = who.at;
  }
  return next;
}

/** A saved value as the checklist shows it. */
export const asResult = (value: ResultInputDoc | null): ResultDoc | null =>
  value === null ? null : typeof value === 'string' ? { status: value } : value;

/** Only web links become anchors; anything else (a document number, a path) stays text. */
export const isWebLink = (s: string): boolean => /^https?:\/\/\S+$/i.test(s);
