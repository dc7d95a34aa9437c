// What a baseline holds (issue #7): the site's model in canonical site-file form — zones, conduits,
// assets, SL-Ts, results, compensating controls, the risk matrix and threat scenarios — plus the
// SL-A each zone and conduit had when it was taken, so a diff can show achieved levels moving too.
// Pure: the server reads the site and stores the snapshot; diffs compare two of them.
import { evaluateSite } from '../iec62443/evaluate.js';
import type { CanonicalSite } from '../sitefile/canonical.js';

export interface ScopeLevels {
  kind: 'zone' | 'conduit';
  slTarget: number[] | null;
  slAchieved: number[];
}

export interface SiteSnapshot {
  /** Snapshot format, for readers of old baselines. */
  format: 1;
  /** The evaluation date the SL-A values are for (YYYY-MM-DD). */
  asOf: string;
  site: CanonicalSite;
  /** SL-T and SL-A per zone / conduit id at `asOf`. */
  levels: Record<string, ScopeLevels>;
}

/** The snapshot of a canonical site, with SL-A evaluated as of `asOf` (IEC 62443-3-3 SL-A). */
export function snapshotOf(site: CanonicalSite, asOf: string): SiteSnapshot {
  const ev = evaluateSite(site, asOf);
  const levels: Record<string, ScopeLevels> = {};
  for (const z of ev.zones) levels[z.id] = { kind: 'zone', slTarget: z.slTarget, slAchieved: z.slAchieved };
  for (const c of ev.conduits) levels[c.id] = { kind: 'conduit', slTarget: c.slTarget, slAchieved: c.slAchieved };
  return { format: 1, asOf, site, levels };
}
