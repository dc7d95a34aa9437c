// The remediation roadmap's projection (issue #7 item 3, docs/roadmap.md): what SL-A each zone
// and conduit is expected to reach, FR by FR, as its planned actions land quarter by quarter.

/** Why an action was left out of a projection. */
export type SkipReason =
  /** Already reflected in the results and controls the projection starts from. */
  | 'done'
  | 'cancelled'
  /** A what-if that did not tick it. */
  | 'not-selected'
  /** Its zone or conduit is not in the site (any more). */
  | 'unknown-scope';

/** One applied action: the SL-A of its scope just before and just after it. */
export interface ProjectionStep {
  action: string;
  title: string;
  scope: string;
  due: string | null;
  /** Its timeline column: the quarter it is due in (the current one when overdue), or `unscheduled`. */
  quarter: string;
  /** Due before the as-of date and not done. */
  overdue: boolean;
  before: number[];
  after: number[];
  /** Gap to SL-T after it (seven 0s without SL-T). */
  gap: number[];
  /** FRs (1–7) whose SL-A it changes, up or down. */
  changed: number[];
}

/** A zone's or conduit's SL-A at the end of one timeline column. */
export interface TimelinePoint {
  quarter: string;
  slAchieved: number[];
  gap: number[];
  /** The actions on this scope landing in this column, in the order applied. */
  actions: string[];
}

export interface ScopeProjection {
  id: string;
  kind: 'zone' | 'conduit';
  slTarget: number[] | null;
  /** SL-A as of the as-of date, before any action. */
  current: number[];
  /** One point per column of the projection's `quarters`. */
  timeline: TimelinePoint[];
  /** SL-A and gap after every applied action. */
  final: number[];
  finalGap: number[];
  /** SL-T set and gap 0 in every FR as of the as-of date. */
  meetsTargetNow: boolean;
  /**
   * The first column from which SL-T holds to the end of the timeline: a quarter, `unscheduled`
   * when only actions without a due date get there, null when never (or no SL-T is set).
   */
  reachesTarget: string | null;
  /** 3-3 requirements still blocking SL-T after every applied action. */
  remainingBlocking: string[];
  /** Ids of the applied actions on this scope, in order. */
  actions: string[];
  warnings: string[];
}

export interface RoadmapProjection {
  asOf: string;
  /** Timeline columns: dated quarters from the as-of date's, then `unscheduled` when used. */
  quarters: string[];
  steps: ProjectionStep[];
  /** Zones first, then conduits, each by id (like the site evaluation). */
  scopes: ScopeProjection[];
  skipped: { action: string; reason: SkipReason }[];
}
