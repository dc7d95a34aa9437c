// The remediation roadmap's projection (issue #7 item 3; docs/roadmap.md). Starting from the
// site as it stands on the as-of date, the actions are applied one by one in due-date order: each
// requirement an action satisfies becomes `implemented` in its scope, each compensating control it
// retires is gone. SL-A is then recomputed with the engine's own rules (DESIGN §3, IEC 62443-3-3
// SL-A per FR), for the one zone or conduit the action touches only: the others cannot change,
// which is what keeps 200 actions on a large site well inside 100 ms.
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';
import type { CompensatingControlDoc, ResultInputDoc, SiteDoc } from '../../schemas/site-file.js';
import { controlValidity } from '../controls.js';
import { utcDate } from '../dates.js';
import { evaluateScope, type Eval } from '../evaluate.js';
import type {
  ProjectionStep,
  RoadmapProjection,
  ScopeProjection,
  SkipReason,
  TimelinePoint,
} from './projection.types.js';
import { quarterIndex, quarterLabel, quarterRange, UNSCHEDULED } from './quarters.js';

export type * from './projection.types.js';

interface Snapshot {
  column: string;
  action: string;
  evaluation: Eval;
}

/** One zone or conduit as the projection changes it. */
interface ScopeState {
  id: string;
  kind: 'zone' | 'conduit';
  slTarget: number | number[] | undefined;
  results: Record<string, ResultInputDoc>;
  controls: readonly CompensatingControlDoc[];
  /** The controls before any action (the expiry warnings look at these). */
  initialControls: readonly CompensatingControlDoc[];
  initial: Eval;
  current: Eval;
  snapshots: Snapshot[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Zones and conduits as of `asOf`. Assets are left out on purpose: actions change results and
 * controls, never capability (SL-C), so the projection has no use for the zone's SL-C.
 */
function startingStates(site: SiteDoc, asOf: string): Map<string, ScopeState> {
  const results = new Map((site.assessments ?? []).map((a) => [a.scope, a.results]));
  const controls = new Map<string, CompensatingControlDoc[]>();
  for (const c of site.compensatingControls ?? []) controls.set(c.scope, [...(controls.get(c.scope) ?? []), c]);
  const states = new Map<string, ScopeState>();
  const add = (kind: 'zone' | 'conduit', s: { id: string; slTarget?: number | number[] }) => {
    const state = {
      id: s.id,
      kind,
      slTarget: s.slTarget,
      results: results.get(s.id) ?? {},
      controls: controls.get(s.id) ?? [],
    };
    const initial = evaluateScope(state, asOf);
    states.set(s.id, { ...state, initialControls: state.controls, initial, current: initial, snapshots: [] });
  };
  for (const z of [...(site.zones ?? [])].sort(byId)) add('zone', z);
  for (const c of [...(site.conduits ?? [])].sort(byId)) add('conduit', c);
  return states;
}

/** Due-date order, actions without a due date last, then by id so equal dates stay stable. */
function compareActions(a: RoadmapActionDoc, b: RoadmapActionDoc): number {
  if (a.due !== b.due) {
    if (a.due === undefined) return 1;
    if (b.due === undefined) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Applies one action to its scope's state and re-evaluates that scope only. */
function apply(state: ScopeState, a: RoadmapActionDoc, asOf: string): Eval {
  if (a.satisfies && a.satisfies.length > 0) {
    const results = { ...state.results };
    for (const id of a.satisfies) results[id] = 'implemented';
    state.results = results;
  }
  if (a.retires && a.retires.length > 0) {
    const retired = new Set(a.retires);
    state.controls = state.controls.filter((c) => !retired.has(c.id));
  }
  state.current = evaluateScope(
    { id: state.id, slTarget: state.slTarget, results: state.results, controls: state.controls },
    asOf,
  );
  return state.current;
}

const meets = (e: { gap: number[] }): boolean => e.gap.every((g) => g === 0);

/** The first column from which SL-T holds to the end; null when it never does. */
function reachesTarget(slTarget: number[] | null, timeline: TimelinePoint[]): string | null {
  if (!slTarget) return null;
  let from: string | null = null;
  for (const p of timeline) from = meets(p) ? (from ?? p.quarter) : null;
  return from;
}

function timelineOf(state: ScopeState, quarters: readonly string[]): TimelinePoint[] {
  let current = state.initial;
  let k = 0;
  return quarters.map((quarter) => {
    const actions: string[] = [];
    for (let s = state.snapshots[k]; s !== undefined && s.column === quarter; s = state.snapshots[++k]) {
      current = s.evaluation;
      actions.push(s.action);
    }
    return { quarter, slAchieved: current.slAchieved, gap: current.gap, actions };
  });
}

/**
 * A control that counts today but expires inside the timeline would stop counting before the
 * plan ends (DESIGN §3.1); every step is evaluated as of `asOf`, so say so rather than hide it.
 */
function expiryWarnings(
  state: ScopeState,
  asOf: string,
  lastDated: number,
  retiredIn: ReadonlyMap<string, number>,
): string[] {
  const out: string[] = [];
  for (const c of state.initialControls) {
    if (c.expires === undefined || controlValidity(c, asOf) !== 'valid') continue;
    const expires = quarterIndex(c.expires);
    const retired = retiredIn.get(c.id);
    if (expires <= lastDated && (retired === undefined || retired > expires))
      out.push(
        `compensating control "${c.id}" expires on ${utcDate(c.expires)}, within the timeline; the projection still counts it`,
      );
  }
  return out;
}

function project(
  site: SiteDoc,
  actions: readonly RoadmapActionDoc[],
  asOf: string,
  skip: (a: RoadmapActionDoc) => SkipReason | null,
): RoadmapProjection {
  const states = startingStates(site, asOf);
  const skipped: RoadmapProjection['skipped'] = [];
  const applied: RoadmapActionDoc[] = [];
  for (const a of actions) {
    const reason = skip(a) ?? (states.has(a.scope) ? null : 'unknown-scope');
    if (reason) skipped.push({ action: a.id, reason });
    else applied.push(a);
  }
  applied.sort(compareActions);
  skipped.sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));

  const now = quarterIndex(asOf);
  // Overdue actions are still to be done: they land in the current quarter, not in the past.
  const columnIndex = (a: RoadmapActionDoc): number =>
    a.due === undefined ? Infinity : Math.max(now, quarterIndex(utcDate(a.due)));
  const retiredIn = new Map<string, number>();
  const steps: ProjectionStep[] = applied.map((a) => {
    const state = states.get(a.scope) as ScopeState;
    const index = columnIndex(a);
    const column = a.due === undefined ? UNSCHEDULED : quarterLabel(index);
    for (const id of a.retires ?? []) if (!retiredIn.has(id)) retiredIn.set(id, index);
    const before = state.current.slAchieved;
    const after = apply(state, a, asOf);
    state.snapshots.push({ column, action: a.id, evaluation: after });
    return {
      action: a.id,
      title: a.title,
      scope: a.scope,
      due: a.due ?? null,
      quarter: column,
      overdue: a.due !== undefined && utcDate(a.due) < asOf,
      before,
      after: after.slAchieved,
      gap: after.gap,
      changed: after.slAchieved.flatMap((v, i) => (v !== before[i] ? [i + 1] : [])),
    };
  });

  const dated = applied.filter((a) => a.due !== undefined).map(columnIndex);
  const lastDated = Math.max(now, ...dated);
  const quarters = [
    ...quarterRange([now, ...dated]),
    ...(applied.some((a) => a.due === undefined) ? [UNSCHEDULED] : []),
  ];
  const scopes: ScopeProjection[] = [...states.values()].map((state) => {
    const timeline = timelineOf(state, quarters);
    return {
      id: state.id,
      kind: state.kind,
      slTarget: state.initial.slTarget,
      current: state.initial.slAchieved,
      timeline,
      final: state.current.slAchieved,
      finalGap: state.current.gap,
      meetsTargetNow: state.initial.slTarget !== null && meets(state.initial),
      reachesTarget: reachesTarget(state.initial.slTarget, timeline),
      remainingBlocking: state.current.blocking.map((b) => b.id),
      actions: state.snapshots.map((s) => s.action),
      warnings: expiryWarnings(state, asOf, lastDated, retiredIn),
    };
  });
  return { asOf, quarters, steps, scopes, skipped };
}

/**
 * The roadmap as planned: every action that is neither done nor cancelled, in due-date order.
 * Done actions are left out because their effect is expected in the site already (results set,
 * controls removed when the work was signed off); applying them again would count them twice.
 *
 * @example
 * // Zone z (SL-T 2) lacks the FR 1 requirements of SL 2; action a implements them by 2027-03-31.
 * projectRoadmap(site, [{ id: 'a', title: 'MFA', status: 'planned', scope: 'z', due: '2027-03-31',
 *   satisfies: ['SR 1.1 RE 1', …] }], '2026-11-25').scopes[0]
 * // { current: [1,…], timeline: [{ quarter: '2026-Q4', … }, { quarter: '2027-Q1', slAchieved: [2,…] }],
 * //   reachesTarget: '2027-Q1', … }
 */
export function projectRoadmap(site: SiteDoc, actions: readonly RoadmapActionDoc[], asOf: string): RoadmapProjection {
  return project(site, actions, asOf, (a) =>
    a.status === 'done' ? 'done' : a.status === 'cancelled' ? 'cancelled' : null,
  );
}

/** What-if: the same projection for the ticked actions only, whatever their status. */
export function projectWhatIf(
  site: SiteDoc,
  actions: readonly RoadmapActionDoc[],
  ticked: Iterable<string>,
  asOf: string,
): RoadmapProjection {
  const chosen = new Set(ticked);
  return project(site, actions, asOf, (a) => (chosen.has(a.id) ? null : 'not-selected'));
}
