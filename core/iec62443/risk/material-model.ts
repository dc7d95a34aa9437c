// The parts of a site an approved risk assessment depends on, and what changed in them since.
// IEC 62443-3-2 ZCR 1.x/3.x: the zone and conduit partitioning and the SL-Ts come out of the
// assessment, so changing them (or which assets are safety-related) calls for a re-assessment;
// names, descriptions, non-safety assets and results do not.
import type { SiteDoc } from '../../schemas/site-file.js';
import { toVector, type SlVector } from '../sl-vector.js';

export interface MaterialModel {
  zones: { id: string; kind: string; slTarget: SlVector | null }[];
  conduits: { id: string; zones: string[]; slTarget: SlVector | null }[];
  /** Ids of the assets marked `safety`. */
  safetyAssets: string[];
}

export type MaterialChangeKind = 'zone' | 'conduit' | 'asset';

export interface MaterialChange {
  kind: MaterialChangeKind;
  id: string;
  /** `added`, `removed`, `slTarget`, `kind` (a zone's), `zones` (a conduit's), `safety` (an asset's). */
  what: string;
  before: unknown;
  after: unknown;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The material model of a site, in a fixed order (so it hashes and compares stably). */
export function materialModel(site: Pick<SiteDoc, 'zones' | 'conduits' | 'assets'>): MaterialModel {
  return {
    zones: (site.zones ?? [])
      .map((z) => ({ id: z.id, kind: z.kind, slTarget: z.slTarget === undefined ? null : toVector(z.slTarget) }))
      .sort(byId),
    conduits: (site.conduits ?? [])
      .map((c) => ({
        id: c.id,
        zones: [...c.zones].sort(),
        slTarget: c.slTarget === undefined ? null : toVector(c.slTarget),
      }))
      .sort(byId),
    safetyAssets: (site.assets ?? [])
      .filter((a) => a.safety === true)
      .map((a) => a.id)
      .sort(),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffList<T extends { id: string }>(
  kind: MaterialChangeKind,
  before: readonly T[],
  after: readonly T[],
  fields: readonly (keyof T & string)[],
  out: MaterialChange[],
): void {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  for (const [id, e] of old) if (!now.has(id)) out.push({ kind, id, what: 'removed', before: e, after: null });
  for (const [id, e] of now) {
    const was = old.get(id);
    if (!was) {
      out.push({ kind, id, what: 'added', before: null, after: e });
      continue;
    }
    for (const f of fields)
      if (!same(was[f], e[f])) out.push({ kind, id, what: f, before: was[f] ?? null, after: e[f] ?? null });
  }
}

/** What changed materially from `before` (the approved snapshot) to `after` (the site now). */
export function materialChanges(before: MaterialModel, after: MaterialModel): MaterialChange[] {
  const out: MaterialChange[] = [];
  diffList('zone', before.zones, after.zones, ['kind', 'slTarget'], out);
  diffList('conduit', before.conduits, after.conduits, ['zones', 'slTarget'], out);
  const wasSafety = new Set(before.safetyAssets);
  const isSafety = new Set(after.safetyAssets);
  for (const id of before.safetyAssets)
    if (!isSafety.has(id)) out.push({ kind: 'asset', id, what: 'safety', before: true, after: false });
  for (const id of after.safetyAssets)
    if (!wasSafety.has(id)) out.push({ kind: 'asset', id, what: 'safety', before: false, after: true });
  return out;
}
