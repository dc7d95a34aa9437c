// Authorization inside services: the routes check first (plugins/authorize.ts); services check
// again for what routes cannot see (each site of an uploaded file) and filter what lists answer.
import { abilities, can, readableSites, type EntityKind, type Permission } from '../../core/accounts/permissions.js';
import type { Actor } from '../actor.js';
import { AppError, notFound } from '../errors.js';

/** Sites the actor may read; null means every site (org-admins, the local operator). */
export const readableBy = (actor: Actor): string[] | null => (actor.principal ? readableSites(actor.principal) : null);

/** Throws 404 when the site is not readable (no leak), 403 when the permission is missing. */
export function requirePermission(actor: Actor, permission: Permission, siteId?: string): void {
  const p = actor.principal;
  if (!p) return;
  if (siteId !== undefined && !can(p, 'site.read', siteId) && permission !== 'site.create')
    throw notFound('site', siteId);
  if (!can(p, permission, siteId))
    throw new AppError(
      'C981_ERR_FORBIDDEN',
      `you may not ${permission.replace('.', ' ')}${siteId ? ` in site "${siteId}"` : ''}`,
    );
}

/**
 * Validated (GxP) sites: changes to zones, conduits, SL-T and approvals must say why
 * (21 CFR Part 11 §11.10(e): who, when, what and why). The reason rides on the actor
 * (header X-C981-Reason) and lands in the audit record.
 */
export function requireReason(actor: Actor, site: { id: string; regulated: number }): void {
  if (site.regulated === 1 && !actor.reason)
    throw new AppError(
      'C981_ERR_REASON_REQUIRED',
      `site "${site.id}" is regulated: say why in the X-C981-Reason header`,
    );
}

const FULL: Record<EntityKind, string[]> = {
  site: ['read', 'update', 'delete'],
  zone: ['read', 'update', 'delete'],
  conduit: ['read', 'update', 'delete'],
  asset: ['read', 'update', 'delete'],
  compensatingControl: ['read', 'update', 'delete', 'approve'],
};

/** The caller's `abilities` on an entity, so the UI never re-derives permissions. */
export const abilitiesOf = (actor: Actor, kind: EntityKind, siteId: string): string[] =>
  actor.principal ? abilities(actor.principal, kind, siteId) : FULL[kind];
