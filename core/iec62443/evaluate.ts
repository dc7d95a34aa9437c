// SL-A, SL-C, gaps, blocking and compensated requirements of zones and conduits, exactly as
// DESIGN §3 defines them. Pure functions: the CLI, the API and the UI all call these.
import type { AssetDoc, CompensatingControlDoc, ResultInputDoc, SiteDoc } from '../schemas/site-file.js';
import { assetCapability } from './capability.js';
import { CATALOG_3_3, type Catalog33Item } from './catalog.js';
import { controlValidity } from './controls.js';
import type { BlockingRequirement, CompensatedRequirement, Eval, SiteEval } from './evaluation.types.js';
import { toVector } from './sl-vector.js';

export type * from './evaluation.types.js';

const SATISFYING = new Set(['implemented', 'not-applicable']);

/**
 * Blocking entries are the same for every scope that shares a requirement and status, so they are
 * made once and frozen: an estate-wide evaluation would otherwise allocate half a million of them.
 */
const BLOCKING = new Map(
  CATALOG_3_3.map((item) => [
    item.id,
    new Map(
      ['partial', 'planned', 'not-implemented', 'unassessed'].map((status) => [
        status,
        Object.freeze({ id: item.id, fr: item.fr, minSl: item.minSl, status }),
      ]),
    ),
  ]),
);

const CATALOG_INDEX = new Map(CATALOG_3_3.map((item, i) => [item.id, i]));

/**
 * The status of each catalog requirement, by catalog index. Walking the (few) keys of the
 * results once is several times faster than probing the object for all 100 requirement ids,
 * most of them absent — which matters for an estate of 10,000 zones and conduits.
 */
function statusesByIndex(results: Record<string, ResultInputDoc>): (string | undefined)[] {
  const out = new Array<string | undefined>(CATALOG_3_3.length);
  for (const id in results) {
    const i = CATALOG_INDEX.get(id);
    if (i !== undefined) out[i] = statusOf(results[id]);
  }
  return out;
}

function blockingEntry(id: string, fr: number, minSl: number, status: string): BlockingRequirement {
  return BLOCKING.get(id)?.get(status) ?? { id, fr, minSl, status };
}

const statusOf = (r: ResultInputDoc | undefined): string | undefined => (typeof r === 'string' ? r : r?.status);

export interface ScopeInput {
  id: string;
  slTarget?: number | number[];
  /** 3-3 results of this zone or conduit. */
  results: Record<string, ResultInputDoc>;
  /** Compensating controls whose scope is this zone or conduit. */
  controls: readonly CompensatingControlDoc[];
  /** Zones: their assets. Conduits have none (undefined). */
  assets?: readonly AssetDoc[];
}

/**
 * Evaluates one zone or conduit as of a UTC date (DESIGN §3).
 *
 * @example
 * // SR 1.1 RE 1 (first required at SL 2) is only partial: FR 1 reaches SL 1, the gap to 2 is 1.
 * evaluateScope({ id: 'z', slTarget: 2, results: { 'SR 1.1': 'implemented',
 *   'SR 1.1 RE 1': 'partial' }, controls: [], assets: [] }, '2026-11-25').gap[0] // 1
 */
export function evaluateScope(s: ScopeInput, asOf: string): Eval {
  const slTarget = s.slTarget === undefined ? null : toVector(s.slTarget);
  const warnings: string[] = [];
  if (!slTarget) warnings.push('no SL-T set: gaps and blocking requirements are not computed');

  // Only approved, unexpired controls count (DESIGN §3.1); the others are reported.
  const covering = new Map<string, string[]>();
  for (const c of [...s.controls].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const validity = controlValidity(c, asOf);
    if (validity === 'valid') {
      for (const r of c.requirements) covering.set(r, [...(covering.get(r) ?? []), c.id]);
    } else if (validity === 'unapproved')
      warnings.push(`compensating control "${c.id}" is not approved and does not count`);
    else if (validity === 'expired')
      warnings.push(`compensating control "${c.id}" expired on ${c.expires ?? ''} and does not count`);
    else
      warnings.push(
        `compensating control "${c.id}" is approved only from ${c.approvedAt ?? ''} and does not count yet`,
      );
  }

  const slAchieved = [4, 4, 4, 4, 4, 4, 4];
  const blocking: BlockingRequirement[] = [];
  const compensated: CompensatedRequirement[] = [];
  const statuses = statusesByIndex(s.results);
  for (let index = 0; index < CATALOG_3_3.length; index++) {
    const item = CATALOG_3_3[index] as Catalog33Item;
    const status = statuses[index];
    const ownSatisfied = status !== undefined && SATISFYING.has(status);
    const controls = ownSatisfied ? undefined : covering.get(item.id);
    if (controls) for (const control of controls) compensated.push({ id: item.id, control });
    if (ownSatisfied || controls) continue;
    const f = item.fr - 1;
    // An unsatisfied requirement first needed at SL n caps the FR at n − 1.
    slAchieved[f] = Math.min(slAchieved[f] ?? 4, item.minSl - 1);
    if (slTarget && item.minSl <= (slTarget[f] ?? 0))
      blocking.push(blockingEntry(item.id, item.fr, item.minSl, status ?? 'unassessed'));
  }
  const gap = slAchieved.map((a, i) => (slTarget ? Math.max(0, (slTarget[i] ?? 0) - a) : 0));

  let slCapability: (number | null)[] | null = null;
  let capabilityComplete: boolean | null = null;
  if (s.assets) {
    ({ slCapability, capabilityComplete } = zoneCapability(s.assets, warnings));
  }
  return { id: s.id, slTarget, slAchieved, slCapability, capabilityComplete, gap, blocking, compensated, warnings };
}

/**
 * Zone SL-C: per FR the minimum known asset SL-C over the assets that are not decommissioned
 * (the weakest component caps the zone, a practitioners' convention).
 */
function zoneCapability(
  assets: readonly AssetDoc[],
  warnings: string[],
): { slCapability: (number | null)[]; capabilityComplete: boolean } {
  const slCapability: (number | null)[] = [null, null, null, null, null, null, null];
  const unknown: string[] = [];
  let counted = 0;
  for (const a of assets) {
    if (a.lifecycle === 'decommissioned') continue;
    counted++;
    const c = assetCapability(a);
    if (!c) {
      unknown.push(a.id);
      continue;
    }
    c.forEach((v, i) => {
      const cur = slCapability[i];
      slCapability[i] = cur === null || cur === undefined ? v : Math.min(cur, v);
    });
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).join(', ');
    warnings.push(
      `${unknown.length} asset${unknown.length > 1 ? 's' : ''} without capability data: ${shown}${unknown.length > 5 ? ', …' : ''}`,
    );
  }
  return { slCapability, capabilityComplete: counted > 0 && unknown.length === 0 };
}

/** Evaluates every zone and conduit of a site. */
export function evaluateSite(site: SiteDoc, asOf: string): SiteEval {
  const results = new Map((site.assessments ?? []).map((a) => [a.scope, a.results]));
  const controls = groupBy(site.compensatingControls ?? [], (c) => c.scope);
  const assets = groupBy(site.assets ?? [], (a) => a.zone);
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    id: site.id,
    zones: [...(site.zones ?? [])].sort(byId).map((z) =>
      evaluateScope(
        {
          id: z.id,
          slTarget: z.slTarget,
          results: results.get(z.id) ?? {},
          controls: controls.get(z.id) ?? [],
          assets: assets.get(z.id) ?? [],
        },
        asOf,
      ),
    ),
    conduits: [...(site.conduits ?? [])]
      .sort(byId)
      .map((c) =>
        evaluateScope(
          { id: c.id, slTarget: c.slTarget, results: results.get(c.id) ?? {}, controls: controls.get(c.id) ?? [] },
          asOf,
        ),
      ),
  };
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}
