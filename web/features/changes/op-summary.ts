// Change-request operations and diff fields in words a reviewer reads: "update zone rvw-dmz:
// SL-T [2,2,2,2,2,2,2] → [2,2,3,2,2,2,2] (FR 3 2→3)". Pure, so the detail panel, the proposal
// dialog and the tests agree on every wording. SL vectors are compared per FR with the same
// function the server's diff uses, so a proposal and the baseline diff it produces read alike.
import { slChanges, type SlChange } from '../../../core/change-control/diff.js';
import { toVector } from '../../../core/iec62443/sl-vector.js';
import type { ChangeKind, ChangeOpDoc } from '../../../core/schemas/change-request.js';

export const KIND_LABEL: Readonly<Record<ChangeKind, string>> = {
  zone: 'zone',
  conduit: 'conduit',
  asset: 'asset',
  compensatingControl: 'compensating control',
};

const VERB = { create: 'add', update: 'update', delete: 'remove' } as const;
export type OpVerb = (typeof VERB)[keyof typeof VERB];

const SL_FIELDS = ['slTarget', 'slCapability', 'slAchieved'] as const;
export type SlField = (typeof SL_FIELDS)[number];
export const isSlField = (path: string): path is SlField => (SL_FIELDS as readonly string[]).includes(path);

const FIELD_LABEL: Readonly<Record<string, string>> = { slTarget: 'SL-T', slCapability: 'SL-C', slAchieved: 'SL-A' };
export const fieldLabel = (path: string): string => FIELD_LABEL[path] ?? path;

/** A value as a seven-level vector (a single level n stands for n on every FR), else null. */
export function slVectorOf(v: unknown): number[] | null {
  if (typeof v === 'number' && Number.isInteger(v)) return toVector(v);
  if (Array.isArray(v) && v.length === 7 && v.every((n) => typeof n === 'number')) return v;
  return null;
}

const MAX_TEXT = 80;
const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** One value for reading: SL vectors as [1,2,…], text quoted, lists comma-separated, absent as –. */
export function formatValue(v: unknown, path = ''): string {
  if (v === undefined || v === null) return '–';
  const vector = isSlField(path) ? slVectorOf(v) : null;
  if (vector) return `[${vector.join(',')}]`;
  if (typeof v === 'string') return `“${clip(v)}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v))
    return v.length === 0 ? 'none' : clip(v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', '));
  return clip(JSON.stringify(v));
}

/** "FR 3 2→3, FR 7 –→1": the per-FR moves of an SL vector (– where a side has no vector). */
export const frText = (sl: readonly SlChange[]): string =>
  sl.map((c) => `FR ${c.fr} ${c.before ?? '–'}→${c.after ?? '–'}`).join(', ');

export interface FieldLine {
  path: string;
  label: string;
  /** Whether `before` is known: updates whose entity was looked up, never creates. */
  hasBefore: boolean;
  before: unknown;
  /** null: the update clears the field. */
  after: unknown;
  /** Per-FR moves of an SL field whose value before is known. */
  sl: SlChange[];
}

export interface OpSummary {
  verb: OpVerb;
  kind: ChangeKind;
  id: string;
  /** The entity's name when the operation or the current entity says it. */
  name: string | undefined;
  /** "update zone rvw-dmz". */
  headline: string;
  fields: FieldLine[];
}

const nameOf = (e: Record<string, unknown> | undefined): string | undefined =>
  typeof e?.name === 'string' ? e.name : undefined;

/**
 * An operation as lines a reviewer reads. `current` is the entity as the site has it now, for the
 * values before an update (leave it out when unknown, e.g. once the request is applied).
 */
export function summarizeOp(op: ChangeOpDoc, current?: Record<string, unknown>): OpSummary {
  const verb = VERB[op.op];
  const id = op.op === 'create' ? op.entity.id : op.id;
  const headline = `${verb} ${KIND_LABEL[op.kind]} ${id}`;
  switch (op.op) {
    case 'create':
      return {
        verb,
        kind: op.kind,
        id,
        name: nameOf(op.entity),
        headline,
        fields: Object.entries(op.entity)
          .filter(([k]) => k !== 'id')
          .map(([path, after]) => ({
            path,
            label: fieldLabel(path),
            hasBefore: false,
            before: undefined,
            after,
            sl: [],
          })),
      };
    case 'update':
      return {
        verb,
        kind: op.kind,
        id,
        name: nameOf(current) ?? nameOf(op.patch),
        headline,
        fields: Object.entries(op.patch).map(([path, after]) => {
          const hasBefore = current !== undefined;
          const before = current?.[path];
          const sl =
            hasBefore && isSlField(path) ? slChanges(path, slVectorOf(before), slVectorOf(after)) : ([] as SlChange[]);
          return { path, label: fieldLabel(path), hasBefore, before, after, sl };
        }),
      };
    case 'delete':
      return { verb, kind: op.kind, id, name: nameOf(current), headline, fields: [] };
  }
}

/** One field line as text: "SL-T [1,1,…] → [1,2,…] (FR 2 1→2)", "rationale → cleared". */
export function fieldText(f: FieldLine, created = false): string {
  const after = f.after === null ? 'cleared' : formatValue(f.after, f.path);
  if (created) return `${f.label} ${after}`;
  const moves = f.sl.length > 0 ? ` (${frText(f.sl)})` : '';
  return f.hasBefore ? `${f.label} ${formatValue(f.before, f.path)} → ${after}${moves}` : `${f.label} → ${after}`;
}

/** The whole operation on one line, e.g. for a list or an audit note. */
export function opText(op: ChangeOpDoc, current?: Record<string, unknown>): string {
  const s = summarizeOp(op, current);
  const head = s.name && s.verb !== 'add' ? `${s.headline} (${s.name})` : s.headline;
  if (s.fields.length === 0) return head;
  return `${head}: ${s.fields.map((f) => fieldText(f, s.verb === 'add')).join('; ')}`;
}
