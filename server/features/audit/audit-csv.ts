// The audit trail as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
// quoted, quotes doubled), produced page by page so an export of millions of records holds one
// chunk in memory at a time.
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { planAudit, type AuditFilter, type AuditPlan } from './audit-filter.js';
import { fetchAuditRows, type AuditRow } from './audit-log.service.js';

export const AUDIT_CSV_HEADER = [
  'seq',
  'at',
  'actor',
  'actorKind',
  'sourceIp',
  'action',
  'site',
  'entity',
  'entityId',
  'reason',
  'detail',
  'hash',
] as const;

export const CSV_CHUNK = 2000;

/**
 * One RFC 4180 field; null is an empty field. Values are written as stored, without the
 * spreadsheet-formula escaping some exporters add, so the export stays a faithful copy of the trail.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (values: readonly (string | number | null)[]): string => `${values.map(csvField).join(',')}\r\n`;

/** `detail` is the stored text: compact JSON exactly as hashed into the chain. */
const rowValues = (r: AuditRow): (string | number | null)[] => [
  r.seq,
  r.at,
  r.actor,
  r.actor_kind,
  r.source_ip,
  r.action,
  r.site_id,
  r.entity,
  r.entity_id,
  r.reason,
  r.detail,
  r.hash,
];

async function* csvChunks(db: Db, plan: AuditPlan, chunk: number): AsyncGenerator<string> {
  yield csvLine(AUDIT_CSV_HEADER);
  let before: number | undefined;
  for (;;) {
    const rows = await fetchAuditRows(db, plan, before, chunk);
    if (rows.length > 0) yield rows.map((r) => csvLine(rowValues(r))).join('');
    const last = rows[rows.length - 1];
    if (rows.length < chunk || last === undefined) return;
    before = last.seq;
  }
}

/**
 * The CSV of every record the actor may read that matches the filters, newest first. The filters
 * and the caller's access are checked now, so errors answer before the first byte is sent.
 */
export function auditCsv(db: Db, actor: Actor, filter: AuditFilter, chunk = CSV_CHUNK): AsyncGenerator<string> {
  const plan = planAudit(actor, filter);
  return csvChunks(db, plan, chunk);
}
