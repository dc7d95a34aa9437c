// Applies a change request's operations to a site document, purely (issue #7). The result is then
// checked with the site-file rules (core/sitefile/site-rules.ts), so a proposal is refused for
// exactly what a direct edit or an import would be — before anyone reviews it and again when it
// is applied.
import type { ChangeKind, ChangeOpDoc } from '../schemas/change-request.js';
import type { Path } from '../schemas/explain.js';
import type { SiteDoc } from '../schemas/site-file.js';
import { canonicalAsset, canonicalConduit, canonicalControl, canonicalZone } from '../sitefile/canonical.js';
import type { Issue } from '../sitefile/issue.js';
import { checkSite } from '../sitefile/site-rules.js';

type ListKey = 'zones' | 'conduits' | 'assets' | 'compensatingControls';
export const LIST_OF: Readonly<Record<ChangeKind, ListKey>> = {
  zone: 'zones',
  conduit: 'conduits',
  asset: 'assets',
  compensatingControl: 'compensatingControls',
};

type Entity = { id: string } & Record<string, unknown>;

/** The entity `kind` / `id` in canonical form, or undefined when the site has none. */
export function entityOf(site: SiteDoc, kind: ChangeKind, id: string): unknown {
  const found = (site[LIST_OF[kind]] as Entity[] | undefined)?.find((e) => e.id === id);
  if (!found) return undefined;
  switch (kind) {
    case 'zone':
      return canonicalZone(found as never);
    case 'conduit':
      return canonicalConduit(found as never);
    case 'asset':
      return canonicalAsset(found as never);
    case 'compensatingControl':
      return canonicalControl(found as never);
  }
}

/** `zone:z-dmz`: how the base of a change request names the entities it touches. */
export const entityKey = (kind: ChangeKind, id: string): string => `${kind}:${id}`;

const opId = (op: ChangeOpDoc): string => (op.op === 'create' ? op.entity.id : op.id);

/** The entities the operations touch, as they are in `site` now (undefined: absent). */
export function touched(site: SiteDoc, ops: readonly ChangeOpDoc[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const op of ops) {
    const key = entityKey(op.kind, opId(op));
    if (!out.has(key)) out.set(key, entityOf(site, op.kind, opId(op)));
  }
  return out;
}

const LABEL: Record<ChangeKind, string> = {
  zone: 'zone',
  conduit: 'conduit',
  asset: 'asset',
  compensatingControl: 'compensating control',
};

/** A PATCH merged into an entity: null clears a field, absent keys stay. */
function merge(entity: Entity, patch: Record<string, unknown>): Entity {
  const out: Record<string, unknown> = { ...entity };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as Entity;
}

/**
 * The site after the operations, in order, and every problem: operations naming missing entities
 * or re-creating existing ones (paths `ops[i]…`), then what the site-file rules find in the result
 * (paths prefixed `site.`). Nothing is applied anywhere; the caller decides.
 */
export function applyOps(site: SiteDoc, ops: readonly ChangeOpDoc[]): { site: SiteDoc; issues: Issue[] } {
  const lists: Record<ListKey, Entity[]> = {
    zones: [...((site.zones ?? []) as Entity[])],
    conduits: [...((site.conduits ?? []) as Entity[])],
    assets: [...((site.assets ?? []) as Entity[])],
    compensatingControls: [...((site.compensatingControls ?? []) as Entity[])],
  };
  const issues: Issue[] = [];
  ops.forEach((op, i) => {
    const list = lists[LIST_OF[op.kind]];
    const id = opId(op);
    const at = list.findIndex((e) => e.id === id);
    const path: Path = ['ops', i, op.op === 'create' ? 'entity' : 'id'];
    if (op.op === 'create') {
      // Zones and conduits share one namespace (DESIGN §4).
      const clash =
        at >= 0 ||
        (op.kind === 'zone' && lists.conduits.some((c) => c.id === id)) ||
        (op.kind === 'conduit' && lists.zones.some((z) => z.id === id));
      if (clash) issues.push({ path, message: `${LABEL[op.kind]} "${id}" already exists (or its id is taken)` });
      else list.push(op.entity);
      return;
    }
    if (at < 0) {
      issues.push({ path, message: `${LABEL[op.kind]} "${id}" does not exist in site "${site.id}"` });
      return;
    }
    if (op.op === 'delete') list.splice(at, 1);
    else list[at] = merge(list[at] as Entity, op.patch);
  });
  const next = { ...site, ...lists } as SiteDoc;
  const rules: Issue[] = [];
  checkSite(next, [], rules);
  for (const r of rules) issues.push({ ...r, path: ['site', ...r.path] });
  return { site: next, issues };
}
