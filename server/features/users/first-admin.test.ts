import { expect, it } from 'vitest';
import { forEachDialect } from '../../../test/dialects.js';
import { ensureFirstAdmin } from './first-admin.js';
import { verifyPassword } from './passwords.js';

const env = {
  C981_ADMIN_EMAIL: 'root@example.com',
  C981_ADMIN_PASSWORD: 'granite-orchard-lamp-19',
};

forEachDialect('first org-admin from the environment', (ctx) => {
  const rows = () => ctx.db.kysely.selectFrom('users').selectAll().execute();

  it('creates the org-admin once, on an empty user table only', async () => {
    const admin = await ensureFirstAdmin(ctx.db, env);
    expect(admin).toMatchObject({ email: 'root@example.com', orgRole: 'org-admin', party: 'asset-owner' });
    const [row] = await rows();
    expect(await verifyPassword(row?.password_hash ?? '', env.C981_ADMIN_PASSWORD)).toBe(true);
    expect(await ensureFirstAdmin(ctx.db, { ...env, C981_ADMIN_EMAIL: 'someone@example.com' })).toBeNull();
    expect(await rows()).toHaveLength(1);
    const audit = await ctx.db.kysely.selectFrom('audit_events').selectAll().where('entity', '=', 'user').execute();
    expect(audit).toMatchObject([{ action: 'user.create', actor: 'system:first-admin' }]);
  });

  it('does nothing without the variables, and explains half-set ones and weak passwords', async () => {
    expect(await ensureFirstAdmin(ctx.db, {})).toBeNull();
    await expect(ensureFirstAdmin(ctx.db, { C981_ADMIN_EMAIL: 'root@example.com' })).rejects.toThrow(
      /C981_ADMIN_PASSWORD is not set/,
    );
    const weak = ensureFirstAdmin(ctx.db, { ...env, C981_ADMIN_PASSWORD: 'letmein' });
    await expect(weak).rejects.toThrow(/first org-admin.*password: must have at least 12 characters/);
    await expect(ensureFirstAdmin(ctx.db, { ...env, C981_ADMIN_PASSWORD: 'letmein' })).rejects.not.toThrow(/letmein/);
    expect(await rows()).toEqual([]);
  });
});
