// The acceptance of a scenario's risk (issue #6 item 3; IEC 62443-3-2 ZCR 5/6: a risk that stays
// above the tolerable line after countermeasures is either treated further or knowingly accepted
// by someone accountable). An acceptance is time-boxed, so the register can show which ones lapsed.
import type { Signature } from '../signatures/e-signature.js';

/** What is stored (JSON column `risk_scenarios.acceptance`). */
export interface StoredAcceptance {
  /** Audit id of the approver. */
  by: string;
  /** Their name when they accepted (the register shows it without a user lookup). */
  byName: string;
  /** UTC timestamp of the acceptance. */
  at: string;
  /** Last day (YYYY-MM-DD, UTC) the acceptance holds. */
  expires: string;
  rationale: string;
  /** On regulated sites: the e-signature bound to the scenario, expiry and rationale. */
  signature?: Signature;
}

/** What the API answers: the stored acceptance and whether it has lapsed. */
export type AcceptanceView = StoredAcceptance & { expired: boolean };

/** Today as YYYY-MM-DD in UTC: expiry dates are calendar days, compared in UTC everywhere. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/** The latest expiry allowed: three years from today, so acceptances come back for review. */
export function latestExpiry(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() + 3, now.getUTCMonth(), now.getUTCDate()));
  return todayUtc(d);
}

export function parseAcceptance(json: string | null): StoredAcceptance | null {
  return json ? (JSON.parse(json) as StoredAcceptance) : null;
}

/** An acceptance expires at the end of its `expires` day: expired once that day is before today. */
export function acceptanceView(a: StoredAcceptance | null, now = new Date()): AcceptanceView | null {
  return a ? { ...a, expired: a.expires < todayUtc(now) } : null;
}
