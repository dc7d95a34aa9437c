// Filtering, sorting and the estate's worst zones on the portfolio page.
import { describe, expect, it } from 'vitest';
import type { PortfolioSite } from '../../api/types.js';
import { filterSortSites, worstZonesOfEstate } from './portfolio-model.js';

const site = (id: string, name: string, zones: number, meeting: number, gaps: number[]): PortfolioSite => ({
  id,
  name,
  regulated: false,
  zones,
  zonesMeetingTarget: meeting,
  fr: gaps.map((maxGap, i) => ({ fr: i + 1, zonesWithGap: maxGap ? 1 : 0, maxGap })),
  worstZones: [
    { site: id, id: `${id}-z1`, name: 'Zone 1', totalGap: gaps.reduce((a, b) => a + b, 0), gap: gaps },
    { site: id, id: `${id}-z2`, name: 'Zone 2', totalGap: 1, gap: [1, 0, 0, 0, 0, 0, 0] },
  ],
});

const sites = [
  site('basel', 'Basel API plant', 12, 2, [2, 3, 2, 3, 2, 2, 3]),
  site('emmen', 'Emmen packaging', 11, 0, [3, 2, 2, 2, 3, 1, 2]),
  site('river', 'Riverside water', 0, 0, [0, 0, 0, 0, 0, 0, 0]),
];

describe('filterSortSites', () => {
  it('filters by name or id, case-insensitively', () => {
    expect(filterSortSites(sites, 'PLANT').map((s) => s.id)).toEqual(['basel']);
    expect(filterSortSites(sites, 'emm').map((s) => s.id)).toEqual(['emmen']);
    expect(filterSortSites(sites, '  ').map((s) => s.id)).toEqual(['basel', 'emmen', 'river']);
  });

  it('sorts by a column, ties by name', () => {
    expect(filterSortSites(sites, undefined, 'fr1', 'desc').map((s) => s.id)).toEqual(['emmen', 'basel', 'river']);
    expect(filterSortSites(sites, undefined, 'meeting', 'asc').map((s) => s.id)).toEqual(['emmen', 'river', 'basel']);
    expect(filterSortSites(sites, undefined, 'name', 'desc').map((s) => s.id)).toEqual(['river', 'emmen', 'basel']);
  });
});

describe('worstZonesOfEstate', () => {
  it("merges every site's worst zones, largest total gap first", () => {
    const worst = worstZonesOfEstate(sites, 3);
    expect(worst.map((z) => [z.site, z.id, z.totalGap])).toEqual([
      ['basel', 'basel-z1', 17],
      ['emmen', 'emmen-z1', 15],
      ['basel', 'basel-z2', 1],
    ]);
    expect(worst[0]?.siteName).toBe('Basel API plant');
  });
});
