// c981 report as a user runs it: real process, real SQLite file, files written whole (through a
// temporary file and a rename), exit codes per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFile, buildSite } from '../test/factories.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-report-'));
const db = join(dir, 'reports.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), [...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('c981 report', () => {
  beforeAll(() => {
    const second = buildSite({ id: 'annex', name: 'Annex', compensatingControls: [], assessments: [] });
    writeFileSync(join(dir, 'estate.yaml'), stringify(buildFile([buildSite(), second])));
    expect(c981(['import', 'estate.yaml']).code).toBe(0);
  });

  it('writes a site report in each format', () => {
    const pdf = c981(['report', 'gaps', '--site', 'plant', '--format', 'pdf', '-o', 'gaps.pdf']);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stderr).toMatch(/^wrote gaps\.pdf \(\d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 'gaps.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const csv = c981(['report', 'zones', '--site', 'plant', '--format', 'csv', '-o', 'zones.csv', '--json']);
    expect(JSON.parse(csv.stdout)).toMatchObject({ file: 'zones.csv', kind: 'zones', format: 'csv' });
    const lines = readFileSync(join(dir, 'zones.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Type,Id,Name,Kind,/);
    expect(lines[2]).toMatch(/^zone,z-dmz,DMZ,dmz,/);

    expect(c981(['report', 'controls', '--site', 'plant', '--format', 'html', '-o', 'controls.html']).code).toBe(0);
    expect(readFileSync(join(dir, 'controls.html'), 'utf8')).toContain('<h1>Compensating-controls register</h1>');
    // No progress bar when stderr is not a terminal, and no temporary file left behind.
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('writes the inventory of every site without --site, and the portfolio', async () => {
    const r = c981(['report', 'inventory', '--format', 'xlsx', '-o', 'inventory.xlsx']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'inventory.xlsx'));
    const ws = wb.getWorksheet('Assets');
    expect(ws?.rowCount).toBe(5);
    expect([2, 3, 4, 5].map((i) => `${ws?.getRow(i).getCell(1).text}/${ws?.getRow(i).getCell(2).text}`)).toEqual([
      'annex/hmi-1',
      'annex/plc-1',
      'plant/hmi-1',
      'plant/plc-1',
    ]);
    const p = c981(['report', 'portfolio', '--format', 'csv', '-o', 'portfolio.csv']);
    expect(p.code, p.stderr).toBe(0);
    expect(readFileSync(join(dir, 'portfolio.csv'), 'utf8')).toMatch(/\r\nannex,Annex,no,2,.*\r\nplant,Plant,no,2,/s);
  });

  it('exits 2 on bad usage and leaves no file', { timeout: 90_000 }, () => {
    const cases: [string[], RegExp][] = [
      [['report', 'budget', '--site', 'plant', '-o', 'x.pdf'], /unknown report "budget"/],
      [['report', 'gaps', '-o', 'x.pdf'], /give --site/],
      [['report', 'portfolio', '--site', 'plant', '-o', 'x.pdf'], /leave out --site/],
      [['report', 'gaps', '--site', 'plant', '--format', 'docx', '-o', 'x.pdf'], /--format must be one of/],
      [['report', 'gaps', '--site', 'plant'], /required option '-o, --output <file>'/],
      [['report', 'gaps', '--site', 'nowhere', '-o', 'x.pdf'], /site "nowhere" not found/],
      [['report', 'gaps', '--site', 'plant', '--as-of', 'soon', '-o', 'x.pdf'], /asOf must be a date/],
    ];
    for (const [args, message] of cases) {
      const r = c981(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    const json = c981(['report', 'budget', '-o', 'x.pdf', '--json']);
    expect(JSON.parse(json.stdout).error.code).toBe('C981_ERR_USAGE');
  });
});
