// One lint finding: the JSON contract of `c981 lint --json` and of a site evaluation's
// `findings` (DESIGN §5, §6). Field names and order are part of that contract.

export type FindingSeverity = 'error' | 'warning';

export type FindingSubjectKind = 'zone' | 'conduit' | 'asset' | 'compensatingControl';

export interface Finding {
  /** Rule id, e.g. `ZONE-SAFETY-MIXED` (see `RULES`). */
  rule: string;
  severity: FindingSeverity;
  /** Id of the site the subject belongs to. */
  site: string;
  /** The entity the finding is about: a `ZONE-*` rule names a zone, `CC-*` a control, and so on. */
  subject: { kind: FindingSubjectKind; id: string };
  /** One sentence naming the offending entities by id. */
  message: string;
  /** The IEC 62443 clause the rule derives from, or null when none fits. */
  clause: string | null;
}
