// Drives the real Fastify app through app.inject() on the test's database.
import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import { LOCAL_ACTOR } from '../server/actor.js';
import { buildApp } from '../server/app.js';
import { importSiteDoc } from '../server/features/site-files/site-files.service.js';
import type { DialectContext } from './dialects.js';
import { buildUser, type TestUser } from './accounts.js';
import { buildFile } from './factories.js';

export interface Call {
  status: number;
  /** Parsed JSON (tests read arbitrary shapes). */
  body: any;
  text: string;
  headers: Record<string, unknown>;
}

export function useApp(ctx: DialectContext) {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  let admin: TestUser | undefined;
  afterEach(() => {
    admin = undefined;
  });
  /**
   * Calls the API as an org-admin (with an API token) unless `headers` carry their own
   * authorization; pass `{ authorization: '' }` to call anonymously.
   */
  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Call> => {
    app ??= await buildApp({ db: ctx.db });
    if (!('authorization' in headers) && !('cookie' in headers)) {
      admin ??= await buildUser(ctx.db, 'org-admin');
      headers = { ...headers, authorization: `Bearer ${admin.token}` };
    } else if (headers.authorization === '') {
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization'));
    }
    const res = await app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as object }),
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = undefined;
    }
    return { status: res.statusCode, body: parsed, text: res.body, headers: res.headers };
  };
  /** Loads the factory estate (site "plant"). */
  const seed = () => importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
  return { call, seed };
}
