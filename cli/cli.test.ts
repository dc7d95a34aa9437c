// Runs bin/c981 as a user would: real process, real SQLite file, exit codes per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildFile, buildSite } from '../test/factories.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[], input?: string) {
  const r = spawnSync(join(root, 'bin', 'c981'), args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('c981 CLI', () => {
  const db = join(dir, 'cli.db');
  const file = join(dir, 'estate.yaml');
  writeFileSync(file, stringify(buildFile([buildSite({ regulated: true })])));

  it('imports (with a reason for a regulated site), exports and round-trips byte for byte', () => {
    const refused = c981(['import', file, '--db', db, '--json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error.code).toBe('C981_ERR_REASON_REQUIRED');
    const ok = c981(['import', file, '--db', db, '--reason', 'initial model', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).sites[0]).toMatchObject({ site: 'plant', created: true });
    const out = join(dir, 'export.yaml');
    expect(c981(['export', '--site', 'plant', '-o', out, '--db', db]).code).toBe(0);
    const again = c981(['import', out, '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ sites: [], unchanged: ['plant'] });
    const json = c981(['export', '--site', 'plant', '--format', 'json', '--db', db]);
    expect(JSON.parse(json.stdout).sites[0].id).toBe('plant');
    expect(c981(['export', '--site', 'plant', '--db', db]).stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('exits 2 with a located JSON error for an invalid file and writes nothing', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'c981: 1\nsites:\n  - id: other\n    name: Other\n    zones:\n      - { id: z, name: Z, kind: kontrol }\n',
    );
    const r = c981(['import', bad, '--db', db, '--json']);
    expect(r.code).toBe(2);
    const err = JSON.parse(r.stdout).error;
    expect(err.code).toBe('C981_ERR_VALIDATION');
    expect(err.details[0]).toMatchObject({ file: bad, line: 6, path: 'sites[0].zones[0].kind' });
    expect(c981(['export', '--site', 'other', '--db', db]).code).toBe(2);
  });

  it('exits 2 on unknown options and usage errors', () => {
    const r = c981(['export', '--colour', 'red', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('C981_ERR_USAGE');
    expect(c981(['import']).code).toBe(2);
  });

  it('migrates a new database on demand', () => {
    const fresh = join(dir, 'sub', 'fresh.db');
    const r = c981(['db', 'migrate', '--db', fresh, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).applied).toEqual([
      '0001-initial',
      '0002-site-revision',
      '0003-accounts-and-audit-chain',
      '0004-audit-site-index',
      '0005-risk-matrix',
      '0006-risk-scenarios',
      '0007-risk-assessment',
      '0008-risk-acceptance',
      '0009-change-control',
      '0010-roadmap',
      '0011-sl-history',
      '0012-discovery',
      '0013-advisories',
    ]);
    expect(JSON.parse(c981(['db', 'migrate', '--db', fresh, '--json']).stdout).applied).toEqual([]);
  });
});

describe('c981 audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the record changed behind its back', async () => {
    const db = join(dir, 'audit.db');
    writeFileSync(join(dir, 'a.yaml'), stringify(buildFile()));
    expect(c981(['import', join(dir, 'a.yaml'), '--db', db]).code).toBe(0);
    const ok = c981(['audit', 'verify', '--db', db, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, records: 2 });
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.prepare("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 2").run();
    raw.close();
    const broken = c981(['audit', 'verify', '--db', db, '--json']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).firstBroken).toMatchObject({ seq: 2 });
    expect(c981(['audit', 'verify', '--db', db]).stderr).toMatch(/BROKEN at record 2/);
  });
});
