// The per-site change-control switch (issue #7): on regulated sites the security model is usually
// changed only through approved change requests; other sites may edit directly. When it is on,
// direct edits of zones, conduits, assets and compensating controls (and site-file imports that
// would change them) are refused with C981_ERR_CHANGE_CONTROL, pointing at change requests.
import Type from 'typebox';
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/accounts/permissions.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { requireSite } from '../site-refs.js';
import { changeControlOf } from './change-requests.repository.js';

export const ChangeControlBody = Type.Object(
  {
    enabled: Type.Boolean({ description: 'model edits only through approved change requests' }),
    emergencyDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 90, description: 'days an emergency change may wait for approval' }),
    ),
  },
  { additionalProperties: false },
);

export interface ChangeControlView {
  site: string;
  enabled: boolean;
  emergencyDays: number;
  abilities: string[];
}

async function view(db: Queryable, actor: Actor, siteId: string): Promise<ChangeControlView> {
  await requireSite(db, siteId);
  const s = await changeControlOf(db, siteId);
  const update = !actor.principal || can(actor.principal, 'site.update', siteId);
  return {
    site: siteId,
    enabled: s?.enabled ?? false,
    emergencyDays: s?.emergencyDays ?? 3,
    abilities: update ? ['read', 'update'] : ['read'],
  };
}

export async function getChangeControl(db: Db, actor: Actor, siteId: string): Promise<ChangeControlView> {
  requirePermission(actor, 'site.read', siteId);
  return view(db.kysely, actor, siteId);
}

export async function putChangeControl(
  db: Db,
  actor: Actor,
  siteId: string,
  body: unknown,
): Promise<ChangeControlView> {
  requirePermission(actor, 'site.update', siteId);
  const input = await validate<{ enabled: boolean; emergencyDays?: number }>(ChangeControlBody, body);
  await db.kysely.transaction().execute(async (trx) => {
    const site = await requireSite(trx, siteId);
    const before = await changeControlOf(trx, siteId);
    const after = { enabled: input.enabled, emergencyDays: input.emergencyDays ?? before?.emergencyDays ?? 3 };
    if (before && before.enabled === after.enabled && before.emergencyDays === after.emergencyDays) return;
    // Validated (GxP) sites: loosening or tightening the control of their model must say why.
    requireReason(actor, site);
    await trx
      .updateTable('sites')
      .set({ change_control: after.enabled ? 1 : 0, emergency_days: after.emergencyDays })
      .where('id', '=', siteId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'change-control.update',
      siteId,
      entity: 'site',
      entityId: siteId,
      reason: actor.reason ?? null,
      detail: { before, after },
    });
  });
  return view(db.kysely, actor, siteId);
}

/** Throws when the site is under change control (site-file imports call this per changed site). */
export async function refuseDirectEdit(db: Queryable, siteId: string): Promise<void> {
  const s = await changeControlOf(db, siteId);
  if (s?.enabled)
    throw new AppError(
      'C981_ERR_CHANGE_CONTROL',
      `site "${siteId}" is under change control: propose this change as a change request (POST /api/v1/sites/${siteId}/change-requests)`,
    );
}

const KINDS = ['zones', 'conduits', 'assets', 'compensating-controls'];
/** The routes that edit the security model directly (issue #7 item 2's scope). */
export const MODEL_EDIT_ROUTES: ReadonlySet<string> = new Set([
  ...KINDS.flatMap((k) => [
    `POST /api/v1/sites/:site/${k}`,
    `PATCH /api/v1/sites/:site/${k}/:id`,
    `DELETE /api/v1/sites/:site/${k}/:id`,
  ]),
  'POST /api/v1/sites/:site/assets/move',
  'POST /api/v1/sites/:site/zones/:id/slt-recommendation/adopt',
  'POST /api/v1/sites/:site/conduits/:id/slt-recommendation/adopt',
]);

/** Moving a zone on the diagram is layout, not a change of the security model. */
const layoutOnly = (route: string, body: unknown): boolean =>
  route === 'PATCH /api/v1/sites/:site/zones/:id' &&
  typeof body === 'object' &&
  body !== null &&
  Object.keys(body).every((k) => k === 'position');

/** Refuses direct model edits on sites under change control, for every route in MODEL_EDIT_ROUTES. */
export function registerChangeControlGuard(app: FastifyInstance, db: Db): void {
  app.addHook('preHandler', async (req) => {
    const route = `${req.method} ${req.routeOptions.url ?? ''}`;
    if (!MODEL_EDIT_ROUTES.has(route) || layoutOnly(route, req.body)) return;
    const site = (req.params as { site?: string }).site;
    if (site !== undefined) await refuseDirectEdit(db.kysely, site);
  });
}
