// Pure helpers of the portfolio page: filtering and sorting the sites, merging the estate's worst
// zones. Kept free of React so they are cheap to test and to run over 100 sites.
import type { PortfolioSite } from '../../api/types.js';
import type { PortfolioSort } from './search.js';

/** Share of a site's zones that meet their SL-T in every FR (0 when it has no zones). */
export const meetingShare = (s: PortfolioSite): number => (s.zones === 0 ? 0 : s.zonesMeetingTarget / s.zones);

/** The largest gap of FR `fr` (1–7) on a site, 0 when unknown. */
export const maxGapOf = (s: PortfolioSite, fr: number): number => s.fr.find((f) => f.fr === fr)?.maxGap ?? 0;

function sortValue(s: PortfolioSite, sort: PortfolioSort): string | number {
  switch (sort) {
    case 'name':
      return s.name.toLowerCase();
    case 'zones':
      return s.zones;
    case 'meeting':
      return meetingShare(s);
    default:
      return maxGapOf(s, Number(sort.slice(2)));
  }
}

/** The sites whose name or id contains `q` (case-insensitive), sorted by a column; ties by name. */
export function filterSortSites(
  sites: readonly PortfolioSite[],
  q: string | undefined,
  sort: PortfolioSort = 'name',
  dir: 'asc' | 'desc' = 'asc',
): PortfolioSite[] {
  const needle = q?.trim().toLowerCase();
  const kept = needle
    ? sites.filter((s) => s.name.toLowerCase().includes(needle) || s.id.includes(needle))
    : [...sites];
  const sign = dir === 'desc' ? -1 : 1;
  return kept
    .map((s) => ({ s, v: sortValue(s, sort) }))
    .sort((a, b) => {
      const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return c !== 0 ? sign * c : a.s.name.localeCompare(b.s.name);
    })
    .map((x) => x.s);
}

export type WorstZone = PortfolioSite['worstZones'][number] & { siteName: string };

/** Every site's worst zones in one list, largest total gap first (ties: site, then zone id). */
export function worstZonesOfEstate(sites: readonly PortfolioSite[], count = 15): WorstZone[] {
  return sites
    .flatMap((s) => s.worstZones.map((z) => ({ ...z, siteName: s.name })))
    .sort((a, b) => b.totalGap - a.totalGap || a.site.localeCompare(b.site) || a.id.localeCompare(b.id))
    .slice(0, count);
}
