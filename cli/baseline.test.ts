// c981 baseline take | list | diff as a user runs it: real process, real SQLite file, exit codes
// per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFile, buildSite } from '../test/factories.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-baseline-'));
const db = join(dir, 'baselines.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), [...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('c981 baseline', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'a.yaml'), stringify(buildFile()));
    const site = buildSite();
    const zones = site.zones?.map((z) => (z.id === 'z-dmz' ? { ...z, slTarget: 3 } : z));
    writeFileSync(join(dir, 'b.yaml'), stringify(buildFile([{ ...site, zones }])));
    expect(c981(['import', 'a.yaml']).code).toBe(0);
  });

  it('takes baselines, lists them and diffs them as JSON, CSV and HTML', () => {
    const first = c981(['baseline', 'take', '--site', 'plant', '--name', 'Before', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ id: 1, name: 'Before', trigger: 'manual' });
    expect(c981(['import', 'b.yaml']).code).toBe(0);
    expect(c981(['baseline', 'take', '--site', 'plant', '--name', 'After']).stdout).toMatch(
      /^baseline 2 of plant: After/,
    );
    expect(JSON.parse(c981(['baseline', 'list', '--site', 'plant', '--json']).stdout).items).toHaveLength(2);

    const diff = JSON.parse(c981(['baseline', 'diff', '1', '--site', 'plant', '--to', '2']).stdout);
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        kind: 'zone',
        id: 'z-dmz',
        sl: expect.arrayContaining([{ field: 'slTarget', fr: 1, before: 1, after: 3 }]),
      }),
    );
    expect(c981(['baseline', 'diff', '1', '--site', 'plant', '--format', 'csv']).stdout).toContain(
      'zone,z-dmz,changed,slTarget,1,1,3',
    );
    expect(c981(['baseline', 'diff', '1', '--site', 'plant', '--format', 'html', '-o', 'd.html']).code).toBe(0);
    expect(readFileSync(join(dir, 'd.html'), 'utf8')).toContain('<h1>Changes to Plant</h1>');
  });

  it('exits 2 on a bad id, an unknown baseline or format', () => {
    expect(c981(['baseline', 'diff', 'x', '--site', 'plant']).code).toBe(2);
    const missing = c981(['baseline', 'diff', '9', '--site', 'plant']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('baseline "9" not found');
    expect(c981(['baseline', 'diff', '1', '--site', 'plant', '--format', 'pdf']).code).toBe(2);
  });
});
