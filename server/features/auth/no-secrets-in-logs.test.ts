// Hardening (issue #4): passwords, tokens and session secrets never appear in the server log.
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../actor.js';
import { buildApp } from '../../app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { createToken } from '../tokens/tokens.service.js';
import { createUser } from '../users/users.service.js';

forEachDialect('logs', (ctx) => {
  it('never contain a password, an API token or a session secret', async () => {
    let log = '';
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => (log += c.toString()));
    const app = await buildApp({ db: ctx.db, logger: true, logStream: stream });
    const password = 'Secret-Valve-Passphrase-99';
    const user = await createUser(ctx.db, LOCAL_ACTOR, {
      email: 'log@example.com',
      name: 'Log Test',
      password,
      party: 'auditor',
      orgRole: 'org-admin',
    });
    const { token } = await createToken(ctx.db, LOCAL_ACTOR, { userId: user.id, readOnly: true });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'log@example.com', password },
    });
    const session = String(login.headers['set-cookie']).split(';')[0] ?? '';
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'log@example.com', password: `${password}-wrong` },
    });
    await app.inject({ method: 'GET', url: '/api/v1/sites', headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session } });
    await app.close();
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(password);
    expect(log).not.toContain(token);
    expect(log).not.toContain(session.split('=')[1] ?? 'unset');
  });
});
