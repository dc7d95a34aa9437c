// c981 checklist export | import as a user runs it: real process, real SQLite file, a workbook
// filled with exceljs in between, exit codes per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFile, buildSite } from '../test/factories.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-checklist-'));
const db = join(dir, 'checklist.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), [...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Sets one requirement's status on its FR sheet, as an assessor would in a spreadsheet program. */
async function fillStatus(file: string, out: string, requirement: string, status: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.worksheets.find((w) => w.name.startsWith(`FR ${requirement.slice(3, 4)} `));
  ws?.eachRow((row) => {
    if (row.getCell(1).value === requirement) row.getCell(6).value = status;
  });
  await wb.xlsx.writeFile(join(dir, out));
}

describe('c981 checklist', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'a.yaml'), stringify(buildFile()));
    expect(c981(['import', 'a.yaml']).code).toBe(0);
  });

  it('exports a zone checklist, previews and imports the filled workbook', async () => {
    const out = c981(['checklist', 'export', '--site', 'plant', '--scope', 'z-control', '-o', 'zone.xlsx', '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ file: 'zone.xlsx' });
    expect(readFileSync(join(dir, 'zone.xlsx')).subarray(0, 2).toString()).toBe('PK');
    await fillStatus('zone.xlsx', 'filled.xlsx', 'SR 1.3', 'implemented');

    const dry = c981([
      'checklist',
      'import',
      'filled.xlsx',
      '--site',
      'plant',
      '--scope',
      'z-control',
      '--dry-run',
      '--json',
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, changed: [{ requirement: 'SR 1.3', before: null }] });
    const done = c981(['checklist', 'import', 'filled.xlsx', '--site', 'plant', '--scope', 'z-control']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toContain('1 changed');
    expect(done.stderr).toContain('~ SR 1.3: no result → implemented');
  });

  it('exits non-zero on a conflict until --resolve settles it; names the scope of a wrong file', async () => {
    expect(c981(['checklist', 'export', '--site', 'plant', '--scope', 'z-control', '-o', 'z2.xlsx']).code).toBe(0);
    await fillStatus('z2.xlsx', 'z2-filled.xlsx', 'SR 1.1', 'partial');
    const site = buildSite();
    const assessments = [{ scope: 'z-control', results: { 'SR 1.1': 'not-implemented' as const } }];
    writeFileSync(join(dir, 'b.yaml'), stringify(buildFile([{ ...site, assessments }])));
    expect(c981(['import', 'b.yaml']).code).toBe(0);

    const args = ['checklist', 'import', 'z2-filled.xlsx', '--site', 'plant', '--scope', 'z-control'];
    const dry = c981([...args, '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('! SR 1.1: at export implemented; in C-981 not-implemented; in the file partial');
    const refused = c981([...args, '--json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error.code).toBe('C981_ERR_CONFLICT');
    expect(c981([...args, '--resolve', 'file']).code).toBe(0);
    expect(c981([...args.slice(0, 5), '--scope', 'z-dmz']).stderr).toContain('this checklist is for zone "z-control"');
    expect(c981([...args.slice(0, 5), '--scope', 'nowhere']).code).toBe(2);
  }, 60_000);
});
