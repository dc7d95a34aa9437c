// The authorization matrix: every API route × every kind of caller. Routes come from the same
// table the server enforces (and refuses to start without), so a new route cannot skip this.
import { expect, it } from 'vitest';
import { can, type Principal, type SiteRole } from '../../core/accounts/permissions.js';
import { buildUser } from '../../test/accounts.js';
import { useApp } from '../../test/app.js';
import { forEachDialect } from '../../test/dialects.js';
import { buildApp } from '../app.js';
import { ROUTE_REQUIREMENTS } from './route-permissions.js';

const IDS: Record<string, string> = {
  zones: 'z-control',
  conduits: 'c-dmz-control',
  assets: 'plc-1',
  'compensating-controls': 'cc-1',
};

/** A concrete URL for a route pattern, on site "plant". */
function concrete(url: string): string {
  return url
    .replace(':site', 'plant')
    .replace(':zone', 'z-control')
    .replace(
      /\/(zones|conduits|assets|compensating-controls)\/:id/,
      (_m, kind: string) => `/${kind}/${IDS[kind] ?? 'x'}`,
    );
}

// Reads first, then writes, deletes last (the site itself at the very end), so a permitted
// delete does not turn later checks into 404s.
const ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const ROUTES = Object.entries(ROUTE_REQUIREMENTS)
  .map(([key, requirement]) => {
    const [method = 'GET', url = ''] = key.split(' ');
    return { method, url, requirement };
  })
  .sort(
    (a, b) =>
      ORDER.indexOf(a.method) - ORDER.indexOf(b.method) ||
      Number(a.url === '/api/v1/sites/:site') - Number(b.url === '/api/v1/sites/:site'),
  );

type Caller = 'anonymous' | SiteRole | 'org-admin' | 'other-site';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'assessor', 'approver', 'site-admin', 'org-admin', 'other-site'];

function principalOf(caller: Caller): Principal | null {
  if (caller === 'anonymous') return null;
  const siteRoles = new Map<string, SiteRole>();
  if (caller === 'other-site') siteRoles.set('other', 'site-admin');
  else if (caller !== 'org-admin') siteRoles.set('plant', caller);
  return {
    userId: 'x',
    orgRole: caller === 'org-admin' ? 'org-admin' : null,
    siteRoles,
    readOnly: false,
    tokenSites: null,
  };
}

forEachDialect('authorization matrix', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('has a requirement for every registered API route, and a route for every requirement', async () => {
    const app = await buildApp({ db: ctx.db });
    for (const { method, url } of ROUTES) expect(app.hasRoute({ method: method, url }), `${method} ${url}`).toBe(true);
    await app.close();
  });

  for (const caller of CALLERS) {
    it(`enforces every route for ${caller}`, async () => {
      await seed();
      await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
      const user =
        caller === 'anonymous'
          ? null
          : await buildUser(
              ctx.db,
              principalOf(caller)?.orgRole ? 'org-admin' : Object.fromEntries(principalOf(caller)?.siteRoles ?? []),
            );
      const headers = user ? { authorization: `Bearer ${user.token}` } : { authorization: '' };
      const principal = principalOf(caller);
      for (const { method, url, requirement } of ROUTES) {
        const body =
          method === 'GET' || method === 'DELETE'
            ? undefined
            : url === '/api/v1/site-files'
              ? 'c981: 1\nsites: []\n'
              : {};
        const extra: Record<string, string> =
          url === '/api/v1/site-files' ? { 'content-type': 'application/yaml' } : {};
        const res = await call(method as 'GET', concrete(url), body, { ...headers, ...extra });
        const where = `${caller} ${method} ${url} → ${res.status} ${res.text.slice(0, 120)}`;
        if (requirement === 'public') expect([401, 403, 404], where).not.toContain(res.status);
        else if (!principal) expect(res.status, where).toBe(401);
        else if (url.includes(':site') && !can(principal, 'site.read', 'plant')) expect(res.status, where).toBe(404);
        else if (requirement === 'authenticated' || can(principal, requirement, 'plant'))
          expect([401, 403], where).not.toContain(res.status);
        else expect(res.status, where).toBe(403);
      }
    });
  }

  it('filters lists and searches to the sites the caller may read', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/assets', { id: 'secret-plc', name: 'Secret PLC', type: 'plc' });
    const outsider = await buildUser(ctx.db, { other: 'viewer' });
    const h = { authorization: `Bearer ${outsider.token}` };
    expect((await call('GET', '/api/v1/sites', undefined, h)).body.items.map((s: { id: string }) => s.id)).toEqual([
      'other',
    ]);
    expect(
      (await call('GET', '/api/v1/assets?q=plc', undefined, h)).body.items.map((a: { id: string }) => a.id),
    ).toEqual(['secret-plc']);
    expect((await call('GET', '/api/v1/portfolio', undefined, h)).body.sites.map((s: { id: string }) => s.id)).toEqual([
      'other',
    ]);
    expect((await call('GET', '/api/v1/sites/plant/export', undefined, h)).status).toBe(404);
  });
});
