// The import plan on messy real-world CSV (issue #8): byte-order mark, semicolons, quoted commas,
// Excel date serials, blank rows and duplicate IPs, each with its exact per-row message; rows that
// become invalid assets; ids made from names.
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { planAssetImport, type ImportContext } from './plan.js';

const ZONES = [
  { id: 'z-control', name: 'Process control' },
  { id: 'z-dmz', name: 'Plant DMZ' },
];

function planCsv(csv: string, ctx: Partial<ImportContext> = {}) {
  return planAssetImport(parseCsv(csv), { site: 'plant', key: 'id', existing: [], zones: ZONES, ...ctx });
}

describe('messy CSV', () => {
  it('reads a byte-order mark, semicolons and quoted commas', () => {
    const plan = planCsv(
      '\uFEFFHostname;Device type;IP Address;Manufacturer\r\n' +
        'Reactor PLC 1;PLC;"10.0.0.1, 10.0.0.2";"Siemens; AG"\r\n',
    );
    expect(plan.errors).toEqual([]);
    expect(plan.columns.map((c) => [c.header, c.field])).toEqual([
      ['Hostname', 'name'],
      ['Device type', 'type'],
      ['IP Address', 'ip'],
      ['Manufacturer', 'vendor'],
    ]);
    expect(plan.planned).toEqual([
      {
        row: 2,
        action: 'create',
        id: 'reactor-plc-1',
        asset: {
          id: 'reactor-plc-1',
          name: 'Reactor PLC 1',
          type: 'plc',
          vendor: 'Siemens; AG',
          ip: ['10.0.0.1', '10.0.0.2'],
        },
      },
    ]);
  });

  it('keeps a quoted comma inside a comma-separated cell', () => {
    const plan = planCsv('Name,Type,Vendor,Notes\nHMI 7,HMI,"Rockwell Automation, Inc.","Line 7, panel left"\n');
    expect(plan.planned[0]?.asset).toMatchObject({ vendor: 'Rockwell Automation, Inc.', notes: 'Line 7, panel left' });
  });

  it('turns Excel date serials into dates and names a date it cannot read', () => {
    const plan = planCsv(
      'Name,Type,Last seen\nPLC 1,plc,45658\nPLC 2,plc,45658.5\nPLC 3,plc,13/01/2025\nPLC 4,plc,31.02.2025\n',
    );
    expect(plan.planned.slice(0, 2).map((p) => p.asset?.lastSeen)).toEqual(['2025-01-01', '2025-01-01T12:00:00Z']);
    expect(plan.errors).toEqual([
      {
        row: 4,
        column: 'Last seen',
        message:
          '"13/01/2025" is not a date (write 2026-03-01, 01.03.2026 or a UTC timestamp such as 2026-03-01T10:00:00Z)',
      },
      { row: 5, column: 'Last seen', message: '"2025-02-31" is not a real date' },
    ]);
  });

  it('skips blank rows (reported as skipped, not errors) and keeps the row numbers Excel shows', () => {
    const plan = planCsv('Name;Type\n\nPLC 1;plc\n;\n  ;  \nPLC 2;plc\n');
    expect(plan.rows).toEqual({ total: 5, create: 2, update: 0, unchanged: 0, skipped: 3, errors: 0 });
    expect(plan.planned.map((p) => [p.row, p.action])).toEqual([
      [2, 'skip'],
      [3, 'create'],
      [4, 'skip'],
      [5, 'skip'],
      [6, 'create'],
    ]);
  });

  it('names the other row of a duplicate IP, MAC, serial or id', () => {
    const plan = planCsv(
      'Asset ID,Name,Type,IP Address,MAC Address,Serial Number\n' +
        'plc-1,PLC 1,plc,10.0.0.1,00:1b:1b:12:34:56,SN-1\n' +
        'plc-2,PLC 2,plc,10.0.0.2; 10.0.0.1,00-1B-1B-12-34-56,SN-1\n' +
        'PLC-1,PLC 3,plc,10.0.0.3,,\n',
    );
    expect(plan.errors).toEqual([
      { row: 3, column: 'IP Address', message: 'IP address 10.0.0.1 is also in row 2' },
      { row: 3, column: 'MAC Address', message: 'MAC address 00:1b:1b:12:34:56 is also in row 2' },
      { row: 3, column: 'Serial Number', message: 'serial number "SN-1" is also in row 2' },
      { row: 4, column: 'Asset ID', message: 'id "plc-1" is also in row 2' },
    ]);
    expect(plan.rows).toMatchObject({ create: 1, errors: 2 });
    expect(plan.planned.map((p) => p.action)).toEqual(['create', 'error', 'error']);
  });

  it('reports every bad cell of a row, with its column', () => {
    const plan = planCsv('Name,Type,IP,Legacy,Criticality,Zone\nDrive 1,Drive,10.0.0.300,maybe,9,Office\n');
    expect(plan.errors).toEqual([
      {
        row: 2,
        column: 'Type',
        message:
          '"Drive" is not an asset type; write one of plc, dcs-controller, rtu, sis-controller, hmi, ews, historian, scada-server, iiot-gateway, switch, router, firewall, wireless-ap, data-diode, server, workstation, other (words such as PLC, HMI, Switch, Engineering workstation are understood too)',
      },
      { row: 2, column: 'Legacy', message: '"maybe" is not yes or no (write yes, no, true, false, x, 1 or 0)' },
      { row: 2, column: 'Criticality', message: 'criticality is a whole number from 1 to 5; got "9"' },
      {
        row: 2,
        column: 'Zone',
        message: 'zone "Office" is not a zone of site "plant" (write a zone id or name)',
      },
    ]);
  });

  it('validates the resulting asset with the site-file rules', () => {
    const plan = planCsv('Name,Type,IP,Safety,Firmware\nSIS 1,SIS,10.0.0.300,no,' + 'v'.repeat(101) + '\n');
    expect(plan.errors).toEqual([{ row: 2, column: 'Firmware', message: 'must have at most 100 characters; got 101' }]);
    const rules = planCsv('Name,Type,IP,Safety\nSIS 1,SIS,10.0.0.300,no\n');
    expect(rules.errors).toEqual([
      {
        row: 2,
        column: 'Safety',
        message: 'a sis-controller is always part of the safety system; remove "safety: false"',
      },
      { row: 2, column: 'IP', message: '"10.0.0.300" is not an IPv4 or IPv6 address' },
    ]);
  });

  it('needs a name and a type for a new asset', () => {
    const plan = planCsv('Name,Type,Vendor\n,plc,Siemens\nPLC 2,,Siemens\n');
    expect(plan.errors).toEqual([
      { row: 2, column: 'Name', message: 'name is required for a new asset' },
      {
        row: 3,
        column: 'Type',
        message:
          'type is required for a new asset; write one of plc, dcs-controller, rtu, sis-controller, hmi, ews, historian, scada-server, iiot-gateway, switch, router, firewall, wireless-ap, data-diode, server, workstation, other',
      },
    ]);
  });

  it('converts the other columns: zones by name, booleans, MACs, lifecycle words', () => {
    const plan = planCsv(
      'Tag;Name;Type;Zone;Legacy;Safety;MAC;Lifecycle;Component class;Criticality;Order number\n' +
        'FIC-101;Flow controller;PLC;process control;x;0;001B1B123456;In operation;Embedded device;4;6ES7 516\n',
    );
    expect(plan.errors).toEqual([]);
    expect(plan.planned[0]?.asset).toEqual({
      id: 'fic-101',
      name: 'Flow controller',
      zone: 'z-control',
      type: 'plc',
      componentClass: 'embedded-device',
      orderNumber: '6ES7 516',
      mac: ['00:1b:1b:12:34:56'],
      lifecycle: 'operational',
      legacy: true,
      criticality: 4,
    });
  });

  it('makes unique ids from names, clear of ids written elsewhere in the file', () => {
    const plan = planCsv('Name,Type,Id\nPLC,plc,\nPLC,plc,\nOther,plc,plc-2\n控制器,plc,\n');
    expect(plan.planned.map((p) => p.id)).toEqual(['plc', 'plc-3', 'plc-2', 'asset-5']);
  });

  it('reports an empty file and mappings without the key column on the header row', () => {
    expect(planCsv('').errors).toEqual([
      { row: 1, message: 'the file is empty: its first row must name the columns (e.g. Name, Type, IP Address)' },
    ]);
    expect(planCsv('\nVendor,Model\nSiemens,S7\n').errors).toEqual([
      {
        row: 2,
        message:
          'no column is mapped to id or name: map one (e.g. "Hostname:name"); rows without an id get one from their name',
      },
    ]);
    expect(planCsv('Name,Model\nPLC,S7\n', { key: 'ip' }).errors).toEqual([
      {
        row: 1,
        message:
          'no column is mapped to ip, the key rows are matched by: map one (e.g. "IP Address:ip") or choose another key',
      },
    ]);
  });

  it('applies an explicit mapping over the guess', () => {
    const plan = planCsv('Description,Kind,Rack\nPLC 1,plc,R12\n', {
      map: new Map([
        ['Description', 'name'],
        ['Rack', 'location'],
      ]),
    });
    expect(plan.errors).toEqual([]);
    expect(plan.planned[0]?.asset).toEqual({ id: 'plc-1', name: 'PLC 1', type: 'plc', location: 'R12' });
  });
});
