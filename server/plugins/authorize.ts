// Enforces ROUTE_REQUIREMENTS on every request, after authentication (plugins/auth.ts).
import type { FastifyInstance } from 'fastify';
import { can } from '../../core/accounts/permissions.js';
import { AppError, notFound } from '../errors.js';
import { ROUTE_REQUIREMENTS, routeKey } from './route-permissions.js';

export function registerAuthorization(app: FastifyInstance): void {
  // Fail at start-up, not in production traffic, when someone adds an API route without
  // deciding who may call it.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      if (m === 'HEAD') continue;
      if (!(routeKey(m, route.url) in ROUTE_REQUIREMENTS))
        throw new Error(`route ${m} ${route.url} has no entry in server/plugins/route-permissions.ts`);
    }
  });

  app.addHook('preHandler', async (req) => {
    const url = req.routeOptions.url;
    if (url === undefined || !url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const requirement = ROUTE_REQUIREMENTS[routeKey(req.method === 'HEAD' ? 'GET' : req.method, url)];
    if (requirement === undefined || requirement === 'public') return;
    const principal = req.actor?.principal;
    if (!req.actor) throw new AppError('C981_ERR_UNAUTHENTICATED', 'sign in first');
    if (!principal) return; // the built-in local operator: full access
    const site = (req.params as { site?: string }).site;
    // Objects of a site the caller may not read answer 404, so their existence does not leak.
    if (site !== undefined && !can(principal, 'site.read', site)) throw notFound('site', site);
    if (requirement !== 'authenticated' && !can(principal, requirement, site))
      throw new AppError(
        'C981_ERR_FORBIDDEN',
        `you may not ${requirement.replace('.', ' ')}${site ? ` in site "${site}"` : ''}`,
      );
  });
}
