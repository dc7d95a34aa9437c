// c981 import-assets as a user runs it: real process, real SQLite file, exit codes per DESIGN §5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFile } from '../test/factories.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-import-assets-'));
const db = join(dir, 'assets.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), [...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('c981 import-assets', () => {
  beforeAll(async () => {
    writeFileSync(join(dir, 'plant.yaml'), stringify(buildFile()));
    expect(c981(['import', 'plant.yaml']).code).toBe(0);
    writeFileSync(
      join(dir, 'good.csv'),
      '\uFEFFHostname;Device type;IP Address;Rack\r\nFiller PLC;PLC;10.1.2.20;R1\r\n;;;\r\nLine HMI;HMI;10.1.2.30;R2\r\n',
    );
    writeFileSync(join(dir, 'bad.csv'), 'Name,Type,IP\nA,plc,10.1.3.1\nB,drive,10.1.3.1\n');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Assets');
    ws.addRow(['IP', 'FW']);
    ws.addRow(['10.1.1.10', 'V3.0.0']);
    writeFileSync(join(dir, 'update.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('previews with --dry-run, imports, and re-imports as unchanged', () => {
    const dry = c981(['import-assets', 'good.csv', '--site', 'plant', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe(
      'columns: Hostname → name, Device type → type, IP Address → ip, Rack (ignored)\n' +
        'dry run: would create 2, update 0, unchanged 0, skipped 1 blank, errors 0 (3 rows, key id)\n',
    );
    const done = c981(['import-assets', 'good.csv', '--site', 'plant', '--map', 'Rack:location', '--json']);
    expect(done.code, done.stderr).toBe(0);
    const answer = JSON.parse(done.stdout);
    expect(answer).toMatchObject({ dryRun: false, rows: { create: 2, skipped: 1 } });
    expect(answer.preview[0].asset).toMatchObject({ id: 'filler-plc', location: 'R1' });
    expect(c981(['import-assets', 'good.csv', '--site', 'plant', '--json', '--map', 'Rack:location']).stdout).toContain(
      '"unchanged":2',
    );
  });

  it('updates by IP from an XLSX workbook', () => {
    const res = c981(['import-assets', 'update.xlsx', '--site', 'plant', '--key', 'ip', '--map', 'FW:firmware']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('updated 1');
    const exported = c981(['export', '--site', 'plant', '--format', 'json']);
    const plc = JSON.parse(exported.stdout).sites[0].assets.find((a: { id: string }) => a.id === 'plc-1');
    expect(plc.firmware).toBe('V3.0.0');
  });

  it('exits 2 with every row error, as text or as JSON, and saves nothing', () => {
    const text = c981(['import-assets', 'bad.csv', '--site', 'plant']);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe(
      'c981: 2 errors; nothing was imported\n' +
        '  row 3, Type: "drive" is not an asset type; write one of plc, dcs-controller, rtu, sis-controller, hmi, ews, historian, scada-server, iiot-gateway, switch, router, firewall, wireless-ap, data-diode, server, workstation, other (words such as PLC, HMI, Switch, Engineering workstation are understood too)\n' +
        '  row 3, IP: IP address 10.1.3.1 is also in row 2\n',
    );
    const json = c981(['import-assets', 'bad.csv', '--site', 'plant', '--dry-run', '--json']);
    expect(json.code).toBe(2);
    const error = JSON.parse(json.stdout).error;
    expect(error.code).toBe('C981_ERR_VALIDATION');
    expect(error.details).toEqual([
      expect.objectContaining({ row: 3, column: 'Type' }),
      { row: 3, column: 'IP', message: 'IP address 10.1.3.1 is also in row 2' },
    ]);
    const exported = JSON.parse(c981(['export', '--site', 'plant', '--format', 'json']).stdout);
    expect(exported.sites[0].assets.map((a: { id: string }) => a.id)).not.toContain('a');
  });

  it('exits 2 on bad options and unknown sites', () => {
    expect(c981(['import-assets', 'good.csv', '--site', 'plant', '--key', 'name']).stderr).toContain(
      'key must be one of id, ip, mac, serial; got "name"',
    );
    expect(c981(['import-assets', 'good.csv', '--site', 'nowhere']).code).toBe(2);
    expect(c981(['import-assets', 'missing.csv', '--site', 'plant']).code).toBe(2);
    expect(c981(['import-assets', 'good.csv']).code).toBe(2);
  });
});
