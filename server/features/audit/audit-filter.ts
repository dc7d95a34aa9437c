// What an audit-trail read may return: the caller's filters, checked and turned into a plan the
// query applies, and the sites whose records the caller may see. Shared by the JSON pages and the
// CSV export so both answer exactly the same records.
import { can } from '../../../core/accounts/permissions.js';
import { isIsoDate } from '../../../core/iec62443/dates.js';
import type { Actor } from '../../actor.js';
import { AppError } from '../../errors.js';
import { readableBy, requirePermission } from '../access.js';

export interface AuditFilter {
  site?: string;
  actor?: string;
  entity?: string;
  entityId?: string;
  /** Exact action, or a prefix with a trailing `*` (`zone.*`). */
  action?: string;
  /** ISO timestamp with a zone, or a UTC date (from its start). */
  from?: string;
  /** ISO timestamp with a zone (inclusive), or a UTC date (the whole day). */
  to?: string;
}

export interface AuditPlan {
  /** Sites whose records may be answered; null means every record, including those without a site. */
  sites: string[] | null;
  site?: string;
  actor?: string;
  entity?: string;
  entityId?: string;
  action?: { exact: string } | { prefix: string };
  /** Stored `at` values are `Date.toISOString()` text, so bounds in that form compare as text. */
  atFrom?: string;
  atBefore?: { at: string; inclusive: boolean };
}

const bad = (path: string, message: string): AppError =>
  new AppError('C981_ERR_VALIDATION', `${path}: ${message}`, [{ path, message }]);

// Date.parse accepts 2026-02-30 and 24:00, and reads a zone-less timestamp as local time, so the
// shape is checked first and the date part separately.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function parseInstant(path: string, value: string): { date: string } | { at: string } {
  if (isIsoDate(value)) return { date: value };
  const m = TIMESTAMP.exec(value);
  if (m?.[1] !== undefined && isIsoDate(m[1])) return { at: new Date(value).toISOString() };
  throw bad(path, `must be a date YYYY-MM-DD or an ISO timestamp with a zone (2026-03-01T12:00:00Z); got "${value}"`);
}

const dayStart = (date: string): string => `${date}T00:00:00.000Z`;
const nextDayStart = (date: string): string => new Date(Date.parse(dayStart(date)) + 24 * 60 * 60 * 1000).toISOString();

function parseAction(value: string): AuditPlan['action'] {
  const star = value.indexOf('*');
  if (star === -1) return { exact: value };
  if (star !== value.length - 1) throw bad('action', `"*" may only end the action, as in "zone.*"; got "${value}"`);
  return { prefix: value.slice(0, -1) };
}

/**
 * Sites whose audit records the actor may read; null means all records. Org-admins see records
 * without a site too (sign-ins, tokens, users, the organization); an org-admin's token limited to
 * some sites sees only those sites, like any other caller.
 */
export function auditSites(actor: Actor): string[] | null {
  const p = actor.principal;
  const readable = readableBy(actor);
  if (!p || readable === null) return null;
  return readable.filter((s) => can(p, 'audit.read', s));
}

/** Checks the filters (400) and a `site` filter the caller may not read (404, no leak). */
export function planAudit(actor: Actor, f: AuditFilter): AuditPlan {
  const plan: AuditPlan = { sites: auditSites(actor) };
  if (f.site !== undefined) {
    requirePermission(actor, 'audit.read', f.site);
    plan.site = f.site;
  }
  if (f.actor !== undefined) plan.actor = f.actor;
  if (f.entity !== undefined) plan.entity = f.entity;
  if (f.entityId !== undefined) plan.entityId = f.entityId;
  if (f.action !== undefined) plan.action = parseAction(f.action);
  if (f.from !== undefined) {
    const from = parseInstant('from', f.from);
    plan.atFrom = 'date' in from ? dayStart(from.date) : from.at;
  }
  if (f.to !== undefined) {
    const to = parseInstant('to', f.to);
    plan.atBefore = 'date' in to ? { at: nextDayStart(to.date), inclusive: false } : { at: to.at, inclusive: true };
  }
  return plan;
}
