// c981 token create as a user runs it: real process, real SQLite file, exit codes per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-token-'));
const db = join(dir, 'tokens.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function query<T>(sql: string, ...params: unknown[]): T {
  const raw = new Database(db);
  try {
    return raw.prepare(sql).get(...params) as T;
  } finally {
    raw.close();
  }
}

describe('c981 token create', () => {
  beforeAll(() => {
    expect(c981(['db', 'migrate', '--db', db]).code).toBe(0);
    // Users are inserted directly: `c981 user add` is built separately.
    const raw = new Database(db);
    const now = new Date().toISOString();
    raw
      .prepare(
        `INSERT INTO users (id, email, name, password_hash, party, created_at, updated_at)
         VALUES ('u-ann', 'ann@example.com', 'Ann', 'x', 'asset-owner', ?, ?)`,
      )
      .run(now, now);
    raw
      .prepare(`INSERT INTO sites (id, name, regulated, created_at, updated_at) VALUES ('plant', 'Plant', 0, ?, ?)`)
      .run(now, now);
    raw.prepare(`INSERT INTO site_members (site_id, user_id, role) VALUES ('plant', 'u-ann', 'viewer')`).run();
    raw.close();
  });

  it('prints exactly { token } with --json and stores only its SHA-256', () => {
    const r = c981([
      'token',
      'create',
      '--email',
      'ann@example.com',
      '--read-only',
      '--site',
      'plant',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['token']);
    expect(out.token).toMatch(/^c981_[A-Za-z0-9_-]{43}$/);
    const row = query<{ user_id: string; read_only: number; sites: string; expires_at: string; token_hash: string }>(
      'SELECT * FROM api_tokens WHERE token_hash = ?',
      createHash('sha256').update(out.token).digest('hex'),
    );
    expect(row).toMatchObject({ user_id: 'u-ann', read_only: 1, sites: '["plant"]' });
    // Default lifetime 90 days.
    expect(Math.round((Date.parse(row.expires_at) - Date.now()) / 86_400_000)).toBe(90);
    expect(query<{ n: number }>("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'apiToken.create'").n).toBe(1);
  });

  it('prints the bare token on stdout and warns once on stderr without --json', () => {
    const r = c981(['token', 'create', '--email', 'ann@example.com', '--expires', '7', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^c981_[A-Za-z0-9_-]{43}\n$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/shown only once/);
    const token = r.stdout.trim();
    const row = query<{ read_only: number; sites: string | null; expires_at: string }>(
      'SELECT * FROM api_tokens WHERE token_hash = ?',
      createHash('sha256').update(token).digest('hex'),
    );
    expect(row).toMatchObject({ read_only: 0, sites: null });
    expect(Math.round((Date.parse(row.expires_at) - Date.now()) / 86_400_000)).toBe(7);
  });

  it('exits 2 for an unknown e-mail address, an unknown site and a bad lifetime', () => {
    const unknown = c981(['token', 'create', '--email', 'nobody@example.com', '--json', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout).error).toMatchObject({ code: 'C981_ERR_NOT_FOUND' });
    const site = c981(['token', 'create', '--email', 'ann@example.com', '--site', 'mill', '--json', '--db', db]);
    expect(site.code).toBe(2);
    expect(JSON.parse(site.stdout).error.code).toBe('C981_ERR_VALIDATION');
    const days = c981(['token', 'create', '--email', 'ann@example.com', '--expires', '0', '--db', db]);
    expect(days.code).toBe(2);
    expect(days.stderr).toMatch(/--expires/);
    expect(c981(['token', 'create', '--db', db]).code).toBe(2);
  });
});
