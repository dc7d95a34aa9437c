// Where a compensating control stands today. DESIGN §3.1: a control counts only when approved
// (approvedAt on or before the day) and not expired (an `expires` date is valid through that UTC
// day). The register shows the same rule the evaluation applies, so nobody is surprised.
import type { Control } from './controls-api.js';

export const STATUSES = ['awaiting', 'valid', 'expiring', 'expired'] as const;
export type ControlStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<ControlStatus, string> = {
  awaiting: 'Awaiting approval',
  valid: 'Valid today',
  expiring: 'Expiring ≤ 30 days',
  expired: 'Expired',
};

/** Days before expiry at which the register warns (time to renew or replace the control). */
export const EXPIRY_WARNING_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
const dayOf = (date: string): string => date.slice(0, 10);

/** Whole days from `today` to `date` (negative when past). */
export function daysUntil(date: string, today = todayUtc()): number {
  return Math.round((Date.parse(`${dayOf(date)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

export const isApproved = (c: Control, today = todayUtc()): boolean =>
  Boolean(c.approvedBy && c.approvedAt && dayOf(c.approvedAt) <= today);

export const isExpired = (c: Control, today = todayUtc()): boolean =>
  c.expires !== undefined && dayOf(c.expires) < today;

/** The statuses a control matches (a control expiring soon is also valid). */
export function statusesOf(c: Control, today = todayUtc()): ControlStatus[] {
  if (isExpired(c, today)) return ['expired'];
  if (!isApproved(c, today)) return ['awaiting'];
  if (c.expires !== undefined && daysUntil(c.expires, today) <= EXPIRY_WARNING_DAYS) return ['valid', 'expiring'];
  return ['valid'];
}

export interface ExpiryBadge {
  tone: 'ok' | 'warn' | 'danger' | 'none';
  text: string;
  title: string;
}

export function expiryBadge(expires: string | undefined, today = todayUtc()): ExpiryBadge {
  if (!expires)
    return { tone: 'none', text: 'no expiry', title: 'This control does not expire: review it periodically' };
  const days = daysUntil(expires, today);
  const date = dayOf(expires);
  if (days < 0)
    return { tone: 'danger', text: `expired ${date}`, title: `Expired ${-days} days ago: it no longer counts` };
  if (days <= EXPIRY_WARNING_DAYS)
    return {
      tone: 'warn',
      text: `${date} (${days === 0 ? 'today' : `${days} d`})`,
      title: `Expires in ${days} days`,
    };
  return { tone: 'ok', text: date, title: `Valid through ${date}` };
}

/** Free-text match over what people search controls by. */
export function matchesText(c: Control, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [c.id, c.scope, c.kind, c.description, c.rationale, c.approvedBy, ...c.requirements, ...(c.assets ?? [])]
    .filter((v): v is string => typeof v === 'string')
    .some((v) => v.toLowerCase().includes(needle));
}
