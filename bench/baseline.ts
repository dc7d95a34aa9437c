// The floor a hand-written loader would reach: parse the same file and insert the same rows
// with prepared statements in one transaction, no validation, no diffing. Compared as a ratio.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SiteFileDoc } from '../core/schemas/site-file.js';

export function rawImport(file: string, dbFile: string): number {
  const start = performance.now();
  const doc = JSON.parse(readFileSync(file, 'utf8')) as SiteFileDoc;
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE assets (site_id TEXT, id TEXT, name TEXT, zone_id TEXT, type TEXT, vendor TEXT, model TEXT,
    firmware TEXT, ip TEXT, mac TEXT, PRIMARY KEY (site_id, id));
    CREATE TABLE results (site_id TEXT, scope_id TEXT, requirement_id TEXT, status TEXT, PRIMARY KEY (site_id, scope_id, requirement_id));
    CREATE TABLE zones (site_id TEXT, id TEXT, name TEXT, kind TEXT, PRIMARY KEY (site_id, id));`);
  const asset = db.prepare('INSERT INTO assets VALUES (?,?,?,?,?,?,?,?,?,?)');
  const result = db.prepare('INSERT INTO results VALUES (?,?,?,?)');
  const zone = db.prepare('INSERT INTO zones VALUES (?,?,?,?)');
  db.transaction(() => {
    for (const s of doc.sites) {
      for (const z of s.zones ?? []) zone.run(s.id, z.id, z.name, z.kind);
      for (const a of s.assets ?? [])
        asset.run(
          s.id,
          a.id,
          a.name,
          a.zone ?? null,
          a.type,
          a.vendor ?? null,
          a.model ?? null,
          a.firmware ?? null,
          JSON.stringify(a.ip ?? []),
          JSON.stringify(a.mac ?? []),
        );
      for (const as of s.assessments ?? [])
        for (const [id, r] of Object.entries(as.results))
          result.run(s.id, as.scope, id, typeof r === 'string' ? r : r.status);
    }
  })();
  db.close();
  return performance.now() - start;
}

/** A full-table substring scan without the trigram index: what a plain LIKE query costs. */
export function likeScan(dbFile: string, needles: string[]): number[] {
  const db = new Database(dbFile, { readonly: true });
  const stmt = db.prepare("SELECT * FROM assets WHERE search_text LIKE ? ESCAPE '\\' ORDER BY site_id, id LIMIT 51");
  const times = needles.map((n) => {
    const t = performance.now();
    stmt.all(`%${n}%`);
    return performance.now() - t;
  });
  db.close();
  return times;
}
