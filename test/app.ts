// Drives the real Fastify app through app.inject() on the test's database.
import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import { LOCAL_ACTOR } from '../server/actor.js';
import { buildApp } from '../server/app.js';
import { importSiteDoc } from '../server/features/site-files/site-files.service.js';
import type { DialectContext } from './dialects.js';
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
  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Call> => {
    app ??= await buildApp({ db: ctx.db });
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
