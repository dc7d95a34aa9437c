// Asset rows of generated sites: which types a zone holds, how they are named, and the
// attributes (criticality, owner, room, lifecycle, capabilities) an inventory would record.
import type { AssetDoc } from '../schemas/site-file.js';
import type { AssetType, ZoneKind } from '../schemas/vocabulary.js';
import { COUNTED_42 } from './component-classes.js';
import { serialFrom } from './device-identifiers.js';
import type { Industry } from './places.js';
import { classOf, type Product } from './products.js';
import type { Rng } from './random.js';
import type { GenZone } from './zones-plan.js';

const TYPE_WEIGHTS: Readonly<Record<ZoneKind, readonly (readonly [AssetType, number])[]>> = {
  external: [['server', 1]],
  enterprise: [
    ['workstation', 6],
    ['server', 3],
    ['switch', 1],
  ],
  dmz: [
    ['server', 3],
    ['historian', 2],
    ['firewall', 1],
    ['switch', 1],
    ['data-diode', 0.4],
    ['scada-server', 0.5],
  ],
  'remote-access': [
    ['server', 3],
    ['firewall', 1],
    ['router', 1],
    ['workstation', 1],
    ['iiot-gateway', 1],
  ],
  supervisory: [
    ['hmi', 3],
    ['scada-server', 2],
    ['ews', 2],
    ['historian', 1],
    ['server', 1.5],
    ['workstation', 1],
    ['switch', 1],
  ],
  control: [
    ['plc', 6],
    ['dcs-controller', 1],
    ['hmi', 3],
    ['switch', 1.5],
    ['iiot-gateway', 0.5],
    ['rtu', 0.5],
    ['other', 1],
  ],
  safety: [
    ['sis-controller', 4],
    ['hmi', 0.5],
    ['ews', 0.5],
    ['switch', 1],
  ],
  field: [
    ['other', 4],
    ['plc', 2],
    ['rtu', 1],
    ['switch', 1.5],
    ['iiot-gateway', 0.5],
  ],
  wireless: [
    ['wireless-ap', 3],
    ['iiot-gateway', 2],
    ['hmi', 1],
    ['other', 1],
    ['switch', 0.5],
  ],
};

/** Industry adjustments: DCS plants, RTU-heavy utilities. */
export function typeWeights(kind: ZoneKind, industry: Industry): (readonly [AssetType, number])[] {
  return TYPE_WEIGHTS[kind].map(([t, w]) => {
    if ((industry === 'pharma' || industry === 'chemicals' || industry === 'energy') && t === 'dcs-controller')
      return [t, w * 5] as const;
    if ((industry === 'water' || industry === 'energy') && t === 'rtu') return [t, w * 6] as const;
    if ((industry === 'food' || industry === 'automotive') && t === 'dcs-controller') return [t, 0] as const;
    return [t, w] as const;
  });
}

export const ZONE_ASSET_WEIGHT: Readonly<Record<ZoneKind, number>> = {
  external: 0.2,
  enterprise: 1.5,
  dmz: 1,
  'remote-access': 0.5,
  supervisory: 2.5,
  control: 5,
  safety: 1.5,
  field: 5,
  wireless: 1,
};

/** Short id prefix per asset type (plc-001, sw-014 …). */
export const TYPE_ID: Readonly<Record<AssetType, string>> = {
  plc: 'plc',
  'dcs-controller': 'dcs',
  rtu: 'rtu',
  'sis-controller': 'sis',
  hmi: 'hmi',
  ews: 'ews',
  historian: 'hist',
  'scada-server': 'scada',
  'iiot-gateway': 'gw',
  switch: 'sw',
  router: 'rtr',
  firewall: 'fw',
  'wireless-ap': 'ap',
  'data-diode': 'diode',
  server: 'srv',
  workstation: 'ws',
  other: 'dev',
};

const TYPE_LABEL: Readonly<Record<AssetType, string>> = {
  plc: 'PLC',
  'dcs-controller': 'DCS controller',
  rtu: 'RTU',
  'sis-controller': 'SIS logic solver',
  hmi: 'HMI',
  ews: 'engineering workstation',
  historian: 'historian',
  'scada-server': 'SCADA server',
  'iiot-gateway': 'edge gateway',
  switch: 'switch',
  router: 'router',
  firewall: 'firewall',
  'wireless-ap': 'access point',
  'data-diode': 'data diode',
  server: 'server',
  workstation: 'workstation',
  other: 'device',
};

const SERVER_ROLES = [
  'domain controller',
  'antivirus server',
  'WSUS server',
  'backup server',
  'virtualisation host',
  'license server',
  'terminal server',
  'file server',
];

/** How much a device of each type usually matters to the process (1–5), before zone adjustments. */
export const BASE_CRITICALITY: Readonly<Record<AssetType, number>> = {
  plc: 4,
  'dcs-controller': 4,
  rtu: 4,
  'sis-controller': 5,
  hmi: 3,
  ews: 3,
  historian: 3,
  'scada-server': 4,
  'iiot-gateway': 2,
  switch: 3,
  router: 3,
  firewall: 4,
  'wireless-ap': 2,
  'data-diode': 4,
  server: 3,
  workstation: 2,
  other: 2,
};

const OWNERS: Readonly<Record<ZoneKind, readonly string[]>> = {
  external: ['IT infrastructure'],
  enterprise: ['IT infrastructure', 'IT workplace services'],
  dmz: ['IT infrastructure', 'OT security'],
  'remote-access': ['OT security'],
  supervisory: ['Process control engineering', 'Automation team'],
  control: ['Process control engineering', 'Automation team', 'Production engineering'],
  safety: ['Process safety engineering'],
  field: ['Electrical & instrumentation', 'Maintenance'],
  wireless: ['OT infrastructure', 'Maintenance'],
};

const ROOMS: Readonly<Record<ZoneKind, readonly string[]>> = {
  external: ['Server room'],
  enterprise: ['Admin building, server room', 'Admin building, 2nd floor', 'Admin building, ground floor'],
  dmz: ['Server room', 'OT data centre, rack A3', 'OT data centre, rack A4'],
  'remote-access': ['OT data centre, rack A4', 'Server room'],
  supervisory: ['Central control room', 'Rack room', 'OT data centre, rack B1', 'Engineering office'],
  control: ['Rack room', 'MCC room', 'Local control panel', 'Control cabinet'],
  safety: ['SIS cabinet room', 'Rack room'],
  field: ['Field', 'MCC room', 'Junction box', 'Local control panel'],
  wireless: ['Production hall', 'Tank farm', 'Warehouse'],
};

const LEGACY_NOTES = [
  'Runs an operating system without vendor security updates; replacement planned at the next major shutdown.',
  'Firmware no longer supported by the vendor; no patches available.',
  'Product discontinued; spare parts from stock only.',
  'Cannot be patched without requalification of the line.',
];

const clampCrit = (n: number): number => Math.max(1, Math.min(5, n));

export function assetName(z: GenZone, type: AssetType, p: Product, perType: Map<string, number>, rng: Rng): string {
  let label: string = p.label ?? TYPE_LABEL[type];
  if (type === 'server') label = z.doc.kind === 'remote-access' ? 'jump host' : rng.pick(SERVER_ROLES);
  if (type === 'historian' && z.doc.kind === 'dmz') label = 'historian mirror';
  const n = (perType.get(label) ?? 0) + 1;
  perType.set(label, n);
  const prefix =
    z.doc.kind === 'enterprise' || z.doc.kind === 'dmz' || z.doc.kind === 'remote-access' ? z.doc.name : z.area;
  const text = `${prefix} ${label} ${n}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LIFECYCLE_WEIGHTS = [
  ['operational', 88],
  ['commissioned', 4],
  ['planned', 3],
  ['decommissioned', 5],
] as const;

interface AssetInput {
  id: string;
  name: string;
  zone: GenZone;
  product: Product;
  rng: Rng;
  ip: string;
  mac: string;
  forceLegacy?: boolean;
}

export function makeAsset(input: AssetInput): AssetDoc {
  const { product: p, rng, zone } = input;
  const type = p.type;
  const kind = zone.doc.kind;
  const cls = classOf(p);
  const a: AssetDoc = { id: input.id, name: input.name, zone: zone.doc.id, type };
  if (cls) a.componentClass = cls;
  a.vendor = p.vendor;
  a.model = p.model;
  a.firmware = rng.pick(p.firmware);
  if (p.orderNumbers && rng.chance(0.7)) a.orderNumber = rng.pick(p.orderNumbers);
  a.serial = serialFrom(p.serial, rng);
  a.ip = [input.ip];
  a.mac = [input.mac];
  a.lifecycle = rng.weighted(LIFECYCLE_WEIGHTS);
  const legacy = p.legacy === true || rng.chance(0.02) || input.forceLegacy === true;
  if (legacy) a.legacy = true;
  // Everything in a safety zone (SIS controllers, their HMIs, EWS and network gear) belongs to
  // the safety system (IEC 62443-3-2 ZCR 3.3).
  if (type === 'sis-controller' || kind === 'safety') a.safety = true;
  const jitter = rng.chance(0.3) ? rng.pick([-1, 1]) : 0;
  a.criticality =
    type === 'sis-controller' ? 5 : clampCrit(BASE_CRITICALITY[type] + (kind === 'enterprise' ? -1 : 0) + jitter);
  a.owner = rng.pick(OWNERS[kind]);
  a.location = rng.pick(ROOMS[kind]);
  if (legacy) a.notes = rng.pick(LEGACY_NOTES);
  if (a.lifecycle !== 'planned' && rng.chance(0.6)) a.lastSeen = rng.date('2026-09-01', '2026-11-20');
  if (cls && !legacy) {
    if (p.slCapability !== undefined && rng.chance(0.5))
      a.slCapability = typeof p.slCapability === 'number' ? p.slCapability : [...p.slCapability];
    else if (rng.chance(0.05))
      a.slCapability = rng.chance(0.5) ? rng.int(1, 2) : [1, 2, 3, 4, 5, 6, 7].map(() => rng.int(1, 3));
    else if (rng.chance(0.1)) {
      const ids = rng.sample(COUNTED_42[cls], rng.int(3, 8));
      const order = COUNTED_42[cls];
      ids.sort((x, y) => order.indexOf(x) - order.indexOf(y));
      const caps: Record<string, 'met' | 'not-met'> = {};
      for (const id of ids) caps[id] = rng.chance(0.75) ? 'met' : 'not-met';
      a.capabilities = caps;
    }
  }
  return a;
}
