// Spreadsheet import of asset lists (issue #8 item 2) through the real API on both dialects: CSV
// and XLSX dry run then commit, all or nothing, upsert by IP, regulated sites, change control.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

const URL = '/api/v1/sites/plant/asset-imports';
const CSV = { 'content-type': 'text/csv' };
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

const LIST =
  '\uFEFFHostname;Device type;IP Address;Manufacturer;Zone;Last seen\r\n' +
  'Filler PLC;PLC;10.1.2.20;"Siemens; AG";Control;45658\r\n' +
  ';;;;;\r\n' +
  'Line HMI;HMI;"10.1.2.30, 10.1.2.31";Rockwell;z-control;\r\n';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Assets');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

forEachDialect('asset import API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const assetIds = async () =>
    (await call('GET', '/api/v1/sites/plant/assets?limit=500')).body.items.map((a: { id: string }) => a.id);
  const imports = () =>
    ctx.db.kysely
      .selectFrom('audit_events')
      .select(['detail', 'reason'])
      .where('action', '=', 'asset.import')
      .orderBy('seq')
      .execute();

  it('previews a CSV without saving, then imports it in one audited step', async () => {
    await seed();
    const dry = await call('POST', `${URL}?dryRun=true`, LIST, CSV);
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body).toMatchObject({
      site: 'plant',
      key: 'id',
      format: 'csv',
      dryRun: true,
      reasonRequired: false,
      rows: { total: 3, create: 2, update: 0, unchanged: 0, skipped: 1, errors: 0 },
      errors: [],
    });
    expect(dry.body.columns).toEqual([
      { header: 'Hostname', field: 'name', guessed: true, sample: 'Filler PLC' },
      { header: 'Device type', field: 'type', guessed: true, sample: 'PLC' },
      { header: 'IP Address', field: 'ip', guessed: true, sample: '10.1.2.20' },
      { header: 'Manufacturer', field: 'vendor', guessed: true, sample: 'Siemens; AG' },
      { header: 'Zone', field: 'zone', guessed: true, sample: 'Control' },
      { header: 'Last seen', field: 'lastSeen', guessed: true, sample: '45658' },
    ]);
    expect(dry.body.preview.map((p: { row: number; action: string }) => [p.row, p.action])).toEqual([
      [2, 'create'],
      [3, 'skip'],
      [4, 'create'],
    ]);
    expect(await assetIds()).toEqual(['hmi-1', 'plc-1']);
    expect(await imports()).toEqual([]);

    const done = await call('POST', URL, LIST, CSV);
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ dryRun: false, rows: { create: 2 } });
    expect(await assetIds()).toEqual(['filler-plc', 'hmi-1', 'line-hmi', 'plc-1']);
    const plc = await call('GET', '/api/v1/sites/plant/assets/filler-plc');
    expect(plc.body).toMatchObject({
      name: 'Filler PLC',
      type: 'plc',
      zone: 'z-control',
      vendor: 'Siemens; AG',
      ip: ['10.1.2.20'],
      lastSeen: '2025-01-01',
    });
    // New assets are in the search index at once.
    const found = await call('GET', '/api/v1/assets?q=10.1.2.31');
    expect(found.body.items.map((a: { id: string }) => a.id)).toEqual(['line-hmi']);
    const audit = await imports();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({
      format: 'csv',
      key: 'id',
      rows: { create: 2, skipped: 1 },
      created: ['filler-plc', 'line-hmi'],
    });

    // The same file again: every row matches by the id its name gives, nothing changes or is recorded.
    const again = await call('POST', URL, LIST, CSV);
    expect(again.body.rows).toMatchObject({ create: 0, unchanged: 2 });
    expect(await imports()).toHaveLength(1);
  });

  it('imports an XLSX workbook, dates and numbers in their own cell types', async () => {
    await seed();
    const file = await workbook([
      ['Asset ID', 'Name', 'Type', 'IP', 'Legacy', 'Criticality', 'Last seen', 'Serial Number'],
      ['SW-01', 'Core switch', 'Switch', '10.1.0.2', true, 4, new Date(Date.UTC(2026, 0, 15)), 12345678],
      [],
      ['FW-01', 'OT firewall', { richText: [{ text: 'Fire' }, { text: 'wall' }] }, '10.1.0.1', 'no', 5, 45658, 'X1'],
    ]);
    const dry = await call('POST', `${URL}?dryRun=true`, file, XLSX);
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body).toMatchObject({ format: 'xlsx', rows: { total: 3, create: 2, skipped: 1, errors: 0 } });
    expect((await call('POST', URL, file, XLSX)).status).toBe(200);
    expect((await call('GET', '/api/v1/sites/plant/assets/sw-01')).body).toMatchObject({
      type: 'switch',
      legacy: true,
      criticality: 4,
      lastSeen: '2026-01-15',
      serial: '12345678',
    });
    expect((await call('GET', '/api/v1/sites/plant/assets/fw-01')).body).toMatchObject({
      type: 'firewall',
      lastSeen: '2025-01-01',
    });
  });

  it('stores nothing when any row has an error, and answers every row error', async () => {
    await seed();
    const bad = 'Name,Type,IP\nGood PLC,plc,10.1.9.1\nBad PLC,plc,10.1.9.300\nDup PLC,plc,10.1.9.1\n';
    const res = await call('POST', URL, bad, CSV);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    expect(res.body.error.message).toBe(
      'nothing was imported: row 3, column "IP": "10.1.9.300" is not an IPv4 or IPv6 address (and 1 more)',
    );
    expect(res.body.error.details).toEqual([
      { row: 3, column: 'IP', message: '"10.1.9.300" is not an IPv4 or IPv6 address' },
      { row: 4, column: 'IP', message: 'IP address 10.1.9.1 is also in row 2' },
    ]);
    expect(await assetIds()).toEqual(['hmi-1', 'plc-1']);
    expect(await imports()).toEqual([]);
    // The dry run lists the same errors and still answers 200.
    const dry = await call('POST', `${URL}?dryRun=true`, bad, CSV);
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual(res.body.error.details);
    expect(dry.body.rows).toMatchObject({ create: 1, errors: 2 });
  });

  it('updates existing assets matched by IP, keeping what the sheet does not say', async () => {
    await seed();
    const res = await call(
      'POST',
      `${URL}?key=ip&map=${encodeURIComponent('Adresse:ip,Stand:firmware')}`,
      'Adresse;Stand;Name\n10.1.1.10;V3.0.1;PLC 1\n10.1.1.99;V1;New PLC\n',
      CSV,
    );
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.details).toEqual([
      {
        row: 3,
        message:
          'type is required for a new asset; write one of plc, dcs-controller, rtu, sis-controller, hmi, ews, historian, scada-server, iiot-gateway, switch, router, firewall, wireless-ap, data-diode, server, workstation, other',
      },
    ]);
    expect((await call('GET', '/api/v1/sites/plant/assets/plc-1')).body.firmware).toBe('V2.9.4');
    const ok = await call('POST', `${URL}?key=ip`, 'IP;FW\n10.1.1.10;V3.0.1\n', {
      ...CSV,
      'x-c981-map': 'FW:firmware',
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.rows).toMatchObject({ update: 1 });
    expect(ok.body.preview[0]).toMatchObject({ action: 'update', id: 'plc-1', changed: ['firmware'] });
    expect((await call('GET', '/api/v1/sites/plant/assets/plc-1')).body).toMatchObject({
      firmware: 'V3.0.1',
      vendor: 'Siemens',
      zone: 'z-control',
      ip: ['10.1.1.10'],
    });
  });

  it('needs a reason on a regulated site, and keeps it in the audit record', async () => {
    await seed();
    await call('PATCH', '/api/v1/sites/plant', { regulated: true });
    const file = 'Name,Type\nNew PLC,plc\n';
    expect((await call('POST', `${URL}?dryRun=true`, file, CSV)).body.reasonRequired).toBe(true);
    const refused = await call('POST', URL, file, CSV);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect(await assetIds()).toEqual(['hmi-1', 'plc-1']);
    const ok = await call('POST', URL, file, { ...CSV, 'x-c981-reason': 'CR-42 new filler line' });
    expect(ok.status, ok.text).toBe(200);
    expect((await imports())[0]?.reason).toBe('CR-42 new filler line');
    // An unchanged file needs no reason; a reason may also come in the query string.
    expect((await call('POST', URL, file, CSV)).status).toBe(200);
    const second = await call(
      'POST',
      `${URL}?reason=${encodeURIComponent('CR-43 spare')}`,
      'Name,Type\nSpare PLC,plc\n',
      CSV,
    );
    expect(second.status, second.text).toBe(200);
    expect((await imports()).map((e) => e.reason)).toEqual(['CR-42 new filler line', 'CR-43 spare']);
  });

  it('refuses sites under change control', async () => {
    await seed();
    expect((await call('PUT', '/api/v1/sites/plant/change-control', { enabled: true })).status).toBe(200);
    for (const url of [`${URL}?dryRun=true`, URL]) {
      const res = await call('POST', url, 'Name,Type\nNew PLC,plc\n', CSV);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('C981_ERR_CHANGE_CONTROL');
    }
    expect(await assetIds()).toEqual(['hmi-1', 'plc-1']);
  });

  it('answers clear errors for bad options and files', async () => {
    await seed();
    const cases: [string, string | Buffer, string][] = [
      [`${URL}?key=name`, 'Name\nx\n', 'key must be one of id, ip, mac, serial; got "name"'],
      [`${URL}?map=IP:address`, 'Name\nx\n', 'map: "address" (for column "IP") is not a field; use one of'],
      [`${URL}?format=xlsx`, 'Name\nx\n', 'the file is not an XLSX workbook'],
      [URL, '', 'send the spreadsheet (CSV or XLSX) as the request body'],
      [URL, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'this is an Excel 97–2003 .xls file'],
      [URL, Buffer.from('PK\u0003\u0004broken'), 'the XLSX workbook cannot be read'],
    ];
    for (const [url, body, message] of cases) {
      const res = await call('POST', url, body, CSV);
      expect(res.status, `${url}: ${res.text}`).toBe(400);
      expect(res.body.error.message).toContain(message);
    }
    expect((await call('POST', '/api/v1/sites/nowhere/asset-imports', 'Name\nx\n', CSV)).status).toBe(404);
  });

  it('lets assessors import; viewers get 403, callers of another site 404', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const as = async (roles: Record<string, 'viewer' | 'assessor'>) => ({
      authorization: `Bearer ${(await buildUser(ctx.db, roles)).token}`,
      ...CSV,
    });
    const file = 'Name,Type\nNew PLC,plc\n';
    expect((await call('POST', URL, file, await as({ plant: 'viewer' }))).status).toBe(403);
    expect((await call('POST', URL, file, await as({ other: 'assessor' }))).status).toBe(404);
    const ok = await call('POST', URL, file, await as({ plant: 'assessor' }));
    expect(ok.status, ok.text).toBe(200);
  });
});
