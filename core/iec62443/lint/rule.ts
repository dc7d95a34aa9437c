// The shape shared by every lint rule: fixed metadata (used by `RULES` and the docs) plus a pure
// check over one indexed site.
import type { FindingSeverity, FindingSubjectKind } from './finding.js';
import type { SiteIndex } from './site-index.js';

export interface RuleInfo {
  id: string;
  severity: FindingSeverity;
  /** What the rule's findings are about (DESIGN §5: ZONE-* → zone, CC-* → control…). */
  subject: FindingSubjectKind;
  clause: string | null;
  /** One line for the rules table in docs/lint-rules.md. */
  summary: string;
}

/** A rule's verdict on one subject; `lintSite` turns it into a Finding. */
export interface Violation {
  subjectId: string;
  message: string;
}

export interface LintRule extends RuleInfo {
  /** At most one violation per subject. Order does not matter: `lintSite` sorts. */
  check(index: SiteIndex): Violation[];
}
