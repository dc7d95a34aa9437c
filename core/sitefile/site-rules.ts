// Cross-entity rules of a site file (DESIGN §4): unique ids, references that stay inside their
// site, and the per-entity field rules.
import type { Path } from '../schemas/explain.js';
import type { SiteDoc, SiteFileDoc } from '../schemas/site-file.js';
import { checkAssetFields, checkControlFields, checkResults } from './field-rules.js';
import { formatPath, type Issue } from './issue.js';
import { checkMatrix, checkSiteRisks } from './risk-rules.js';
import { subnetIssues } from './subnet-rules.js';

export function checkSiteFile(doc: SiteFileDoc): Issue[] {
  const out: Issue[] = [];
  const siteOfZone = new Map<string, string>();
  const siteOfScope = new Map<string, string>();
  for (const site of doc.sites) {
    for (const z of site.zones ?? []) siteOfZone.set(z.id, site.id);
    for (const s of [...(site.zones ?? []), ...(site.conduits ?? [])]) siteOfScope.set(s.id, site.id);
  }
  const orgMatrix = doc.riskMatrix && checkMatrix(doc.riskMatrix, ['riskMatrix'], out) ? doc.riskMatrix : undefined;
  const seen = new Map<string, number>();
  doc.sites.forEach((site, i) => {
    const first = seen.get(site.id);
    if (first !== undefined)
      out.push({ path: ['sites', i, 'id'], message: `duplicate site id "${site.id}" (also sites[${first}])` });
    else seen.set(site.id, i);
    checkSite(site, ['sites', i], out, siteOfZone);
    checkSiteRisks(site, ['sites', i], out, { orgMatrix, siteOfScope });
  });
  return out;
}

/** Registers ids in one namespace and reports the second use of an id. */
function uniqueIds(out: Issue[], label: string) {
  const first = new Map<string, Path>();
  return (id: string, path: Path): void => {
    const prior = first.get(id);
    if (prior)
      out.push({
        path: [...path, 'id'],
        message: `duplicate ${label} id "${id}" (already used at ${formatPath(prior)})`,
      });
    else first.set(id, path);
  };
}

export function checkSite(site: SiteDoc, base: Path, out: Issue[], siteOfZone = new Map<string, string>()): void {
  const zones = new Map((site.zones ?? []).map((z) => [z.id, z]));
  const conduits = new Set((site.conduits ?? []).map((c) => c.id));
  const zoneRef = (id: string, path: Path, what: string): void => {
    if (zones.has(id)) return;
    const other = siteOfZone.get(id);
    const message =
      other !== undefined && other !== site.id
        ? `${what} "${id}" belongs to site "${other}"; references must stay inside site "${site.id}"`
        : conduits.has(id)
          ? `"${id}" is a conduit, not a zone`
          : `${what} "${id}" does not exist in site "${site.id}"`;
    out.push({ path, message });
  };

  // Zones and conduits share one namespace so a scope is never ambiguous (DESIGN §4).
  const scopeId = uniqueIds(out, 'zone/conduit');
  (site.zones ?? []).forEach((z, i) => {
    const path = [...base, 'zones', i];
    scopeId(z.id, path);
    // Against the zones before this one, so a prefix used twice is reported once, at its second use.
    out.push(...subnetIssues(z, (site.zones ?? []).slice(0, i), path));
    if (z.parent !== undefined) {
      if (z.parent === z.id) out.push({ path: [...path, 'parent'], message: 'a zone cannot be its own parent' });
      else zoneRef(z.parent, [...path, 'parent'], 'parent zone');
    }
  });
  checkParentCycles(site, base, out);

  (site.conduits ?? []).forEach((c, i) => {
    const path = [...base, 'conduits', i];
    scopeId(c.id, path);
    const members = new Set<string>();
    c.zones.forEach((zid, j) => {
      if (members.has(zid)) out.push({ path: [...path, 'zones', j], message: `zone "${zid}" is listed twice` });
      members.add(zid);
      zoneRef(zid, [...path, 'zones', j], 'zone');
    });
    (c.channels ?? []).forEach((ch, j) => {
      for (const end of ['from', 'to'] as const) {
        if (!members.has(ch[end]))
          out.push({
            path: [...path, 'channels', j, end],
            message: `"${ch[end]}" is not one of the zones this conduit joins (${c.zones.join(', ')})`,
          });
      }
    });
  });

  const assetId = uniqueIds(out, 'asset');
  const assets = new Set<string>();
  (site.assets ?? []).forEach((a, i) => {
    const path = [...base, 'assets', i];
    assetId(a.id, path);
    assets.add(a.id);
    if (a.zone !== undefined) zoneRef(a.zone, [...path, 'zone'], 'zone');
    checkAssetFields(a, path, out);
  });

  const scopes = new Map<string, number>();
  (site.assessments ?? []).forEach((as, i) => {
    const path = [...base, 'assessments', i];
    const prior = scopes.get(as.scope);
    if (prior !== undefined)
      out.push({
        path: [...path, 'scope'],
        message: `a second assessment for scope "${as.scope}" (the first is assessments[${prior}]); merge them`,
      });
    else scopes.set(as.scope, i);
    if (!zones.has(as.scope) && !conduits.has(as.scope))
      out.push({
        path: [...path, 'scope'],
        message: `scope "${as.scope}" is not a zone or conduit of site "${site.id}"`,
      });
    checkResults(as.results, [...path, 'results'], out);
  });

  const controlId = uniqueIds(out, 'compensating control');
  (site.compensatingControls ?? []).forEach((c, i) => {
    const path = [...base, 'compensatingControls', i];
    controlId(c.id, path);
    if (!zones.has(c.scope) && !conduits.has(c.scope))
      out.push({
        path: [...path, 'scope'],
        message: `scope "${c.scope}" is not a zone or conduit of site "${site.id}"`,
      });
    (c.assets ?? []).forEach((aid, j) => {
      if (!assets.has(aid))
        out.push({ path: [...path, 'assets', j], message: `asset "${aid}" does not exist in site "${site.id}"` });
    });
    checkControlFields(c, path, out);
  });
}

function checkParentCycles(site: SiteDoc, base: Path, out: Issue[]): void {
  const parent = new Map((site.zones ?? []).map((z) => [z.id, z.parent]));
  (site.zones ?? []).forEach((z, i) => {
    const visited = new Set<string>([z.id]);
    let p = z.parent;
    while (p !== undefined && parent.has(p)) {
      if (visited.has(p)) {
        if (p === z.id)
          out.push({
            path: [...base, 'zones', i, 'parent'],
            message: `zone "${z.id}" is its own ancestor (parent cycle)`,
          });
        return;
      }
      visited.add(p);
      p = parent.get(p);
    }
  });
}
