// Vendor advisories matched against a site's assets (issue #10 item 4): the findings list
// prioritised by severity, the zone's SL-T, exposure through conduits, legacy and whether a fix
// exists; "Now / Next / Never" triage with owner, due date and links to compensating controls and
// roadmap actions. Verdicts are computed on every read from the current inventory, so a finding
// closes by itself when the asset's firmware is updated past the fix.
import { createMatcher } from '../../../core/advisories/match-inventory.js';
import { zoneExposure } from '../../../core/advisories/exposure.js';
import { fixAvailableOf, vulnerabilityPriority } from '../../../core/advisories/priority.js';
import type { AdvisoryVerdict } from '../../../core/advisories/verdict.js';
import { readableBy, requirePermission } from '../access.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { VulnerabilityTriageTable } from '../../db/schema.js';
import type { Db } from '../../db/connection.js';
import { requireSite } from '../site-refs.js';
import { userNames } from '../user-names.js';
import { advisoryIndexOf } from './advisory-index.cache.js';
import type {
  Counts,
  Finding,
  PortfolioVulnerabilities,
  SiteVulnerabilities,
  Triage,
} from './vulnerabilities.views.js';

type TriageRow = Omit<VulnerabilityTriageTable, 'site_id'>;

const triageKey = (assetId: string, advisoryKey: string): string => `${assetId}\u0000${advisoryKey}`;

export function triageView(r: TriageRow, names: ReadonlyMap<string, string>): Triage {
  return {
    decision: r.decision === 'now' || r.decision === 'next' || r.decision === 'never' ? r.decision : null,
    owner: r.owner,
    due: r.due,
    note: r.note,
    compensatingControlId: r.compensating_control_id,
    roadmapActionId: r.roadmap_action_id,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by ? (names.get(r.updated_by) ?? r.updated_by) : null,
  };
}

async function advisoryIds(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.selectFrom('advisories').select(['id', 'advisory_key']).execute();
  return new Map(rows.map((r) => [r.advisory_key, r.id]));
}

/** The advisory library as matching needs it: read once per request, however many sites it covers. */
interface Library {
  index: Awaited<ReturnType<typeof advisoryIndexOf>>;
  ids: Map<string, string>;
}

async function libraryOf(db: Db): Promise<Library> {
  const [index, ids] = await Promise.all([advisoryIndexOf(db), advisoryIds(db.kysely)]);
  return { index, ids };
}

/** Everything a site's findings need, read in a handful of queries. */
async function siteFindings(
  db: Db,
  siteId: string,
  { index, ids }: Library,
): Promise<{ findings: Finding[]; assetCount: number; advisoryCount: number }> {
  const k = db.kysely;
  const [zones, members, assets, triage] = await Promise.all([
    k.selectFrom('zones').selectAll().where('site_id', '=', siteId).execute(),
    k.selectFrom('conduit_zones').select(['conduit_id', 'zone_id']).where('site_id', '=', siteId).execute(),
    k
      .selectFrom('assets')
      .select(['id', 'name', 'zone_id', 'vendor', 'model', 'firmware', 'order_number', 'legacy'])
      .where('site_id', '=', siteId)
      .execute(),
    k.selectFrom('vulnerability_triage').selectAll().where('site_id', '=', siteId).execute(),
  ]);
  const conduits = new Map<string, string[]>();
  for (const m of members) conduits.set(m.conduit_id, [...(conduits.get(m.conduit_id) ?? []), m.zone_id]);
  const exposure = zoneExposure(zones, [...conduits.values()]);
  const zoneById = new Map(
    zones.map((z) => {
      const levels = [z.slt1, z.slt2, z.slt3, z.slt4, z.slt5, z.slt6, z.slt7].filter(
        (x): x is number => typeof x === 'number',
      );
      return [z.id, { id: z.id, name: z.name, slt: levels.length > 0 ? Math.max(...levels) : null }];
    }),
  );
  const triageByKey = new Map(triage.map((t) => [triageKey(t.asset_id, t.advisory_key), t]));
  const names = await userNames(
    k,
    triage.map((t) => t.updated_by),
  );
  const matcher = createMatcher(index);
  const findings: Finding[] = [];
  for (const a of assets) {
    if (!a.vendor && !a.model && !a.order_number) continue;
    const matched = matcher.match({
      id: a.id,
      vendor: a.vendor,
      model: a.model,
      orderNumber: a.order_number,
      firmware: a.firmware,
    });
    for (const v of matched.advisories) {
      const t = triageByKey.get(triageKey(a.id, v.advisoryKey));
      // Not affected: listed only when it was triaged before — the firmware moved past the fix.
      if (v.verdict === 'not-affected' && !t) continue;
      findings.push(finding(a, v, t, zoneById.get(a.zone_id ?? ''), exposure, ids, names));
    }
  }
  findings.sort(
    (x, y) =>
      Number(x.status === 'closed') - Number(y.status === 'closed') ||
      y.priority - x.priority ||
      x.assetId.localeCompare(y.assetId) ||
      x.trackingId.localeCompare(y.trackingId),
  );
  return { findings, assetCount: assets.length, advisoryCount: index.advisories.length };
}

function finding(
  a: {
    id: string;
    name: string;
    zone_id: string | null;
    vendor: string | null;
    model: string | null;
    firmware: string | null;
    order_number: string | null;
    legacy: number;
  },
  v: AdvisoryVerdict,
  t: TriageRow | undefined,
  zone: { id: string; name: string; slt: number | null } | undefined,
  exposure: ReadonlyMap<string, string[]>,
  ids: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): Finding {
  const exposedVia = zone ? (exposure.get(zone.id) ?? []) : [];
  const zoneSlT = zone?.slt ?? null;
  const fixAvailable = fixAvailableOf(v.remediations, v.fixedIn);
  const { priority, factors } = vulnerabilityPriority({
    verdict: v.verdict,
    maxCvssV3: v.maxCvssV3,
    maxCvssV4: v.maxCvssV4,
    zoneSlT,
    exposedVia,
    legacy: a.legacy === 1,
    fixAvailable,
    remediations: v.remediations,
  });
  return {
    assetId: a.id,
    assetName: a.name,
    vendor: a.vendor,
    model: a.model,
    orderNumber: a.order_number,
    firmware: a.firmware,
    legacy: a.legacy === 1,
    zoneId: zone?.id ?? null,
    zoneName: zone?.name ?? null,
    zoneSlT,
    exposed: exposedVia.length > 0,
    exposedVia,
    advisoryId: ids.get(v.advisoryKey) ?? '',
    advisoryKey: v.advisoryKey,
    trackingId: v.id,
    title: v.title,
    verdict: v.verdict,
    status: v.verdict === 'not-affected' ? 'closed' : 'open',
    cves: [...v.cves],
    maxCvssV3: v.maxCvssV3,
    maxCvssV4: v.maxCvssV4,
    remediations: [...v.remediations],
    fixAvailable,
    fixedIn: [...v.fixedIn],
    reason: v.reason,
    priority,
    priorityFactors: factors,
    triage: t ? triageView(t, names) : null,
  };
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { affected: 0, review: 0, closed: 0, now: 0, next: 0, never: 0, untriaged: 0 };
  for (const f of findings) {
    if (f.status === 'closed') {
      c.closed++;
      continue;
    }
    if (f.verdict === 'affected') c.affected++;
    else c.review++;
    const d = f.triage?.decision ?? null;
    if (d) c[d]++;
    else c.untriaged++;
  }
  return c;
}

export async function siteVulnerabilities(db: Db, actor: Actor, siteId: string): Promise<SiteVulnerabilities> {
  requirePermission(actor, 'site.read', siteId);
  await requireSite(db.kysely, siteId);
  const { findings, assetCount, advisoryCount } = await siteFindings(db, siteId, await libraryOf(db));
  return { advisoryCount, assetCount, counts: countFindings(findings), findings };
}

export async function portfolioVulnerabilities(db: Db, actor: Actor): Promise<PortfolioVulnerabilities> {
  const readable = readableBy(actor);
  if (readable && readable.length === 0) return { sites: [], top: [] };
  let q = db.kysely.selectFrom('sites').select(['id', 'name']).orderBy('name');
  if (readable) q = q.where('id', 'in', readable);
  const sites = await q.execute();
  const library = await libraryOf(db);
  const out: PortfolioVulnerabilities = { sites: [], top: [] };
  const all: PortfolioVulnerabilities['top'] = [];
  for (const s of sites) {
    const { findings } = await siteFindings(db, s.id, library);
    const c = countFindings(findings);
    const open = findings.filter((f) => f.status === 'open');
    out.sites.push({
      siteId: s.id,
      siteName: s.name,
      ...c,
      critical: open.filter((f) => f.verdict === 'affected' && (f.maxCvssV3 ?? f.maxCvssV4 ?? 0) >= 9).length,
      noFix: open.filter((f) => !f.fixAvailable).length,
    });
    for (const f of open.slice(0, 20)) all.push({ ...f, siteId: s.id, siteName: s.name });
  }
  out.top = all.sort((x, y) => y.priority - x.priority).slice(0, 20);
  return out;
}
