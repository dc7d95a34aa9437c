// Upsert planning per key (id, ip, mac, serial): each row creates, updates or leaves alone one
// asset of the site; ambiguous matches are errors, never guesses.
import { describe, expect, it } from 'vitest';
import type { AssetDoc } from '../schemas/site-file.js';
import { parseCsv } from './csv.js';
import { planAssetImport, type ImportContext } from './plan.js';

const EXISTING: AssetDoc[] = [
  {
    id: 'hmi-1',
    name: 'HMI 1',
    type: 'hmi',
    ip: ['10.0.0.2'],
  },
  {
    id: 'plc-1',
    name: 'PLC 1',
    type: 'plc',
    componentClass: 'embedded-device',
    firmware: 'V1',
    serial: 'SN-1',
    ip: ['10.0.0.1', '10.0.0.5'],
    mac: ['00:1b:1b:12:34:56'],
    capabilities: { 'CR 1.1': 'met' },
  },
];

const plan = (csv: string, key: ImportContext['key']) =>
  planAssetImport(parseCsv(csv), { site: 'plant', key, existing: EXISTING, zones: [] });

describe('upsert by key', () => {
  it('by ip: updates the asset with the address, keeps what the row leaves blank, creates the rest', () => {
    const p = plan(
      'IP Address,Name,Type,Firmware\n"10.0.0.1; 10.0.0.5",,,V2\n10.0.0.2,HMI 1,,\n10.0.0.9,New PLC,plc,V1\n',
      'ip',
    );
    expect(p.errors).toEqual([]);
    expect(p.rows).toEqual({ total: 3, create: 1, update: 1, unchanged: 1, skipped: 0, errors: 0 });
    expect(p.planned[0]).toEqual({
      row: 2,
      action: 'update',
      id: 'plc-1',
      asset: { ...EXISTING[1], firmware: 'V2' },
      changed: ['firmware'],
    });
    expect(p.planned[1]).toMatchObject({ row: 3, action: 'unchanged', id: 'hmi-1' });
    expect(p.planned[2]).toMatchObject({ row: 4, action: 'create', id: 'new-plc' });
  });

  it('by ip: a cell is the whole list, so addresses it leaves out are dropped', () => {
    const p = plan('IP,Name\n10.0.0.5,PLC 1\n', 'ip');
    expect(p.planned[0]).toMatchObject({ action: 'update', id: 'plc-1', changed: ['ip'], asset: { ip: ['10.0.0.5'] } });
  });

  it('by mac: matches whatever way the address is written', () => {
    const p = plan('MAC,Owner\n00-1B-1B-12-34-56,OT team\n', 'mac');
    expect(p.planned[0]).toMatchObject({ action: 'update', id: 'plc-1', changed: ['owner'] });
  });

  it('by serial', () => {
    const p = plan('Serial Number,Location\nSN-1,Cabinet 4\n', 'serial');
    expect(p.planned[0]).toMatchObject({ action: 'update', id: 'plc-1', changed: ['location'] });
  });

  it('by id: a row without an id matches by the id its name gives, so re-importing changes nothing', () => {
    const p = plan('Hostname,Type\nPLC 1,plc\nHMI 1,hmi\nHMI 2,hmi\n', 'id');
    expect(p.planned.map((r) => [r.id, r.action])).toEqual([
      ['plc-1', 'unchanged'],
      ['hmi-1', 'unchanged'],
      ['hmi-2', 'create'],
    ]);
  });

  it('refuses a row matching several assets, or an asset an earlier row matched', () => {
    const p = plan('IP,Firmware\n"10.0.0.1; 10.0.0.2",V3\n10.0.0.1,V3\n10.0.0.5,V4\n', 'ip');
    expect(p.errors).toEqual([
      {
        row: 2,
        column: 'IP',
        message: 'matches 2 assets by IP address: "plc-1", "hmi-1"; a row may update one asset only',
      },
      { row: 3, column: 'IP', message: 'IP address 10.0.0.1 is also in row 2' },
      { row: 4, column: 'IP', message: 'matches the same asset "plc-1" as row 3' },
    ]);
  });

  it('needs the key in every row, and ids that agree with the matched asset', () => {
    const p = plan('Id,Name,Type,IP\n,PLC 9,plc,\nother,PLC 1,plc,10.0.0.1\nplc-1,PLC X,plc,10.0.0.9\n', 'ip');
    expect(p.errors).toEqual([
      { row: 2, column: 'IP', message: "no IP address to match the site's assets by (the key is ip)" },
      {
        row: 3,
        column: 'Id',
        message: 'id "other" differs from "plc-1", the asset this row matches by IP address (ids never change)',
      },
      {
        row: 4,
        column: 'Id',
        message: 'id "plc-1" belongs to an asset this row does not match by IP address; choose the key id to update it',
      },
    ]);
  });

  it('gives a new asset an id the site does not use yet when the key is not the id', () => {
    const p = plan('Name,Type,IP\nPLC 1,plc,10.0.0.77\n', 'ip');
    expect(p.planned[0]).toMatchObject({ action: 'create', id: 'plc-1-2' });
  });

  it('checks an update against the stored asset: an SIS controller stays safety-related', () => {
    const p = plan('IP,Type,Safety\n10.0.0.2,SIS,no\n', 'ip');
    expect(p.errors).toEqual([
      {
        row: 2,
        column: 'Safety',
        message: 'a sis-controller is always part of the safety system; remove "safety: false"',
      },
    ]);
  });
});
