// Risk data of a site file (issue #6, added compatibly to format 1): the organization's and a
// site's risk matrix, and the site's threat scenarios. What the schema cannot say is checked here
// with the same core rules the API uses (validateMatrix, validateScenario), so a file is refused
// for exactly what a request would be.
import type { Path } from '../schemas/explain.js';
import type { RiskMatrix } from '../schemas/risk-matrix.js';
import { FOLLOW_ORGANIZATION, type SiteDoc } from '../schemas/site-file.js';
import { validateMatrix } from '../iec62443/risk/matrix.js';
import { validateScenario, type RiskScales } from '../iec62443/risk/scenario.js';
import { MAX_SCALE_LEVEL } from '../schemas/risk-scenario.js';
import type { Issue } from './issue.js';

/** The matrix's problems, placed under `base`; true when it is coherent. */
export function checkMatrix(m: RiskMatrix, base: Path, out: Issue[]): boolean {
  const issues = validateMatrix(m);
  for (const i of issues) out.push({ ...i, path: [...base, ...i.path] });
  return issues.length === 0;
}

export interface RiskContext {
  /** The file's organization matrix when it states a coherent one. */
  orgMatrix?: RiskMatrix;
  /** Zone and conduit id → site id over the whole file, to name another site's zone. */
  siteOfScope: ReadonlyMap<string, string>;
}

/** The site's matrix and threat scenarios (IEC 62443-3-2 ZCR 5) against the site's own entities. */
export function checkSiteRisks(site: SiteDoc, base: Path, out: Issue[], ctx: RiskContext): void {
  const own = site.riskMatrix !== FOLLOW_ORGANIZATION ? site.riskMatrix : undefined;
  // Scenarios are rated on the site's own matrix, else the organization's. When the file does not
  // state that matrix (it lives in the database) or states an incoherent one (reported once),
  // only the largest scale is checked here and the import checks the real one.
  const ownCoherent = own !== undefined && checkMatrix(own, [...base, 'riskMatrix'], out);
  const rated = own !== undefined ? (ownCoherent ? own : undefined) : ctx.orgMatrix;
  const scales: RiskScales = rated
    ? { likelihoodLevels: rated.likelihood.length, consequenceLevels: rated.consequence.length }
    : { likelihoodLevels: MAX_SCALE_LEVEL, consequenceLevels: MAX_SCALE_LEVEL };
  const refs = {
    zones: new Set((site.zones ?? []).map((z) => z.id)),
    conduits: new Set((site.conduits ?? []).map((c) => c.id)),
    assets: new Set((site.assets ?? []).map((a) => a.id)),
    compensatingControls: new Set((site.compensatingControls ?? []).map((c) => c.id)),
  };
  const seen = new Map<string, number>();
  (site.risks ?? []).forEach((s, i) => {
    const path: Path = [...base, 'risks', i];
    const first = seen.get(s.id);
    if (first !== undefined)
      out.push({
        path: [...path, 'id'],
        message: `duplicate risk scenario id "${s.id}" (already used at risks[${first}])`,
      });
    else seen.set(s.id, i);
    // Warnings (a residual rating worse than the unmitigated one) show in the register, not here.
    for (const issue of validateScenario(s, { scales, refs }, path)) {
      if (issue.severity !== 'error') continue;
      out.push({ path: issue.path, message: targetMessage(issue, s.target, site.id, ctx) ?? issue.message });
    }
  });
}

/** A target in another site of the file gets the message every cross-site reference gets. */
function targetMessage(
  issue: { path: Path },
  target: { kind: string; id: string },
  siteId: string,
  ctx: RiskContext,
): string | undefined {
  const tail = issue.path.slice(-2);
  if (tail[0] !== 'target' || tail[1] !== 'id') return undefined;
  const other = ctx.siteOfScope.get(target.id);
  if (other !== undefined && other !== siteId)
    return `${target.kind} "${target.id}" belongs to site "${other}"; references must stay inside site "${siteId}"`;
  return `${target.kind} "${target.id}" does not exist in site "${siteId}"`;
}
