// Initial schema. Migrations never import application code: they describe tables as they were
// at that version.
import { sql, type Kysely, type CreateTableBuilder } from 'kysely';
import type { Dialect } from '../dialect.js';

type Db = Kysely<unknown>;

// Column names are tracked loosely here: the helpers add columns the builder cannot see.
type Table = CreateTableBuilder<string, string>;

const slColumns = (t: Table, prefix: string): Table => {
  let out = t;
  for (let i = 1; i <= 7; i++) out = out.addColumn(`${prefix}${i}`, 'integer');
  return out;
};

const stamps = (t: Table): Table =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());

export async function up(db: Db, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('organization')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .execute();

  await stamps(
    (db.schema.createTable('sites') as Table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('timezone', 'text')
      .addColumn('description', 'text')
      .addColumn('regulated', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await stamps(
    slColumns(
      (db.schema.createTable('zones') as Table)
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('rationale', 'text')
        .addColumn('parent_id', 'text')
        .addColumn('pos_x', 'real')
        .addColumn('pos_y', 'real'),
      'slt',
    ).addPrimaryKeyConstraint('zones_pk', ['site_id', 'id']),
  ).execute();

  await stamps(
    slColumns(
      (db.schema.createTable('conduits') as Table)
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('description', 'text')
        .addColumn('rationale', 'text')
        .addColumn('measures', 'text'),
      'slt',
    ).addPrimaryKeyConstraint('conduits_pk', ['site_id', 'id']),
  ).execute();

  // The composite foreign keys keep every reference inside its own site.
  await db.schema
    .createTable('conduit_zones')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('conduit_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('conduit_zones_pk', ['site_id', 'conduit_id', 'zone_id'])
    .addForeignKeyConstraint(
      'conduit_zones_conduit_fk',
      ['site_id', 'conduit_id'],
      'conduits',
      ['site_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('conduit_zones_zone_fk', ['site_id', 'zone_id'], 'zones', ['site_id', 'id'])
    .execute();
  await db.schema.createIndex('conduit_zones_zone_idx').on('conduit_zones').columns(['site_id', 'zone_id']).execute();

  await db.schema
    .createTable('channels')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('conduit_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('protocol', 'text', (c) => c.notNull())
    .addColumn('transport', 'text')
    .addColumn('port', 'integer')
    .addColumn('from_zone', 'text', (c) => c.notNull())
    .addColumn('to_zone', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('channels_pk', ['site_id', 'conduit_id', 'position'])
    .addForeignKeyConstraint('channels_conduit_fk', ['site_id', 'conduit_id'], 'conduits', ['site_id', 'id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();

  let assets: Table = db.schema.createTable('assets');
  assets =
    dialect === 'postgres'
      ? assets.addColumn('pk', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : assets.addColumn('pk', 'integer', (c) => c.primaryKey().autoIncrement());
  await stamps(
    slColumns(
      assets
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('zone_id', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('component_class', 'text')
        .addColumn('vendor', 'text')
        .addColumn('model', 'text')
        .addColumn('firmware', 'text')
        .addColumn('order_number', 'text')
        .addColumn('serial', 'text')
        .addColumn('ip', 'text')
        .addColumn('mac', 'text')
        .addColumn('lifecycle', 'text')
        .addColumn('legacy', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('safety', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('criticality', 'integer')
        .addColumn('owner', 'text')
        .addColumn('location', 'text')
        .addColumn('notes', 'text')
        .addColumn('last_seen', 'text'),
      'slc',
    )
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addUniqueConstraint('assets_site_id_uq', ['site_id', 'id'])
      .addForeignKeyConstraint('assets_zone_fk', ['site_id', 'zone_id'], 'zones', ['site_id', 'id']),
  ).execute();
  await db.schema.createIndex('assets_zone_idx').on('assets').columns(['site_id', 'zone_id', 'id']).execute();
  await db.schema.createIndex('assets_type_idx').on('assets').columns(['site_id', 'type', 'id']).execute();
  await db.schema.createIndex('assets_vendor_idx').on('assets').columns(['site_id', 'vendor', 'id']).execute();
  await db.schema.createIndex('assets_name_idx').on('assets').columns(['site_id', 'name', 'id']).execute();

  await db.schema
    .createTable('asset_capabilities')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('asset_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('asset_capabilities_pk', ['site_id', 'asset_id', 'requirement_id'])
    .addForeignKeyConstraint('asset_capabilities_asset_fk', ['site_id', 'asset_id'], 'assets', ['site_id', 'id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('results')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('evidence', 'text')
    .addColumn('assessed_by', 'text')
    .addColumn('assessed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('results_pk', ['site_id', 'scope_id', 'requirement_id'])
    .execute();

  await stamps(
    (db.schema.createTable('compensating_controls') as Table)
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('scope_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('requirements', 'text', (c) => c.notNull())
      .addColumn('assets', 'text')
      .addColumn('description', 'text')
      .addColumn('rationale', 'text')
      .addColumn('approved_by', 'text')
      .addColumn('approved_at', 'text')
      .addColumn('expires', 'text')
      .addPrimaryKeyConstraint('compensating_controls_pk', ['site_id', 'id']),
  ).execute();

  let audit: Table = db.schema.createTable('audit_events');
  audit =
    dialect === 'postgres'
      ? audit.addColumn('seq', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : audit.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());
  await audit
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('detail', 'text')
    .execute();

  // Free-text asset search needs an index made for substrings (DESIGN §8).
  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE asset_search USING fts5(search_text, content='assets', content_rowid='pk', tokenize='trigram')`.execute(
      db,
    );
    // No insert trigger: new assets are indexed in bulk (server/db/asset-search.ts), about three
    // times faster than one trigram-tokenizing trigger call per row during a large import.
    await sql`CREATE TRIGGER assets_search_ad AFTER DELETE ON assets BEGIN
      INSERT INTO asset_search(asset_search, rowid, search_text) VALUES ('delete', old.pk, old.search_text); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER assets_search_au AFTER UPDATE OF search_text ON assets BEGIN
      INSERT INTO asset_search(asset_search, rowid, search_text) VALUES ('delete', old.pk, old.search_text);
      INSERT INTO asset_search(rowid, search_text) VALUES (new.pk, new.search_text); END`.execute(db);
  } else {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`.execute(db);
    await sql`CREATE INDEX assets_search_trgm ON assets USING gin (search_text gin_trgm_ops)`.execute(db);
  }
}
