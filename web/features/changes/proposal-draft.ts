// Building a proposal's operations from the forms of the "Propose change" dialog. Pure, so what a
// form sends is tested without a browser: only the fields the user changed go into a patch (an
// unchanged SL-T is not proposed), cleared optional fields are sent as null, and editing the same
// zone twice replaces the earlier operation instead of stacking two.
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { draftOf, targetOf, type TargetDraft } from '../site/SlTargetSelects.js';

/** The fields of a zone or conduit the dialog edits. */
export interface ScopeFields {
  name?: string | undefined;
  slTarget?: readonly number[] | undefined;
  rationale?: string | undefined;
}

export interface ScopeDraft {
  name: string;
  slTarget: TargetDraft;
  rationale: string;
}

export const scopeDraftOf = (e: ScopeFields | undefined): ScopeDraft => ({
  name: e?.name ?? '',
  slTarget: draftOf(e?.slTarget),
  rationale: e?.rationale ?? '',
});

export type PatchResult = { patch: Record<string, unknown> } | { error: string } | null;

/** The patch turning `current` into `draft`; null when nothing changed. */
export function scopePatch(kind: 'zone' | 'conduit', current: ScopeFields, draft: ScopeDraft): PatchResult {
  const patch: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (kind === 'zone' && name === '') return { error: 'A zone needs a name.' };
  if (name !== (current.name ?? '')) patch.name = name === '' ? null : name;
  const target = targetOf(draft.slTarget);
  if ('error' in target) return target;
  if (JSON.stringify(target.value) !== JSON.stringify(current.slTarget ?? null)) patch.slTarget = target.value;
  const rationale = draft.rationale.trim();
  if (rationale !== (current.rationale ?? '')) patch.rationale = rationale === '' ? null : rationale;
  return Object.keys(patch).length === 0 ? null : { patch };
}

const opKey = (op: ChangeOpDoc): string => `${op.kind}:${op.op === 'create' ? op.entity.id : op.id}`;

/**
 * Adds `op` to the draft: an operation on an entity already in the draft replaces it (the last
 * form wins), so a proposal never updates and deletes the same zone, or edits it twice; removing
 * an entity the draft adds drops both.
 */
export function upsertOp(ops: readonly ChangeOpDoc[], op: ChangeOpDoc): ChangeOpDoc[] {
  const key = opKey(op);
  const at = ops.findIndex((o) => opKey(o) === key);
  if (at < 0) return [...ops, op];
  // Removing what the draft itself adds: neither is proposed.
  if (ops[at]?.op === 'create' && op.op === 'delete') return ops.filter((_, i) => i !== at);
  return ops.map((o, i) => (i === at ? op : o));
}

/** Entities already touched by the draft, by `kind:id` (forms mark them). */
export const draftKeys = (ops: readonly ChangeOpDoc[]): Set<string> => new Set(ops.map(opKey));
