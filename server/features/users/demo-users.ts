// `serve --demo`: one account per role, with documented passwords (README), so a first look at
// C-981 needs no set-up. Only on an empty user table: never next to real accounts.
import { LOCAL_ACTOR } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { createUser } from './users.service.js';

/** Documented in the README; demo databases only. */
export const DEMO_PASSWORD = 'Plant-Floor-62443';

export const DEMO_USERS = [
  { email: 'admin@demo.c981.example', name: 'Ada Admin', role: 'org-admin', party: 'asset-owner' },
  { email: 'siteadmin@demo.c981.example', name: 'Sam Siteadmin', role: 'site-admin', party: 'asset-owner' },
  { email: 'assessor@demo.c981.example', name: 'Ines Integrator', role: 'assessor', party: 'system-integrator' },
  { email: 'approver@demo.c981.example', name: 'Quentin Quality', role: 'approver', party: 'asset-owner' },
  { email: 'viewer@demo.c981.example', name: 'Olga Auditor', role: 'viewer', party: 'auditor' },
] as const;

export async function createDemoUsers(db: Db): Promise<boolean> {
  const any = await db.kysely.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const sites = (await db.kysely.selectFrom('sites').select('id').orderBy('id').execute()).map((s) => s.id);
  for (const u of DEMO_USERS) {
    await createUser(db, LOCAL_ACTOR, {
      email: u.email,
      name: u.name,
      password: DEMO_PASSWORD,
      party: u.party,
      company:
        u.party === 'system-integrator'
          ? 'Demo Integrator AG'
          : u.party === 'auditor'
            ? 'Demo Audit GmbH'
            : 'Helvetia Process Industries',
      ...(u.role === 'org-admin' ? { orgRole: 'org-admin' } : { sites: sites.map((site) => ({ site, role: u.role })) }),
    });
  }
  return true;
}
