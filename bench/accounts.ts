// Issue #4 goals: what authentication adds to a request, and what audit recording adds to a
// large import — measured directly on the code that does it, in process.
import { LOCAL_ACTOR } from '../server/actor.js';
import { openDb } from '../server/db/connection.js';
import { recordAudit } from '../server/features/audit/audit.repository.js';
import { loadPrincipal } from '../server/features/auth/principal.js';
import { createSession, resolveSession, sessionLimits } from '../server/features/auth/sessions.js';
import { resolveToken } from '../server/features/tokens/token-resolve.js';
import { createToken } from '../server/features/tokens/tokens.service.js';
import { createUser } from '../server/features/users/users.service.js';
import { median } from './lib.js';

export interface AccountFigures {
  /** Audit records the import wrote (one per imported site, plus the organization). */
  importAuditRecords: number;
  tokenAuthMs: number;
  sessionAuthMs: number;
  auditRecordMs: number;
}

/** Median cost of authenticating one request (token, session) and of writing one audit record. */
export async function benchAccounts(dbFile: string): Promise<AccountFigures> {
  const db = await openDb(dbFile);
  try {
    // Counted before this benchmark adds records of its own.
    const counted = await db.kysely
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('action', 'like', 'site.%'), eb('action', 'like', 'organization.%')]))
      .executeTakeFirstOrThrow();
    const importAuditRecords = Number(counted.n);
    const user = await createUser(db, LOCAL_ACTOR, {
      email: 'auth-bench@example.com',
      name: 'Auth Bench',
      password: 'Steady-Compressor-Phrase-1',
      party: 'auditor',
      sites: [],
      orgRole: 'org-admin',
    });
    const { token } = await createToken(db, LOCAL_ACTOR, { userId: user.id, readOnly: true });
    const session = await createSession(db.kysely, user.id, null, sessionLimits());
    const time = async (n: number, fn: () => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await fn();
        out.push(performance.now() - t);
      }
      return median(out);
    };
    const tokenAuthMs = await time(2000, async () => {
      const r = await resolveToken(db, token);
      if (r) await loadPrincipal(db.kysely, r.userId, { readOnly: r.readOnly, sites: r.sites });
    });
    const sessionAuthMs = await time(2000, async () => {
      const s = await resolveSession(db.kysely, session.secret, sessionLimits());
      if (s) await loadPrincipal(db.kysely, s.userId);
    });
    const auditRecordMs = await time(500, () =>
      db.kysely
        .transaction()
        .execute((trx) => recordAudit(trx, LOCAL_ACTOR, { action: 'bench.noop', entity: 'bench', detail: { n: 1 } })),
    );
    return { importAuditRecords, tokenAuthMs, sessionAuthMs, auditRecordMs };
  } finally {
    await db.close();
  }
}
