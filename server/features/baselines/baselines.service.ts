// Baselines (issue #7): named, immutable snapshots of a site's model, taken on demand and at every
// approval (change requests, the risk assessment's ZCR 7 sign-off, compensating-control approvals),
// and the field-level diff between two of them or between one and the site as it is now.
// A baseline is never changed or deleted; its content hash lets an auditor check that.
import Type from 'typebox';
import { diffSnapshots, type SnapshotDiff } from '../../../core/change-control/diff.js';
import { snapshotOf, type SiteSnapshot } from '../../../core/change-control/snapshot.js';
import { Text } from '../../../core/schemas/common.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { contentHash } from '../signatures/e-signature.js';
import { loadSite } from '../site-files/site-loader.js';
import { nowIso, requireSite, siteRevision } from '../site-refs.js';
import { userNames } from '../user-names.js';
import * as repo from './baselines.repository.js';

export const BASELINE_TRIGGERS = ['manual', 'change-request', 'risk-assessment', 'control-approval'] as const;
export type BaselineTrigger = (typeof BASELINE_TRIGGERS)[number];

export const BaselineCreate = Type.Object(
  { name: Text(200), description: Type.Optional(Text(4000)) },
  { additionalProperties: false },
);

/** What the API answers for a baseline (the snapshot only on request). */
export interface BaselineView {
  site: string;
  id: number;
  name: string;
  description: string | null;
  trigger: string;
  ref: string | null;
  revision: number;
  contentHash: string;
  takenAt: string;
  takenBy: string;
  /** Display name of `takenBy` (its id when it is not a user, e.g. the CLI). */
  takenByName: string;
  /** How much it holds, for lists. */
  counts?: { zones: number; conduits: number; assets: number; compensatingControls: number; risks: number };
  snapshot?: SiteSnapshot;
}

const today = (): string => new Date().toISOString().slice(0, 10);

function headView(r: repo.BaselineHead, names: ReadonlyMap<string, string> = new Map()): BaselineView {
  return {
    site: r.site_id,
    id: r.id,
    name: r.name,
    description: r.description,
    trigger: r.trigger,
    ref: r.ref,
    revision: r.revision,
    contentHash: r.content_hash,
    takenAt: r.taken_at,
    takenBy: r.taken_by,
    takenByName: names.get(r.taken_by) ?? r.taken_by,
  };
}

const countsOf = (s: SiteSnapshot): NonNullable<BaselineView['counts']> => ({
  zones: s.site.zones.length,
  conduits: s.site.conduits.length,
  assets: s.site.assets.length,
  compensatingControls: s.site.compensatingControls.length,
  risks: s.site.risks?.length ?? 0,
});

/** The site as it is now, as a snapshot (the `now` side of a diff). */
async function currentSnapshot(db: Queryable, siteId: string): Promise<SiteSnapshot> {
  const site = await loadSite(db, siteId);
  if (!site) throw notFound('site', siteId);
  return snapshotOf(site, today());
}

/**
 * Takes a baseline inside the caller's transaction: approvals call this so the snapshot is exactly
 * the model they approved. Audited (`baseline.create`).
 */
export async function takeBaseline(
  trx: Queryable,
  actor: Actor,
  siteId: string,
  input: { name: string; description?: string | null; trigger: BaselineTrigger; ref?: string | null },
): Promise<BaselineView> {
  const snapshot = await currentSnapshot(trx, siteId);
  const text = JSON.stringify(snapshot);
  const row: repo.BaselineRow = {
    site_id: siteId,
    id: await repo.nextBaselineId(trx, siteId),
    name: input.name,
    description: input.description ?? null,
    trigger: input.trigger,
    ref: input.ref ?? null,
    revision: await siteRevision(trx, siteId),
    content_hash: contentHash(text),
    snapshot: text,
    taken_at: nowIso(),
    taken_by: actor.id,
  };
  await repo.insertBaseline(trx, row);
  await recordAudit(trx, actor, {
    action: 'baseline.create',
    siteId,
    entity: 'baseline',
    entityId: String(row.id),
    reason: actor.reason ?? null,
    detail: { name: row.name, trigger: row.trigger, ref: row.ref, contentHash: row.content_hash },
  });
  return { ...headView(row, await userNames(trx, [row.taken_by])), counts: countsOf(snapshot) };
}

/** POST …/baselines: a baseline on demand. */
export async function createBaseline(db: Db, actor: Actor, siteId: string, body: unknown): Promise<BaselineView> {
  requirePermission(actor, 'baseline.create', siteId);
  const input = await validate<{ name: string; description?: string }>(BaselineCreate, body);
  return db.kysely.transaction().execute(async (trx) => {
    await requireSite(trx, siteId);
    return takeBaseline(trx, actor, siteId, { ...input, trigger: 'manual' });
  });
}

export async function listBaselines(
  db: Db,
  actor: Actor,
  siteId: string,
  page: { limit?: number; before?: number },
): Promise<{ items: BaselineView[]; nextBefore: number | null }> {
  requirePermission(actor, 'site.read', siteId);
  await requireSite(db.kysely, siteId);
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 500);
  const rows = await repo.listBaselineHeads(db.kysely, siteId, limit + 1, page.before);
  const names = await userNames(
    db.kysely,
    rows.map((r) => r.taken_by),
  );
  const items = rows.slice(0, limit).map((r) => headView(r, names));
  return { items, nextBefore: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}

/** Parses a baseline id from the path (positive integer) or answers 404. */
export function baselineId(raw: string): number {
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || n < 1) throw notFound('baseline', raw);
  return n;
}

async function loadBaseline(db: Queryable, siteId: string, id: number): Promise<repo.BaselineRow> {
  await requireSite(db, siteId);
  const row = await repo.findBaseline(db, siteId, id);
  if (!row) throw notFound('baseline', String(id));
  return row;
}

export async function getBaseline(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
  withSnapshot: boolean,
): Promise<BaselineView> {
  requirePermission(actor, 'site.read', siteId);
  const row = await loadBaseline(db.kysely, siteId, id);
  const snapshot = JSON.parse(row.snapshot) as SiteSnapshot;
  const names = await userNames(db.kysely, [row.taken_by]);
  return { ...headView(row, names), counts: countsOf(snapshot), ...(withSnapshot ? { snapshot } : {}) };
}

export interface BaselineDiff extends SnapshotDiff {
  site: string;
  from: { baseline: number; name: string; takenAt: string };
  to: { baseline: number; name: string; takenAt: string } | { now: string };
}

/** GET …/baselines/{id}/diff?to={other|now}: what changed from the baseline to the other side. */
export async function diffBaseline(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
  to: string | undefined,
): Promise<BaselineDiff> {
  requirePermission(actor, 'site.read', siteId);
  const from = await loadBaseline(db.kysely, siteId, id);
  const target = to ?? 'now';
  let other: SiteSnapshot;
  let toInfo: BaselineDiff['to'];
  if (target === 'now') {
    other = await currentSnapshot(db.kysely, siteId);
    toInfo = { now: nowIso() };
  } else {
    if (!/^\d{1,9}$/.test(target))
      throw new AppError('C981_ERR_VALIDATION', `to: give a baseline id or "now"; got "${target}"`, [
        { path: 'to', message: 'not a baseline id or now' },
      ]);
    const row = await loadBaseline(db.kysely, siteId, Number(target));
    other = JSON.parse(row.snapshot) as SiteSnapshot;
    toInfo = { baseline: row.id, name: row.name, takenAt: row.taken_at };
  }
  return {
    site: siteId,
    from: { baseline: from.id, name: from.name, takenAt: from.taken_at },
    to: toInfo,
    ...diffSnapshots(JSON.parse(from.snapshot) as SiteSnapshot, other),
  };
}
