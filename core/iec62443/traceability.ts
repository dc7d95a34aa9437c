// The traceability matrix (issue #7 item 5): requirement → zone or conduit → result → evidence →
// compensating control → roadmap action. One row per IEC 62443-3-3 requirement that applies to a
// zone or conduit at its SL-T (the same rule as the blocking requirements, DESIGN §3.5: lowest SL
// ≤ SL-T of its FR). Pure: the API, its CSV and the tests share it.
import type { RoadmapActionDoc } from '../schemas/roadmap-action.js';
import type { CompensatingControlDoc, ResultDoc, ResultInputDoc, SiteDoc } from '../schemas/site-file.js';
import { RESULT_STATUSES, type ResultStatus } from '../schemas/vocabulary.js';
import { CATALOG_3_3 } from './catalog.js';
import { controlValidity, type ControlValidity } from './controls.js';
import { toVector } from './sl-vector.js';

export const TRACE_STATUSES = [...RESULT_STATUSES, 'unassessed'] as const;
export type TraceStatus = ResultStatus | 'unassessed';

/** A compensating control on the row's scope that lists the row's requirement. */
export interface TraceControl {
  id: string;
  kind: string;
  /** Whether it counts on `asOf` (DESIGN §3.1); only a valid one satisfies the requirement. */
  validity: ControlValidity;
  approvedBy: string | null;
  approvedAt: string | null;
  expires: string | null;
}

/** A roadmap action that will satisfy the requirement here, or retire one of its controls. */
export interface TraceAction {
  id: string;
  title: string;
  status: string;
  due: string | null;
  owner: string | null;
  /** It names this requirement among those it will implement on this scope. */
  satisfies: boolean;
  /** The row's controls it will make unnecessary. */
  retires: string[];
}

export interface TraceRow {
  requirement: string;
  title: string;
  fr: number;
  minSl: number;
  scopeKind: 'zone' | 'conduit';
  scope: string;
  scopeName: string | null;
  status: TraceStatus;
  /** Implemented, not applicable, or covered by a valid control (DESIGN §3.1). */
  satisfied: boolean;
  note: string | null;
  assessedBy: string | null;
  assessedAt: string | null;
  evidence: string[];
  controls: TraceControl[];
  actions: TraceAction[];
}

export interface TraceFilter {
  scope?: string | undefined;
  fr?: number | undefined;
  requirement?: string | undefined;
  status?: TraceStatus | undefined;
}

export interface TraceabilityInput {
  site: Pick<SiteDoc, 'zones' | 'conduits' | 'assessments' | 'compensatingControls'>;
  actions: readonly RoadmapActionDoc[];
  /** The date control validity is judged on. */
  asOf: string;
}

export interface TraceMatrix {
  rows: TraceRow[];
  /** Zones and conduits without an SL-T: nothing applies to them yet, so they have no rows. */
  scopesWithoutTarget: { kind: 'zone' | 'conduit'; id: string }[];
}

interface Scope {
  kind: 'zone' | 'conduit';
  id: string;
  name: string | null;
  slTarget: number[] | null;
}

const SATISFYING = new Set<string>(['implemented', 'not-applicable']);
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function scopesOf(site: TraceabilityInput['site']): Scope[] {
  const target = (t: number | number[] | undefined) => (t === undefined ? null : toVector(t));
  return [
    ...[...(site.zones ?? [])].sort(byId).map((z) => ({
      kind: 'zone' as const,
      id: z.id,
      name: z.name,
      slTarget: target(z.slTarget),
    })),
    ...[...(site.conduits ?? [])].sort(byId).map((c) => ({
      kind: 'conduit' as const,
      id: c.id,
      name: c.name ?? null,
      slTarget: target(c.slTarget),
    })),
  ];
}

const detail = (r: ResultInputDoc | undefined): ResultDoc | undefined => (typeof r === 'string' ? { status: r } : r);

function traceControl(c: CompensatingControlDoc, asOf: string): TraceControl {
  return {
    id: c.id,
    kind: c.kind,
    validity: controlValidity(c, asOf),
    approvedBy: c.approvedBy ?? null,
    approvedAt: c.approvedAt ?? null,
    expires: c.expires ?? null,
  };
}

function traceActions(
  actions: readonly RoadmapActionDoc[],
  scope: string,
  requirement: string,
  controls: readonly TraceControl[],
): TraceAction[] {
  const out: TraceAction[] = [];
  for (const a of actions) {
    const satisfies = a.scope === scope && (a.satisfies ?? []).includes(requirement);
    const retires = controls.filter((c) => (a.retires ?? []).includes(c.id)).map((c) => c.id);
    if (!satisfies && retires.length === 0) continue;
    out.push({
      id: a.id,
      title: a.title,
      status: a.status,
      due: a.due ?? null,
      owner: a.owner ?? null,
      satisfies,
      retires,
    });
  }
  return out;
}

/**
 * Builds the matrix, requirement by requirement in catalog order, each over the zones and then
 * the conduits (by id) that need it. Filters narrow the rows; they never change what a row says.
 *
 * @example
 * // z (SL-T 1) has SR 1.1 implemented: its row says so, with no control and no action.
 * buildTraceability({ site: { zones: [{ id: 'z', name: 'Z', kind: 'control', slTarget: 1 }],
 *   assessments: [{ scope: 'z', results: { 'SR 1.1': 'implemented' } }] }, actions: [],
 *   asOf: '2026-11-25' }, { requirement: 'SR 1.1' }).rows[0].satisfied // true
 */
export function buildTraceability(input: TraceabilityInput, filter: TraceFilter = {}): TraceMatrix {
  const scopes = scopesOf(input.site).filter((s) => filter.scope === undefined || s.id === filter.scope);
  const results = new Map((input.site.assessments ?? []).map((a) => [a.scope, a.results]));
  const controlsByScope = new Map<string, CompensatingControlDoc[]>();
  for (const c of [...(input.site.compensatingControls ?? [])].sort(byId))
    controlsByScope.set(c.scope, [...(controlsByScope.get(c.scope) ?? []), c]);
  const actions = [...input.actions].sort(byId);

  const rows: TraceRow[] = [];
  for (const item of CATALOG_3_3) {
    if (filter.fr !== undefined && item.fr !== filter.fr) continue;
    if (filter.requirement !== undefined && item.id !== filter.requirement) continue;
    for (const s of scopes) {
      // IEC 62443-3-3: an SR or RE applies from its lowest SL upwards, per FR of the SL-T.
      if (!s.slTarget || item.minSl > (s.slTarget[item.fr - 1] ?? 0)) continue;
      const result = detail(results.get(s.id)?.[item.id]);
      const status: TraceStatus = result?.status ?? 'unassessed';
      if (filter.status !== undefined && status !== filter.status) continue;
      const controls = (controlsByScope.get(s.id) ?? [])
        .filter((c) => c.requirements.includes(item.id))
        .map((c) => traceControl(c, input.asOf));
      rows.push({
        requirement: item.id,
        title: item.title,
        fr: item.fr,
        minSl: item.minSl,
        scopeKind: s.kind,
        scope: s.id,
        scopeName: s.name,
        status,
        satisfied: SATISFYING.has(status) || controls.some((c) => c.validity === 'valid'),
        note: result?.note ?? null,
        assessedBy: result?.assessedBy ?? null,
        assessedAt: result?.assessedAt ?? null,
        evidence: result?.evidence ?? [],
        controls,
        actions: traceActions(actions, s.id, item.id, controls),
      });
    }
  }
  return {
    rows,
    scopesWithoutTarget: scopes.filter((s) => !s.slTarget).map((s) => ({ kind: s.kind, id: s.id })),
  };
}
