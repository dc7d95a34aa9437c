// `c981 audit verify`: recomputes the chain from the first record and names the first record
// whose stored hash or link does not match — or a head that disagrees with the last record
// (records removed from the end).
import type { Db } from '../../db/connection.js';
import { chainHash } from './audit-chain.js';

export interface BrokenRecord {
  seq: number;
  at: string;
  action: string;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  records: number;
  firstBroken: BrokenRecord | null;
}

const PAGE = 5000;

export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let prev = '';
  let records = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db.kysely
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const r of rows) {
      records++;
      const broken = (problem: string): VerifyResult => ({
        ok: false,
        records,
        firstBroken: { seq: r.seq, at: r.at, action: r.action, problem },
      });
      if (r.prev_hash !== prev)
        return broken('its link to the previous record does not match (a record before it was removed or reordered)');
      const expected = chainHash(prev, r);
      if (r.hash !== expected) return broken('its content does not match its hash (the record was changed)');
      prev = expected;
      lastSeq = r.seq;
    }
    if (rows.length < PAGE) break;
  }
  const head = await db.kysely
    .selectFrom('audit_head')
    .select(['hash', 'count'])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!head || head.hash !== prev || head.count !== records)
    return {
      ok: false,
      records,
      firstBroken: {
        seq: lastSeq + 1,
        at: '',
        action: '',
        problem: `the chain ends after ${records} records, but ${head?.count ?? 0} were written (records were removed from the end)`,
      },
    };
  return { ok: true, records, firstBroken: null };
}
