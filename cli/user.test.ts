// c981 user add (DESIGN §5) as a user runs it: real process, real SQLite file, password on stdin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASSWORD = 'violet-kettle-harbour-42';

function c981(args: string[], input = `${PASSWORD}\n`) {
  const r = spawnSync(join(root, 'bin', 'c981'), args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('c981 user add', () => {
  const db = join(dir, 'users.db');
  const add = (...extra: string[]) => [
    'user',
    'add',
    '--email',
    'Ops@Example.com',
    '--name',
    'Olga Petrov',
    '--password-stdin',
    '--db',
    db,
    ...extra,
  ];

  it('creates an org-admin and prints the user as JSON; the stored password is an argon2 hash', async () => {
    const r = c981([...add('--role', 'org-admin', '--company', 'Acme'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      user: {
        id: expect.stringMatching(/^u_[0-9a-f]+$/),
        email: 'ops@example.com',
        name: 'Olga Petrov',
        party: 'asset-owner',
        company: 'Acme',
        orgRole: 'org-admin',
        sites: [],
      },
    });
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db, { readonly: true });
    const row = raw.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    const audit = JSON.stringify(raw.prepare('SELECT * FROM audit_events').all());
    raw.close();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const { verifyPassword } = await import('../server/features/users/passwords.js');
    // One trailing newline was dropped: the password is exactly what was typed.
    expect(await verifyPassword(row.password_hash, PASSWORD)).toBe(true);
    expect(audit).toMatch(/"actor":"cli:/);
    expect(audit).not.toContain(PASSWORD);
    expect(audit).not.toContain(row.password_hash);
    const again = c981([...add('--role', 'org-admin'), '--json']);
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error.code).toBe('C981_ERR_CONFLICT');
  });

  it('creates a user with a site role on an existing site', () => {
    const site = join(dir, 'site.yaml');
    writeFileSync(site, 'c981: 1\nsites:\n  - id: basel\n    name: Basel\n');
    expect(c981(['import', site, '--db', db]).code).toBe(0);
    const r = c981([
      'user',
      'add',
      '--email',
      'eve@example.com',
      '--name',
      'Eve Keller',
      '--role',
      'assessor',
      '--site',
      'basel',
      '--party',
      'system-integrator',
      '--password-stdin',
      '--db',
      db,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).user).toMatchObject({
      email: 'eve@example.com',
      party: 'system-integrator',
      company: null,
      orgRole: null,
      sites: [{ site: 'basel', role: 'assessor' }],
    });
    expect(
      c981([
        'user',
        'add',
        '--email',
        'x@example.com',
        '--name',
        'X',
        '--role',
        'viewer',
        '--site',
        'nowhere',
        '--password-stdin',
        '--db',
        db,
      ]).code,
    ).toBe(2);
  });

  it('exits 2 on bad usage and weak passwords, without creating the database', () => {
    const fresh = join(dir, 'never.db');
    const cases: [string[], string | undefined, string, RegExp][] = [
      [['--role', 'viewer'], undefined, 'C981_ERR_USAGE', /site role: name the site with --site/],
      [['--role', 'org-admin', '--site', 'basel'], undefined, 'C981_ERR_USAGE', /--site/],
      [['--role', 'owner'], undefined, 'C981_ERR_VALIDATION', /--role must be one of org-admin, viewer/],
      [['--role', 'org-admin', '--party', 'vendor'], undefined, 'C981_ERR_VALIDATION', /--party/],
      [['--role', 'org-admin'], 'short\n', 'C981_ERR_VALIDATION', /password: must have at least 12 characters/],
      [['--role', 'org-admin'], 'password1234\n', 'C981_ERR_VALIDATION', /commonly used/],
    ];
    for (const [extra, input, code, message] of cases) {
      const args = add(...extra).map((a) => (a === db ? fresh : a));
      const r = c981([...args, '--json'], input);
      expect(r.code, extra.join(' ')).toBe(2);
      const err = JSON.parse(r.stdout).error;
      expect(err.code).toBe(code);
      expect(err.message).toMatch(message);
      expect(r.stdout).not.toContain('password1234');
    }
    const weak = c981(
      add('--role', 'org-admin').map((a) => (a === db ? fresh : a)),
      'olgapetrov\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 12 characters[\s\S]*your name/);
    expect(existsSync(fresh)).toBe(false);
    const noFlag = c981(['user', 'add', '--email', 'a@b.co', '--name', 'A', '--role', 'org-admin', '--db', fresh]);
    expect(noFlag.code).toBe(2);
    expect(noFlag.stderr).toMatch(/--password-stdin/);
  }, 90_000); // nine CLI processes through tsx
});
