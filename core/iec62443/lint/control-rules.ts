// Compensating controls that do not count on the lint date (DESIGN §3.1), so the requirements
// they were meant to cover show up as unmet.
import { controlValidity } from '../controls.js';
import { utcDate } from '../dates.js';
import type { LintRule, Violation } from './rule.js';

export const CC_UNAPPROVED: LintRule = {
  id: 'CC-UNAPPROVED',
  severity: 'warning',
  subject: 'compensatingControl',
  // IEC 62443-3-2 ZCR 7.1: the asset owner approves the outcome of the assessment, countermeasures
  // included; an unapproved compensating control does not count.
  clause: 'IEC 62443-3-2 ZCR 7.1',
  summary: 'A compensating control has no approval (approvedBy and approvedAt), or is approved only from a later date.',
  check(index) {
    const out: Violation[] = [];
    for (const c of index.controls) {
      const validity = controlValidity(c, index.asOf);
      if (validity === 'unapproved') {
        const missing = [c.approvedBy ? null : 'approvedBy', c.approvedAt ? null : 'approvedAt'].filter(
          (f): f is string => f !== null,
        );
        out.push({
          subjectId: c.id,
          message: `Compensating control ${c.id} lacks ${missing.join(' and ')}, so it does not count until it is approved.`,
        });
      } else if (validity === 'not-yet-approved') {
        out.push({
          subjectId: c.id,
          message: `Compensating control ${c.id} is approved only from ${utcDate(c.approvedAt ?? '')}, so it does not count on ${index.asOf}.`,
        });
      }
    }
    return out;
  },
};

export const CC_EXPIRED: LintRule = {
  id: 'CC-EXPIRED',
  severity: 'warning',
  subject: 'compensatingControl',
  // Expiry is a C-981 convention (DESIGN §3.1), not a clause of the standard.
  clause: null,
  summary: 'A compensating control expired before the lint date and no longer counts.',
  check(index) {
    return index.controls
      .filter((c) => controlValidity(c, index.asOf) === 'expired')
      .map((c) => ({
        subjectId: c.id,
        message: `Compensating control ${c.id} expired on ${utcDate(c.expires ?? '')} and no longer counts; renew or replace it.`,
      }));
  },
};
