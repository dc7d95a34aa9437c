import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { LOCAL_ACTOR } from '../../actor.js';
import { forEachDialect } from '../../../test/dialects.js';
import { buildFile } from '../../../test/factories.js';
import { importSiteDoc } from '../site-files/site-files.service.js';
import { createZone } from '../zones/zones.service.js';
import { verifyAuditChain } from './audit-verify.js';

forEachDialect('audit chain', (ctx) => {
  async function someHistory() {
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    for (const id of ['z-a', 'z-b', 'z-c'])
      await createZone(ctx.db, { ...LOCAL_ACTOR, sourceIp: '10.0.0.9' }, 'plant', { id, name: id, kind: 'field' });
  }

  it('links every record to the previous one and verifies', async () => {
    await someHistory();
    const rows = await ctx.db.kysely.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(rows).toHaveLength(5); // organization name, site import, three zones
    expect(rows[0]?.prev_hash).toBe('');
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(rows[4]).toMatchObject({
      actor: 'local',
      actor_kind: 'local',
      source_ip: '10.0.0.9',
      action: 'zone.create',
      entity_id: 'z-c',
    });
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, records: 5, firstBroken: null });
  });

  it('names the first record changed directly in the database', async () => {
    await someHistory();
    const third = (
      await ctx.db.kysely
        .selectFrom('audit_events')
        .select('seq')
        .orderBy('seq')
        .offset(2)
        .limit(1)
        .executeTakeFirstOrThrow()
    ).seq;
    await sql`UPDATE audit_events SET reason = 'nothing to see' WHERE seq = ${third}`.execute(ctx.db.kysely);
    const result = await verifyAuditChain(ctx.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: third, problem: expect.stringMatching(/changed/) });
  });

  it('notices a removed record, and records removed from the end', async () => {
    await someHistory();
    const seqs = (await ctx.db.kysely.selectFrom('audit_events').select('seq').orderBy('seq').execute()).map(
      (r) => r.seq,
    );
    await ctx.db.kysely
      .deleteFrom('audit_events')
      .where('seq', '=', seqs[1] ?? 0)
      .execute();
    expect((await verifyAuditChain(ctx.db)).firstBroken).toMatchObject({
      seq: seqs[2],
      problem: expect.stringMatching(/removed or reordered/),
    });
  });

  it('notices a truncated tail', async () => {
    await someHistory();
    const last = (
      await ctx.db.kysely
        .selectFrom('audit_events')
        .select('seq')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).seq;
    await ctx.db.kysely.deleteFrom('audit_events').where('seq', '=', last).execute();
    expect((await verifyAuditChain(ctx.db)).firstBroken?.problem).toMatch(/removed from the end/);
  });

  it('keeps one chain under concurrent changes', async () => {
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createZone(ctx.db, LOCAL_ACTOR, 'plant', { id: `z-${i}`, name: `Z ${i}`, kind: 'field' }),
      ),
    );
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true, records: 14 });
  });
});
