import type { AssetType } from '../schemas/vocabulary.js';
import type { Industry } from './places.js';
import { type Product, PRODUCTS } from './products.js';
import type { Rng } from './random.js';

/** Picks products for one site: mostly its one or two standard lines per type, sometimes others. */
export class ProductPicker {
  private readonly candidates = new Map<AssetType, Product[]>();
  private readonly preferred = new Map<AssetType, Product[]>();
  private readonly weightedCandidates = new Map<AssetType, (readonly [Product, number])[]>();

  constructor(
    private readonly industry: Industry,
    private readonly rng: Rng,
  ) {}

  private all(type: AssetType): Product[] {
    let all = this.candidates.get(type);
    if (!all) {
      all = PRODUCTS.filter((p) => p.type === type && (!p.industries || p.industries.includes(this.industry)));
      if (all.length === 0) all = PRODUCTS.filter((p) => p.type === type);
      this.candidates.set(type, all);
      const modern = all.filter((p) => !p.legacy);
      this.preferred.set(type, this.rng.sample(modern.length > 0 ? modern : all, this.rng.int(1, 2)));
    }
    return all;
  }

  preferredOf(type: AssetType): readonly Product[] {
    this.all(type);
    return this.preferred.get(type) ?? [];
  }

  pick(type: AssetType): Product {
    const all = this.all(type);
    const pref = this.preferred.get(type) ?? all;
    if (pref.length > 0 && this.rng.chance(0.88)) return this.rng.pick(pref);
    let w = this.weightedCandidates.get(type);
    if (!w) this.weightedCandidates.set(type, (w = all.map((p) => [p, p.weight ?? 1] as const)));
    return this.rng.weighted(w);
  }
}
