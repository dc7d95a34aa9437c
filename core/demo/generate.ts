// A deterministic generator of large, realistic-looking estates (site-file documents) for scale
// tests, benchmarks and demos. Pure code: no I/O and no node: imports, so it also runs in a
// browser. Same options and seed → the same document, byte for byte once serialised.
import type { SiteDoc, SiteFileDoc } from '../schemas/site-file.js';
import { INDUSTRIES, type Place, PLACES, slug } from './places.js';
import { Rng } from './random.js';
import { generateSite } from './site.js';

// The generator's building blocks, re-exported so callers keep one entry point.
export { applicable33 } from './applicable-requirements.js';
export { TYPE_ID } from './asset-factory.js';
export { CLASS_COMPONENT_TYPE, CLASS_OF_TYPE, COUNTED_42 } from './component-classes.js';
export { macFor, serialFrom } from './device-identifiers.js';
export { type Industry, slug } from './places.js';
export { classOf, type Product, product, PRODUCT_BY_KEY, PRODUCTS } from './products.js';
export { ZONE_COLUMN } from './zones-plan.js';

export interface GenerateOptions {
  /** Number of sites. */
  sites: number;
  /** Exact number of assets in every site. */
  assetsPerSite: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

/** Generates a whole estate. Deterministic for (sites, assetsPerSite, seed). */
export function generateEstate(opts: GenerateOptions): SiteFileDoc {
  const seed = opts.seed ?? 1;
  const rng = new Rng(seed);
  const sites: SiteDoc[] = [];
  const usedSiteIds = new Set<string>();
  const macCounter = { n: (seed * 7919) & 0xfffff };
  const places = rng.shuffle(PLACES);
  for (let s = 0; s < opts.sites; s++) {
    const place = places[s % places.length] as Place;
    const industry = rng.pick(INDUSTRIES);
    let id = slug(place.city);
    for (let k = 2; usedSiteIds.has(id); k++) id = `${slug(place.city)}-${k}`;
    usedSiteIds.add(id);
    sites.push(generateSite({ id, place, industry, index: s, assets: opts.assetsPerSite, rng, macCounter }));
  }
  return { c981: 1, organization: `Demo Group (generated, seed ${seed})`, sites };
}
