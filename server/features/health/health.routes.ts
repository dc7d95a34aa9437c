import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';

export function registerHealthRoute(app: FastifyInstance, db: Db, version: string): void {
  app.get(
    '/api/health',
    { schema: { tags: ['health'], summary: 'Liveness and database check (public)' } },
    async () => {
      await db.kysely.selectFrom('sites').select('id').limit(1).execute();
      return { status: 'ok', version, database: db.dialect };
    },
  );
}
