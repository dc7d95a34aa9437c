// The traceability matrix as CSV (RFC 4180: CRLF line ends; fields with commas, quotes or line
// breaks quoted, quotes doubled), one line per row of the matrix. Lists inside a cell (evidence,
// controls, actions) are separated by " | ".
import type { Traceability, TraceRow } from '../../../core/api/traceability.js';

export const TRACEABILITY_CSV_HEADER = [
  'requirement',
  'title',
  'fr',
  'minSl',
  'scopeKind',
  'scope',
  'scopeName',
  'status',
  'satisfied',
  'assessedBy',
  'assessedAt',
  'evidence',
  'compensatingControls',
  'roadmapActions',
  'riskAssessmentVersion',
  'riskAssessmentApprovedBy',
  'riskAssessmentApprovedAt',
] as const;

/**
 * One field. This export is meant to be opened in spreadsheets, and evidence links and titles are
 * typed by users: a cell that would start a formula (=, +, -, @, tab, CR) gets a leading
 * apostrophe so the spreadsheet shows it as text instead of evaluating it (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const line = (values: readonly (string | number | boolean | null)[]): string => `${values.map(csvCell).join(',')}\r\n`;
const list = (items: readonly string[]): string | null => (items.length > 0 ? items.join(' | ') : null);

function controlText(c: TraceRow['controls'][number]): string {
  const approval = c.approvedBy ? `approved by ${c.approvedBy} on ${c.approvedAt ?? '?'}` : 'not approved';
  return `${c.id} (${c.validity}; ${approval}${c.expires ? `; expires ${c.expires}` : ''})`;
}

function actionText(a: TraceRow['actions'][number]): string {
  const what = [a.satisfies ? 'satisfies' : null, a.retires.length > 0 ? `retires ${a.retires.join(' ')}` : null]
    .filter((x) => x !== null)
    .join(', ');
  return `${a.id} (${a.status}${a.due ? `; due ${a.due}` : ''}; ${what})`;
}

export function traceabilityCsv(t: Traceability): string {
  const approval = t.riskAssessmentApproval;
  const approvedBy = approval
    ? approval.printedName
      ? `${approval.printedName} (${approval.approvedBy})`
      : approval.approvedBy
    : null;
  return (
    line(TRACEABILITY_CSV_HEADER) +
    t.rows
      .map((r) =>
        line([
          r.requirement,
          r.title,
          r.fr,
          r.minSl,
          r.scopeKind,
          r.scope,
          r.scopeName,
          r.status,
          r.satisfied,
          r.assessedBy,
          r.assessedAt,
          list(r.evidence),
          list(r.controls.map(controlText)),
          list(r.actions.map(actionText)),
          approval?.version ?? null,
          approvedBy,
          approval?.approvedAt ?? null,
        ]),
      )
      .join('')
  );
}
