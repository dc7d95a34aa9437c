import { describe, expect, it } from 'vitest';
import { decodeInventory, rowOfKey, type InventoryWire } from './inventory-data.js';
import { computeOrder, filterAssets, naturalKey, searchTerms } from './inventory-filter.js';
import { assetPatch } from './AssetForm.js';
import type { AssetView } from './inventory-api.js';

interface Asset {
  site: string;
  id: string;
  name: string;
  zone?: string;
  type: string;
  vendor?: string;
  firmware?: string;
  ip?: string[];
  mac?: string[];
  criticality?: number;
  legacy?: boolean;
}

/** The API's column form of a list of assets (as server/features/inventory builds it). */
function wire(assets: Asset[]): InventoryWire {
  const dict = (values: (string | undefined)[]) => {
    const distinct = [...new Set(values.filter((v): v is string => v !== undefined))];
    return { values: distinct, index: values.map((v) => (v === undefined ? -1 : distinct.indexOf(v))) };
  };
  const none = () => assets.map(() => null);
  return {
    total: assets.length,
    sites: [...new Set(assets.map((a) => a.site))].map((id) => ({
      id,
      name: id,
      regulated: false,
      abilities: ['read'],
      zones: [],
    })),
    columns: {
      site: dict(assets.map((a) => a.site)),
      id: assets.map((a) => a.id),
      name: assets.map((a) => a.name),
      zone: dict(assets.map((a) => a.zone)),
      type: dict(assets.map((a) => a.type)),
      componentClass: dict(assets.map(() => undefined)),
      vendor: dict(assets.map((a) => a.vendor)),
      model: dict(assets.map(() => undefined)),
      firmware: dict(assets.map((a) => a.firmware)),
      orderNumber: none(),
      serial: none(),
      ip: assets.map((a) => a.ip ?? null),
      mac: assets.map((a) => a.mac ?? null),
      lifecycle: dict(assets.map(() => undefined)),
      criticality: assets.map((a) => a.criticality ?? null),
      legacy: assets.map((a) => (a.legacy ? 1 : 0)),
      safety: assets.map(() => 0),
      lastSeen: none(),
    },
  };
}

const ESTATE: Asset[] = [
  {
    site: 'basel',
    id: 'plc-10',
    name: 'Reactor PLC 10',
    zone: 'ctl',
    type: 'plc',
    vendor: 'Siemens',
    ip: ['10.10.1.10'],
    criticality: 5,
  },
  {
    site: 'basel',
    id: 'plc-2',
    name: 'Reactor PLC 2',
    zone: 'ctl',
    type: 'plc',
    vendor: 'Siemens',
    ip: ['10.10.1.9'],
    mac: ['00:1b:1b:12:34:56'],
  },
  {
    site: 'basel',
    id: 'hmi-1',
    name: 'Line HMI',
    type: 'hmi',
    vendor: 'Rockwell Automation',
    firmware: 'V13.0',
    legacy: true,
    criticality: 2,
  },
  {
    site: 'emmen',
    id: 'plc-2',
    name: 'Filler PLC',
    zone: 'line',
    type: 'plc',
    vendor: 'Rockwell Automation',
    ip: ['192.168.0.2', 'fd00::2'],
    criticality: 3,
  },
];

const ids = (inv: ReturnType<typeof decodeInventory>, rows: Int32Array) =>
  [...rows].map((i) => `${inv.site.values[inv.site.index[i] ?? -1] ?? ''}/${inv.id[i] ?? ''}`);

describe('inventory filtering', () => {
  const inv = decodeInventory(wire(ESTATE));

  it('splits the search into lowercase terms and reads dashed MACs as colon MACs', () => {
    expect(searchTerms('  Siemens  10.10 ')).toEqual(['siemens', '10.10']);
    expect(searchTerms('00-1B-1B-12')).toEqual(['00:1b:1b:12']);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('finds assets by IP, MAC, name, vendor and firmware, every term in any field', () => {
    const find = (q: string) => ids(inv, filterAssets(inv, { q }, null));
    expect(find('10.10.1.')).toEqual(['basel/plc-10', 'basel/plc-2']);
    expect(find('00-1b-1B-12-34')).toEqual(['basel/plc-2']);
    expect(find('reactor 10.10.1.1')).toEqual(['basel/plc-10']);
    expect(find('ROCKWELL')).toEqual(['basel/hmi-1', 'emmen/plc-2']);
    expect(find('v13')).toEqual(['basel/hmi-1']);
    expect(find('fd00::2')).toEqual(['emmen/plc-2']);
    // A term never spans two fields.
    expect(find('hmi-1line')).toEqual([]);
    expect(find('nothing-like-this')).toEqual([]);
  });

  it('filters by site, zone (or no zone), type and vendor; an unknown value matches nothing', () => {
    expect(ids(inv, filterAssets(inv, { site: 'emmen' }, null))).toEqual(['emmen/plc-2']);
    expect(ids(inv, filterAssets(inv, { zone: 'ctl' }, null))).toEqual(['basel/plc-10', 'basel/plc-2']);
    expect(ids(inv, filterAssets(inv, { zone: '-' }, null))).toEqual(['basel/hmi-1']);
    expect(ids(inv, filterAssets(inv, { type: 'plc', vendor: 'Rockwell Automation' }, null))).toEqual(['emmen/plc-2']);
    expect(ids(inv, filterAssets(inv, { vendor: 'Nobody' }, null))).toEqual([]);
  });

  it('sorts naturally, keeps ties in the API order and puts missing values last', () => {
    expect(naturalKey('PLC 2') < naturalKey('PLC 10')).toBe(true);
    expect(ids(inv, filterAssets(inv, {}, computeOrder(inv, 'name')))).toEqual([
      'emmen/plc-2',
      'basel/hmi-1',
      'basel/plc-2',
      'basel/plc-10',
    ]);
    expect(ids(inv, filterAssets(inv, {}, computeOrder(inv, 'ip')))).toEqual([
      'basel/plc-2',
      'basel/plc-10',
      'emmen/plc-2',
      'basel/hmi-1',
    ]);
    expect(ids(inv, filterAssets(inv, { site: 'basel' }, computeOrder(inv, 'criticality'), true))).toEqual([
      'basel/plc-2',
      'basel/plc-10',
      'basel/hmi-1',
    ]);
    expect(ids(inv, filterAssets(inv, {}, computeOrder(inv, 'zone')))).toEqual([
      'basel/plc-10',
      'basel/plc-2',
      'emmen/plc-2',
      'basel/hmi-1',
    ]);
    expect(rowOfKey(inv, 'emmen/plc-2')).toBe(3);
  });

  it('filters 100,000 assets well within 200 ms', () => {
    const vendors = ['Siemens', 'Rockwell Automation', 'Schneider Electric', 'ABB', 'Emerson', 'Honeywell'];
    const many: Asset[] = Array.from({ length: 100_000 }, (_, i) => ({
      site: `site-${i % 100}`,
      id: `dev-${i}`,
      name: `Line ${i % 37} drive ${i}`,
      zone: `zone-${i % 50}`,
      type: i % 7 === 0 ? 'plc' : 'other',
      vendor: vendors[i % vendors.length],
      firmware: `V${i % 9}.${i % 13}.${i % 3}`,
      ip: [`10.${i % 200}.${(i >> 8) % 256}.${i % 250}`],
      mac: [`00:1b:1b:${(i % 256).toString(16).padStart(2, '0')}:34:56`],
      criticality: (i % 5) + 1,
    }));
    const big = decodeInventory(wire(many));
    const order = computeOrder(big, 'vendor');
    const time = (f: () => unknown) => {
      const runs: number[] = [];
      for (let r = 0; r < 5; r++) {
        const t = performance.now();
        f();
        runs.push(performance.now() - t);
      }
      return runs.sort((a, b) => a - b)[2] ?? Infinity;
    };
    expect(time(() => filterAssets(big, { q: '10.1' }, order))).toBeLessThan(200);
    expect(time(() => filterAssets(big, { q: 'siemens drive 7', type: 'other' }, order, true))).toBeLessThan(200);
    expect(filterAssets(big, { q: 'dev-99999' }, null)).toHaveLength(1);
  });
});

describe('asset edit patch', () => {
  const asset: AssetView = {
    site: 'basel',
    id: 'plc-1',
    name: 'PLC 1',
    type: 'plc',
    zone: 'ctl',
    firmware: 'V1',
    ip: ['10.0.0.1'],
    abilities: ['read', 'update'],
  };
  const values = {
    name: 'PLC 1',
    vendor: '',
    model: '',
    firmware: 'V1',
    orderNumber: '',
    serial: '',
    owner: '',
    location: '',
    lastSeen: '',
    notes: '',
    zone: 'ctl',
    type: 'plc',
    componentClass: '',
    lifecycle: '',
    criticality: '',
    ip: '10.0.0.1',
    mac: '',
    legacy: false,
    safety: false,
  };

  it('sends only what changed, and null for what was cleared', () => {
    expect(assetPatch(asset, values)).toEqual({});
    expect(
      assetPatch(asset, {
        ...values,
        firmware: ' V2 ',
        zone: '',
        ip: '10.0.0.1, 10.0.0.2',
        criticality: '4',
        legacy: true,
      }),
    ).toEqual({ firmware: 'V2', zone: null, ip: ['10.0.0.1', '10.0.0.2'], criticality: 4, legacy: true });
    expect(assetPatch(asset, { ...values, firmware: '', ip: ' ' })).toEqual({ firmware: null, ip: null });
  });
});
