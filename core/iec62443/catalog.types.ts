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
  /** For CRs stated only per component type: the SAR/EDR/HDR/NDR items that carry the gating. */
  readonly delegatedTo?: readonly string[];
  /** True for a clause heading with no component-level requirement (CR 2.3, 5.4, 7.5). */
  readonly headingOnly?: true;
}

/** A 62443-3-2 zone and conduit requirement (ZCR) or one of its sub-requirements. */
export interface Catalog32Item {
  readonly id: string;
  readonly type: 'ZCR' | 'ZCR_SUB';
  /** The ZCR a sub-requirement belongs to ("ZCR 3"); null for the ZCRs themselves. */
  readonly parent: string | null;
  readonly title: string;
}

/** A 62443-4-1 practice ("Practice 1") or one of its requirements ("SM-1"). */
export interface Catalog41Item {
  readonly id: string;
  readonly type: 'PRACTICE' | 'REQ';
  /** The practice a requirement belongs to ("Practice 1"); null for the practices themselves. */
  readonly practice: string | null;
  readonly title: string;
}
