// Starts the HTTP server: open (and migrate) the database, optionally load the demo estate,
// listen, and shut down cleanly on SIGINT/SIGTERM.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_ACTOR } from './actor.js';
import { buildApp } from './app.js';
import { loadCompiler } from './validation.js';
import { openDb } from './db/connection.js';
import { importSiteText } from './features/site-files/site-files.service.js';
import { createDemoUsers, DEMO_PASSWORD, DEMO_USERS } from './features/users/demo-users.js';
import { ensureFirstAdmin } from './features/users/first-admin.js';

export interface ServeOptions {
  port: number;
  host: string;
  db: string;
  demo: boolean;
}

/** The repository (or installed package) root: two levels above this file in src and dist. */
export const packageRoot = (): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.includes(`${join('dist', 'server')}`) ? join(here, '..', '..') : join(here, '..');
};

export async function serve(options: ServeOptions): Promise<void> {
  const db = await openDb(options.db);
  const root = packageRoot();
  if (options.demo) {
    const existing = await db.kysely.selectFrom('sites').select('id').limit(1).executeTakeFirst();
    if (!existing) {
      const file = join(root, 'examples', 'demo-estate.yaml');
      const result = await importSiteText(db, LOCAL_ACTOR, await readFile(file, 'utf8'), file, {
        reason: 'demo estate loaded at first start',
      });
      process.stderr.write(`c981: loaded the demo estate (${result.sites.map((s) => s.site).join(', ')})\n`);
    }
  }
  const admin = await ensureFirstAdmin(db);
  if (admin) process.stderr.write(`c981: created the first org-admin ${admin.email}\n`);
  if (options.demo && (await createDemoUsers(db)))
    process.stderr.write(
      `c981: created demo accounts (${DEMO_USERS.map((u) => u.email).join(', ')}); password "${DEMO_PASSWORD}"\n`,
    );
  const app = await buildApp({
    db,
    logger: true,
    webRoot: resolve(process.env.C981_WEB_ROOT ?? join(root, 'dist', 'web')),
    recordTrendsDaily: true,
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  // `on`, not `once`: a second Ctrl-C (the terminal and `npm start` both deliver one) must not
  // fall through to Node's default handler and cut the clean shutdown short.
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  await app.listen({ port: options.port, host: options.host });
  // Warm what the first write request needs, now that the health check is answering.
  void loadCompiler();
  process.stderr.write(`c981: serving on http://${options.host}:${options.port} (database: ${db.location})\n`);
}
