// Field-level difference of two site snapshots (issue #7 baselines): which zones, conduits, assets,
// results, compensating controls, risk scenarios and matrix were added, removed or changed, with
// before/after per field and SL vector changes per FR (IEC 62443-3-3: SL-T, SL-C and SL-A are
// vectors over FR 1–7, so "FR 3 went from 2 to 3" is the change a reviewer needs to see).
// Entities are matched by id through maps and compared as JSON first, so unchanged entities cost
// one string comparison: a 1,000-asset site diffs in milliseconds.
import type { SiteSnapshot } from './snapshot.js';

export const DIFF_KINDS = [
  'site',
  'zone',
  'conduit',
  'asset',
  'result',
  'compensatingControl',
  'risk',
  'riskMatrix',
  'achieved',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface FieldChange {
  /** Dotted path inside the entity, e.g. `slTarget`, `threatSource.capability`, `capabilities["CR 1.1"]`. */
  path: string;
  /** null when the field is absent on that side. */
  before: unknown;
  after: unknown;
}

/** One FR of an SL vector that moved; null where the vector is absent on that side. */
export interface SlChange {
  field: 'slTarget' | 'slCapability' | 'slAchieved';
  fr: number;
  before: number | null;
  after: number | null;
}

export interface EntityChange {
  kind: DiffKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** Changed entities: every field that differs. Added/removed: empty (see before/after). */
  fields: FieldChange[];
  sl: SlChange[];
  /** The whole entity on the side where it exists (added: after, removed: before). */
  before?: unknown;
  after?: unknown;
}

export type DiffCounts = Record<DiffKind, { added: number; removed: number; changed: number }>;

export interface SnapshotDiff {
  counts: DiffCounts;
  changes: EntityChange[];
}

const SL_FIELDS = new Set(['slTarget', 'slCapability', 'slAchieved']);

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const seg = (prefix: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (prefix ? `${prefix}.${key}` : key) : `${prefix}[${JSON.stringify(key)}]`;

/** Per-FR changes of two SL vectors (either may be missing). */
export function slChanges(field: SlChange['field'], a: unknown, b: unknown): SlChange[] {
  const va = Array.isArray(a) ? (a as number[]) : null;
  const vb = Array.isArray(b) ? (b as number[]) : null;
  const out: SlChange[] = [];
  for (let i = 0; i < 7; i++) {
    const before = va?.[i] ?? null;
    const after = vb?.[i] ?? null;
    if (before !== after) out.push({ field, fr: i + 1, before, after });
  }
  return out;
}

/** Every differing leaf of two documents; objects recurse, anything else compares whole. */
function fieldChanges(a: unknown, b: unknown, prefix: string, out: FieldChange[], sl: SlChange[]): void {
  if (isPlain(a) && isPlain(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) fieldChanges(a[k], b[k], seg(prefix, k), out, sl);
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  out.push({ path: prefix, before: a ?? null, after: b ?? null });
  if (SL_FIELDS.has(prefix)) sl.push(...slChanges(prefix as SlChange['field'], a, b));
}

function compare<T>(
  kind: DiffKind,
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  out: EntityChange[],
): void {
  const old = new Map(before.map((t) => [key(t), t]));
  const seen = new Set<string>();
  for (const t of after) {
    const id = key(t);
    seen.add(id);
    const prior = old.get(id);
    if (prior === undefined) {
      out.push({ kind, id, change: 'added', fields: [], sl: [], after: t });
      continue;
    }
    if (JSON.stringify(prior) === JSON.stringify(t)) continue;
    const fields: FieldChange[] = [];
    const sl: SlChange[] = [];
    fieldChanges(prior, t, '', fields, sl);
    out.push({ kind, id, change: 'changed', fields, sl });
  }
  for (const [id, t] of old)
    if (!seen.has(id)) out.push({ kind, id, change: 'removed', fields: [], sl: [], before: t });
}

interface ResultEntry {
  key: string;
  value: unknown;
}

const resultsOf = (s: SiteSnapshot): ResultEntry[] =>
  (s.site.assessments ?? []).flatMap((a) =>
    Object.entries(a.results).map(([id, value]) => ({ key: `${a.scope} ${id}`, value })),
  );

/** The site's own fields, without its entity lists. */
const headOf = (s: SiteSnapshot) => {
  const { id, name, location, timezone, description, regulated } = s.site;
  return { id, name, location, timezone, description, regulated };
};

const byKey = <T extends { id: string }>(t: T): string => t.id;

/** What changed from `a` (older) to `b` (newer). */
export function diffSnapshots(a: SiteSnapshot, b: SiteSnapshot): SnapshotDiff {
  const changes: EntityChange[] = [];
  compare('site', [headOf(a)], [headOf(b)], () => a.site.id, changes);
  compare('zone', a.site.zones, b.site.zones, byKey, changes);
  compare('conduit', a.site.conduits, b.site.conduits, byKey, changes);
  compare('asset', a.site.assets, b.site.assets, byKey, changes);
  // A result is keyed by its scope and requirement: "bsl-dmz SR 1.1".
  compare('result', resultsOf(a), resultsOf(b), (r) => r.key, changes);
  compare('compensatingControl', a.site.compensatingControls, b.site.compensatingControls, byKey, changes);
  compare('risk', a.site.risks ?? [], b.site.risks ?? [], byKey, changes);
  compare(
    'riskMatrix',
    a.site.riskMatrix ? [a.site.riskMatrix] : [],
    b.site.riskMatrix ? [b.site.riskMatrix] : [],
    () => 'site',
    changes,
  );
  // SL-A moves when results, controls or assets change: reported per zone/conduit and FR.
  compare(
    'achieved',
    Object.entries(a.levels).map(([id, l]) => ({ id, slAchieved: l.slAchieved })),
    Object.entries(b.levels).map(([id, l]) => ({ id, slAchieved: l.slAchieved })),
    byKey,
    changes,
  );
  // Results carry their value only; name the field after the requirement for readers.
  for (const c of changes)
    if (c.kind === 'result')
      c.fields = c.fields.map((f) => ({ ...f, path: f.path === 'value' ? 'result' : f.path.replace(/^value\./, '') }));
  return { counts: countsOf(changes), changes };
}

function countsOf(changes: readonly EntityChange[]): DiffCounts {
  const counts = Object.fromEntries(DIFF_KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])) as DiffCounts;
  for (const c of changes) counts[c.kind][c.change]++;
  return counts;
}
