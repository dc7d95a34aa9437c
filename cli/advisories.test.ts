// c981 advisories import as a user runs it: real process, real SQLite file, exit codes per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testCsafBytes } from '../core/advisories/test-csaf.js';

const root = join(import.meta.dirname, '..');
const CORPUS = join(root, '..', 'shared', 'corpus', 'csaf');
const HAVE_CORPUS = existsSync(join(CORPUS, 'README.md'));
if (!HAVE_CORPUS) console.warn(`[advisories CLI] SKIPPING corpus tests: ${CORPUS} is not there`);

const dir = mkdtempSync(join(tmpdir(), 'c981-advisories-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[], db = join(dir, 'advisories.db')) {
  const r = spawnSync(join(root, 'bin', 'c981'), [...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test spawns the CLI from the TypeScript sources (tsx): slow on a busy machine.
describe('c981 advisories import', { timeout: 120_000 }, () => {
  it('imports files, says unchanged the second time, and exits 1 when a document is rejected', () => {
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'good', 'exa-1.json'), testCsafBytes());
    writeFileSync(join(dir, 'good', 'exa-2.json'), testCsafBytes({ trackingId: 'EXA-2024-002' }));
    const first = c981(['advisories', 'import', 'good']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      'imported  EXA-2024-001         good/exa-1.json\n' +
        'imported  EXA-2024-002         good/exa-2.json\n' +
        'imported 2, updated 0, unchanged 0, older 0, rejected 0, missing 0\n',
    );
    expect(c981(['advisories', 'import', 'good/exa-1.json']).stdout).toContain('unchanged EXA-2024-001');

    writeFileSync(join(dir, 'broken.json'), testCsafBytes().slice(0, 120));
    const bad = c981(['advisories', 'import', 'broken.json', '--json']);
    expect(bad.code).toBe(1);
    const answer = JSON.parse(bad.stdout);
    expect(answer.counts).toMatchObject({ rejected: 1 });
    expect(answer.results[0]).toMatchObject({ source: 'broken.json', status: 'rejected' });
    expect(answer.results[0].reason).toMatch(/^truncated or invalid JSON/);
  });

  it('refuses paths that do not exist and dates that are not dates (exit 2)', () => {
    expect(c981(['advisories', 'import', 'nowhere']).code).toBe(2);
    const since = c981(['advisories', 'import', 'good', '--since', 'yesterday-ish']);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since');
  });

  it.skipIf(!HAVE_CORPUS)('summarises the feed entries that are not on the stick in one line', () => {
    const stick = join(dir, 'stick');
    mkdirSync(join(stick, '2024'), { recursive: true });
    const cisa = join(CORPUS, 'distribution', 'cisa-ot');
    copyFileSync(join(cisa, 'cisa-csaf-ot-feed-tlp-white.json'), join(stick, 'cisa-csaf-ot-feed-tlp-white.json'));
    copyFileSync(join(CORPUS, 'icsa-24-289-02.json'), join(stick, '2024', 'icsa-24-289-02.json'));
    copyFileSync(join(cisa, 'icsa-24-289-02.json.sha512'), join(stick, '2024', 'icsa-24-289-02.json.sha512'));
    const res = c981(['advisories', 'import', 'stick'], join(dir, 'stick.db'));
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toEqual([
      'imported  ICSA-24-289-02       stick/2024/icsa-24-289-02.json',
      expect.stringMatching(
        /^missing {3}2378 files +listed in the feed stick\/cisa-csaf-ot-feed-tlp-white\.json but the file is missing \(e\.g\. stick\/2024\/icsa-24-298-03\.json, /,
      ),
      'imported 1, updated 0, unchanged 0, older 0, rejected 0, missing 2378',
    ]);
  });
});
