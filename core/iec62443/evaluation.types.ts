// The evaluation contract of DESIGN §5 (`c981 evaluate --json`, the evaluation API).

export interface BlockingRequirement {
  id: string;
  fr: number;
  minSl: number;
  /** The result's status, or "unassessed". */
  status: string;
}

export interface CompensatedRequirement {
  id: string;
  control: string;
}

/** The evaluation of one zone or conduit. */
export interface Eval {
  id: string;
  slTarget: number[] | null;
  slAchieved: number[];
  /** Zones: seven entries, null where no asset has capability data. Conduits: null. */
  slCapability: (number | null)[] | null;
  capabilityComplete: boolean | null;
  gap: number[];
  blocking: BlockingRequirement[];
  compensated: CompensatedRequirement[];
  warnings: string[];
}

export interface SiteEval {
  id: string;
  zones: Eval[];
  conduits: Eval[];
}

export interface EstateEval {
  asOf: string;
  sites: SiteEval[];
}
