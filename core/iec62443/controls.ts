// Whether a compensating control counts on a given date (DESIGN §3.1).
import type { CompensatingControlDoc } from '../schemas/site-file.js';
import { utcDate } from './dates.js';

export type ControlValidity = 'valid' | 'unapproved' | 'not-yet-approved' | 'expired';

/**
 * A control counts only when it was approved (by someone, on a date on or before `asOf`) and has
 * not expired; an `expires` date is valid through that whole UTC day.
 *
 * @example
 * controlValidity({ id: 'cc', scope: 'z', requirements: ['SR 1.1'], kind: 'procedural',
 *   approvedBy: 'qa', approvedAt: '2026-03-01', expires: '2027-03-01' }, '2027-03-01') // 'valid'
 * controlValidity({ ...same, expires: '2027-03-01' }, '2027-03-02')                 // 'expired'
 */
export function controlValidity(c: CompensatingControlDoc, asOf: string): ControlValidity {
  if (!c.approvedBy || !c.approvedAt) return 'unapproved';
  if (utcDate(c.approvedAt) > asOf) return 'not-yet-approved';
  if (c.expires !== undefined && utcDate(c.expires) < asOf) return 'expired';
  return 'valid';
}
