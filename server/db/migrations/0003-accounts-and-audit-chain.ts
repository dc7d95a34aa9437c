// Accounts (users, site roles, sessions, API tokens) and the tamper-evident audit chain.
// Migrations never import application code: the tables are described as they are at this version.
import { createHash } from 'node:crypto';
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db.schema.createTable('users') as Table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    /** asset-owner | system-integrator | product-supplier | service-provider | auditor */
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('company', 'text')
    /** 'org-admin' for organization-wide administrators, else null (roles are per site). */
    .addColumn('org_role', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await (db.schema.createTable('site_members') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** viewer | assessor | approver | site-admin */
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('site_members_pk', ['site_id', 'user_id'])
    .execute();
  await db.schema.createIndex('site_members_user_idx').on('site_members').column('user_id').execute();

  await (db.schema.createTable('sessions') as Table)
    /** SHA-256 of the cookie secret: a leaked table does not leak live sessions. */
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('source_ip', 'text')
    .execute();

  await (db.schema.createTable('api_tokens') as Table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text')
    /** SHA-256 of the 256-bit secret (DESIGN §8): fast to check on every request. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('read_only', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON array of site ids, or null for every site the user may reach. */
    .addColumn('sites', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();

  // The audit chain: each record's hash covers its stored columns and the previous hash; the
  // head row holds the latest hash, so a removed tail is caught too.
  for (const column of ['actor_kind', 'source_ip', 'prev_hash', 'hash'])
    await db.schema.alterTable('audit_events').addColumn(column, 'text').execute();
  await (db.schema.createTable('audit_head') as Table)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await sealExistingRecords(db);
}

/** Seals the records written before the chain existed, with the chain's hash of this version. */
async function sealExistingRecords(db: Kysely<unknown>): Promise<void> {
  type Row = {
    seq: number;
    at: string;
    actor: string;
    action: string;
    site_id: string | null;
    entity: string;
    entity_id: string | null;
    reason: string | null;
    detail: string | null;
  };
  const rows = (
    await sql<Row>`SELECT seq, at, actor, action, site_id, entity, entity_id, reason, detail FROM audit_events ORDER BY seq`.execute(
      db,
    )
  ).rows;
  let prev = '';
  for (const r of rows) {
    const canonical = JSON.stringify([
      r.at,
      r.actor,
      'local',
      null,
      r.action,
      r.site_id,
      r.entity,
      r.entity_id,
      r.reason,
      r.detail,
    ]);
    const hash = createHash('sha256').update(`${prev}\n${canonical}`).digest('hex');
    await sql`UPDATE audit_events SET actor_kind = 'local', prev_hash = ${prev}, hash = ${hash} WHERE seq = ${r.seq}`.execute(
      db,
    );
    prev = hash;
  }
  await sql`INSERT INTO audit_head (id, hash, count) VALUES (1, ${prev}, ${rows.length})`.execute(db);
}
