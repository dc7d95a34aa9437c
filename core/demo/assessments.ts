// Assessment results of generated sites: partial coverage, mixed maturity, weaker where legacy
// devices sit, so dashboards and gap reports have something to show.
import type { AssessmentDoc, ResultInputDoc } from '../schemas/site-file.js';
import type { ResultStatus } from '../schemas/vocabulary.js';
import { applicableIds } from './applicable-requirements.js';
import type { Rng } from './random.js';

const ASSESSORS = ['a.keller', 'm.rossi', 'j.smith', 'l.nguyen', 's.meier', 'p.dubois', 'k.tanaka', 'e.novak'];

const NOTES_BY_STATUS: Readonly<Record<ResultStatus, readonly string[]>> = {
  implemented: [
    'Verified during the site walk-down.',
    'Evidence in the configuration baseline.',
    'Checked against the hardening guide.',
  ],
  partial: [
    'Shared operator account on some HMIs.',
    'Only on the newer part of the installation.',
    'Configured, but not monitored.',
  ],
  planned: [
    'Scheduled for the next shutdown.',
    'Part of the OT security roadmap for next year.',
    'Budget approved; vendor quotation pending.',
  ],
  'not-implemented': [
    'Legacy devices do not support this.',
    'No central solution in place yet.',
    'Vendor does not allow the change under warranty.',
  ],
  'not-applicable': [
    'No such function in this zone.',
    'No wireless or portable devices in scope.',
    'Covered at enterprise level; out of scope.',
  ],
};

/** Requirements a legacy device typically cannot meet. */
const LEGACY_WEAK: ReadonlySet<string> = new Set([
  'SR 1.1 RE 1',
  'SR 1.3',
  'SR 1.5',
  'SR 1.7',
  'SR 2.1',
  'SR 2.8',
  'SR 3.2',
  'SR 3.4',
  'SR 7.6',
  'SR 1.11',
  'SR 3.1',
  'SR 4.1',
]);

export const UNMET: ReadonlySet<string> = new Set<ResultStatus>(['partial', 'planned', 'not-implemented']);

export function statusOf(r: ResultInputDoc): ResultStatus {
  return typeof r === 'string' ? r : r.status;
}

function pickStatus(maturity: number, rng: Rng): ResultStatus {
  if (rng.float() < maturity) return 'implemented';
  return rng.weighted<ResultStatus>([
    ['partial', 0.35],
    ['planned', 0.2],
    ['not-implemented', 0.3],
    ['not-applicable', 0.15],
  ]);
}

/** Results for ~72–88 % of the requirements applicable at the scope's SL-T. */
export function assessScope(
  scope: string,
  slTarget: number | readonly number[],
  legacy: boolean,
  rng: Rng,
): AssessmentDoc {
  const items = applicableIds(slTarget);
  let need = Math.round(items.length * (0.72 + 0.16 * rng.float()));
  const maturity = 0.45 + 0.45 * rng.float();
  const results: Record<string, ResultInputDoc> = {};
  // Selection sampling (Knuth's algorithm S): exactly `need` items, already in catalog order.
  for (let i = 0; i < items.length && need > 0; i++) {
    if (rng.float() * (items.length - i) >= need) continue;
    need--;
    const id = items[i] as string;
    let status = pickStatus(maturity, rng);
    if (legacy && LEGACY_WEAK.has(id) && rng.chance(0.7)) status = rng.chance(0.7) ? 'not-implemented' : 'partial';
    if (rng.chance(0.05)) {
      const detail: ResultInputDoc = {
        status,
        note: rng.pick(NOTES_BY_STATUS[status]),
        assessedBy: rng.pick(ASSESSORS),
        assessedAt: rng.date('2025-09-01', '2026-10-31'),
      };
      results[id] = detail;
    } else results[id] = status;
  }
  return { scope, results };
}
