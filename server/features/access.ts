// Authorization inside services: the routes check first (plugins/authorize.ts); services check
// again for what routes cannot see (each site of an uploaded file) and filter what lists answer.
import { can, readableSites, type Permission } from '../../core/accounts/permissions.js';
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
