// The audit trail is a hash chain: each record's hash covers every stored column of the record
// (but its sequence number, assigned by the database) and the previous record's hash. Editing,
// deleting or reordering any record breaks every hash after it, whatever the database allows —
// integrity does not rest on triggers or permissions (21 CFR Part 11 §11.10(e) shape).
import { createHash } from 'node:crypto';

export interface ChainedFields {
  at: string;
  actor: string;
  actor_kind: string | null;
  source_ip: string | null;
  action: string;
  site_id: string | null;
  entity: string;
  entity_id: string | null;
  reason: string | null;
  detail: string | null;
}

/** The hash that seals `record` after `prevHash` ('' for the first record). */
export function chainHash(prevHash: string, r: ChainedFields): string {
  const canonical = JSON.stringify([
    r.at,
    r.actor,
    r.actor_kind,
    r.source_ip,
    r.action,
    r.site_id,
    r.entity,
    r.entity_id,
    r.reason,
    r.detail,
  ]);
  return createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex');
}
