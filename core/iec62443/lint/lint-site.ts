// `c981 lint`: partitioning, conduit, inventory and compensating-control rules over site-file
// documents (DESIGN §5). Pure: the CLI, the API's site evaluation and the UI all call these.
import type { SiteDoc, SiteFileDoc } from '../../schemas/site-file.js';
import { ASSET_NO_ZONE } from './asset-rules.js';
import { CONDUIT_EXTERNAL_DIRECT, CONDUIT_SAFETY_EXPOSED, CONDUIT_SLT_BELOW_ZONE } from './conduit-rules.js';
import { CC_EXPIRED, CC_UNAPPROVED } from './control-rules.js';
import type { Finding } from './finding.js';
import type { LintRule, RuleInfo, Violation } from './rule.js';
import { indexSite } from './site-index.js';
import { ZONE_SLC_BELOW_SLT } from './zone-capability-rules.js';
import { ZONE_BUSINESS_MIXED, ZONE_EMPTY, ZONE_NO_SLT, ZONE_SAFETY_MIXED, ZONE_WIRELESS_MIXED } from './zone-rules.js';

export type { Finding } from './finding.js';
export type { RuleInfo } from './rule.js';

/** Every rule, in the order findings are reported. */
export const LINT_RULES: readonly LintRule[] = [
  ZONE_SAFETY_MIXED,
  ZONE_BUSINESS_MIXED,
  ZONE_WIRELESS_MIXED,
  CONDUIT_EXTERNAL_DIRECT,
  CONDUIT_SAFETY_EXPOSED,
  CONDUIT_SLT_BELOW_ZONE,
  ZONE_NO_SLT,
  ZONE_EMPTY,
  ASSET_NO_ZONE,
  ZONE_SLC_BELOW_SLT,
  CC_UNAPPROVED,
  CC_EXPIRED,
];

/** The rules' metadata (id, severity, subject, clause, summary), in report order. */
export const RULES: readonly RuleInfo[] = LINT_RULES.map((r) => ({
  id: r.id,
  severity: r.severity,
  subject: r.subject,
  clause: r.clause,
  summary: r.summary,
}));

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bySubject = (a: Violation, b: Violation): number => byCodeUnits(a.subjectId, b.subjectId);

/**
 * Lints one site as of a UTC date. Findings come in rule order (as in `RULES`), then by subject id;
 * a rule reports a subject at most once.
 *
 * @example
 * lintSite({ id: 'p', name: 'P', zones: [{ id: 'z', name: 'Z', kind: 'control' }] }, '2026-11-25')
 * // [ZONE-NO-SLT on z, ZONE-EMPTY on z]
 */
export function lintSite(site: SiteDoc, asOf: string): Finding[] {
  const index = indexSite(site, asOf);
  const findings: Finding[] = [];
  for (const rule of LINT_RULES) {
    let previous: string | undefined;
    for (const v of rule.check(index).sort(bySubject)) {
      // Guards the one-finding-per-subject contract even for a file with duplicate ids.
      if (v.subjectId === previous) continue;
      previous = v.subjectId;
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        site: site.id,
        subject: { kind: rule.subject, id: v.subjectId },
        message: v.message,
        clause: rule.clause,
      });
    }
  }
  return findings;
}

/** Lints every site of a document; sites in order of their id. */
export function lintFile(doc: SiteFileDoc, asOf: string): Finding[] {
  return [...doc.sites].sort((a, b) => byCodeUnits(a.id, b.id)).flatMap((site) => lintSite(site, asOf));
}

/** True when some finding is an error: `c981 lint` then exits 1 (DESIGN §5). */
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
