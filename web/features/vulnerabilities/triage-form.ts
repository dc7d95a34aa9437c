// The triage form's state and the body it sends (PUT …/vulnerabilities/triage): empty fields are
// null, so clearing a field clears it on the server.
import type { Decision, Finding, TriageBody } from './vulnerabilities-api.js';

export interface TriageForm {
  decision: Decision | null;
  owner: string;
  due: string;
  note: string;
  compensatingControlId: string;
  roadmapActionId: string;
}

export const formOf = (f: Finding, decision?: Decision | null): TriageForm => ({
  decision: decision !== undefined ? decision : (f.triage?.decision ?? null),
  owner: f.triage?.owner ?? '',
  due: f.triage?.due?.slice(0, 10) ?? '',
  note: f.triage?.note ?? '',
  compensatingControlId: f.triage?.compensatingControlId ?? '',
  roadmapActionId: f.triage?.roadmapActionId ?? '',
});

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export const bodyOf = (f: Finding, form: TriageForm): TriageBody => ({
  assetId: f.assetId,
  advisoryKey: f.advisoryKey,
  decision: form.decision,
  owner: orNull(form.owner),
  due: orNull(form.due),
  note: orNull(form.note),
  compensatingControlId: orNull(form.compensatingControlId),
  roadmapActionId: orNull(form.roadmapActionId),
});

const DUE = /^\d{4}-\d{2}-\d{2}$/;

/** What keeps the form from being sent (empty when it may be). */
export function formProblems(form: TriageForm): string[] {
  const problems: string[] = [];
  if (form.due.trim() !== '' && !DUE.test(form.due.trim())) problems.push('The due date must be YYYY-MM-DD.');
  if (form.owner.length > 200) problems.push('The owner is too long.');
  return problems;
}

export const DECISION_LABEL: Record<Decision, string> = { now: 'Now', next: 'Next', never: 'Never' };
export const DECISION_HINT: Record<Decision, string> = {
  now: 'fix in the current plan (patch or mitigate soon)',
  next: 'fix in the next maintenance window',
  never: 'accept: not applicable, or covered by compensating controls',
};
/** Keyboard shortcuts on a focused finding. */
export const DECISION_KEY: Record<string, Decision> = { n: 'now', x: 'next', v: 'never' };
