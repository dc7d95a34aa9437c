// What the ZCR 2 and ZCR 3 panels send: entry-by-entry PATCH members (docs/api.md "Risk
// assessment"), where `null` removes an entry the user cleared. Pure, so it is tested on its own.
import type {
  DecisionRecord,
  FindingDecision,
  FindingWithDecision,
  InitialRisk,
} from '../../../core/iec62443/risk/assessment.js';

/** ZCR 2: a zone counts as rated once it has a likelihood; stored ratings no longer rated are removed. */
export function initialRiskPatch(
  draft: Record<string, InitialRisk>,
  stored: Record<string, InitialRisk>,
): Record<string, InitialRisk | null> {
  const out: Record<string, InitialRisk | null> = {};
  for (const [zone, r] of Object.entries(draft)) if (r.likelihood > 0) out[zone] = r;
  for (const zone of Object.keys(stored)) if (!(zone in out)) out[zone] = null;
  return out;
}

export interface DecisionDraft {
  decision: FindingDecision | '';
  note: string;
}

/** ZCR 3: one entry per current finding with a decision; a decision taken back is removed. */
export function decisionsPatch(
  findings: readonly FindingWithDecision[],
  draft: Record<string, DecisionDraft>,
): Record<string, DecisionRecord | null> {
  const out: Record<string, DecisionRecord | null> = {};
  for (const f of findings) {
    const d = draft[f.key];
    if (d?.decision) out[f.key] = { decision: d.decision, note: d.note };
    else if (f.decision) out[f.key] = null;
  }
  return out;
}
