/** One of the seven foundational requirements (IEC 62443-3-3 / 4-2 clauses 5–11). */
export interface FoundationalRequirement {
  readonly fr: number;
  readonly abbrev: string;
  readonly title: string;
}

/** A 62443-3-3 system requirement (SR) or requirement enhancement (RE). */
export interface Catalog33Item {
  readonly id: string;
  readonly type: 'SR' | 'RE';
  readonly fr: number;
  /** Lowest SL (1–4) at which the item is required; gating is cumulative. */
  readonly minSl: number;
  readonly title: string;
}

export type ComponentType = 'SAR' | 'EDR' | 'HDR' | 'NDR';

/** A 62443-4-2 component requirement (CR, CR RE or a component-type-specific item). */
export interface Catalog42Item {
  readonly id: string;
  readonly type: string;
  readonly fr: number;
  /** null for delegated and heading-only CRs, which carry no gating of their own. */
  readonly minSl: number | null;
  readonly appliesTo: readonly ComponentType[];
  readonly title: string;
}
