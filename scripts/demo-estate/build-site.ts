// Expands a hand-written site spec into a site-file document: zone layout, asset rows from the
// recipes, assessments and compensating controls resolved to asset ids.
import { BASE_CRITICALITY, TYPE_ID } from '../../core/demo/asset-factory.js';
import { COUNTED_42 } from '../../core/demo/component-classes.js';
import { macFor, serialFrom } from '../../core/demo/device-identifiers.js';
import { classOf, product } from '../../core/demo/products.js';
import type { Rng } from '../../core/demo/random.js';
import { ZONE_COLUMN } from '../../core/demo/zones-plan.js';
import type {
  AssessmentDoc,
  AssetDoc,
  CompensatingControlDoc,
  ConduitDoc,
  SiteDoc,
  ZoneDoc,
} from '../../core/schemas/site-file.js';
import { assess } from './assess.js';
import type { SiteSpec } from './model.js';

/** State shared by the sites of one build: draws and MAC addresses continue from site to site. */
export interface EstateBuild {
  readonly rng: Rng;
  /** Serial of the next MAC address, so no two assets of the estate share one. */
  nextMac: number;
}

const RACK_TYPES = new Set(['server', 'historian', 'scada-server', 'switch', 'firewall', 'router', 'data-diode']);
const RACK_ROOM = /server room|rack|data centre/i;

/** Servers and network gear go to rack rooms, everything else to the other rooms of the zone. */
function roomFor(type: string, rooms: readonly string[], rng: Rng): string {
  const fitting = rooms.filter((r) => RACK_ROOM.test(r) === RACK_TYPES.has(type));
  return rng.pick(fitting.length > 0 ? fitting : rooms);
}

export function buildSite(spec: SiteSpec, build: EstateBuild): SiteDoc {
  const { rng } = build;
  const zoneKind = new Map(spec.zones.map((z) => [z.id, z.kind]));
  const rows = new Map<number, number>();
  const zones: ZoneDoc[] = spec.zones.map((z) => {
    const col = ZONE_COLUMN[z.kind];
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    const doc: ZoneDoc = { id: z.id, name: z.name, kind: z.kind };
    if (z.description) doc.description = z.description;
    doc.slTarget = z.slTarget;
    doc.rationale = z.rationale;
    if (z.parent) doc.parent = z.parent;
    doc.position = { x: 40 + col * 300, y: 40 + row * 140 };
    // Issue #9: hosts seen in captures land in the zone whose /24 holds them.
    doc.subnets = [`${z.subnet}.0/24`];
    return doc;
  });

  const conduits: ConduitDoc[] = spec.conduits.map((c) => {
    for (const z of c.zones) if (!zoneKind.has(z)) throw new Error(`${c.id}: unknown zone ${z}`);
    const doc: ConduitDoc = {
      id: c.id,
      name: c.name,
      ...(c.description ? { description: c.description } : {}),
      zones: c.zones,
    };
    doc.slTarget = c.slTarget;
    doc.rationale = c.rationale;
    if (c.measures && c.measures.length > 0) doc.measures = c.measures;
    doc.channels = c.channels;
    return doc;
  });

  const assets: AssetDoc[] = [];
  const productOf = new Map<string, string>();
  const idCount = new Map<string, number>();
  for (const z of spec.zones) {
    let host = 10;
    for (const row of z.assets) {
      const p = product(row.p);
      const cls = classOf(p);
      const count = row.n ?? 1;
      // A row shares one firmware (sites standardise), with the odd straggler.
      const rowFirmware = row.firmware ?? rng.pick(p.firmware);
      for (let i = 1; i <= count; i++) {
        const prefix = `${TYPE_ID[p.type]}-${row.tag}`;
        const k = (idCount.get(prefix) ?? 0) + 1;
        idCount.set(prefix, k);
        const id = `${prefix}-${String(k).padStart(2, '0')}`;
        const name =
          row.names?.[i - 1] ??
          (row.name.includes('{n}')
            ? row.name.replaceAll('{n}', String(i))
            : count > 1
              ? `${row.name} ${i}`
              : row.name);
        if (!name) throw new Error(`${id}: no name`);
        const a: AssetDoc = { id, name, zone: z.id, type: p.type };
        if (cls) a.componentClass = cls;
        a.vendor = p.vendor;
        a.model = p.model;
        a.firmware = !row.firmware && p.firmware.length > 1 && rng.chance(0.15) ? rng.pick(p.firmware) : rowFirmware;
        const order = row.orderNumber ?? (p.orderNumbers ? p.orderNumbers[0] : undefined);
        if (order) a.orderNumber = order;
        a.serial = serialFrom(p.serial, rng);
        a.ip = [`${z.subnet}.${host++}`];
        a.mac = [macFor(p.oui, build.nextMac++)];
        a.lifecycle = row.lifecycle ?? (rng.chance(0.04) ? 'commissioned' : 'operational');
        if (row.legacy ?? p.legacy) a.legacy = true;
        // Everything in a safety zone, its switches included, belongs to the safety system (ZCR 3.3).
        if (p.type === 'sis-controller' || row.safety || z.kind === 'safety') a.safety = true;
        a.criticality =
          row.criticality ??
          Math.max(
            1,
            Math.min(5, BASE_CRITICALITY[p.type] + (z.kind === 'enterprise' ? -1 : 0) + (z.kind === 'safety' ? 1 : 0)),
          );
        a.owner = z.owner;
        a.location = roomFor(p.type, z.rooms, rng);
        if (row.notes) a.notes = row.notes;
        if (rng.chance(0.7)) a.lastSeen = rng.date('2026-10-20', '2026-11-20');
        if (row.slCapability !== undefined)
          a.slCapability = Array.isArray(row.slCapability) ? [...row.slCapability] : row.slCapability;
        if (row.capabilities) {
          if (!cls) throw new Error(`${id}: capabilities need a component class`);
          for (const cap of Object.keys(row.capabilities))
            if (!COUNTED_42[cls].includes(cap)) throw new Error(`${id}: ${cap} does not count for ${cls}`);
          a.capabilities = { ...row.capabilities };
        }
        if (p.type === 'sis-controller' && z.kind !== 'safety')
          throw new Error(`${id}: SIS controller outside a safety zone`);
        assets.push(a);
        productOf.set(id, row.p);
      }
    }
  }

  const assessments: AssessmentDoc[] = [];
  for (const z of spec.zones) {
    const a = assess(spec, z.id, z.slTarget, z.assess, rng);
    if (a) assessments.push(a);
  }
  for (const c of spec.conduits) {
    const a = assess(spec, c.id, c.slTarget, c.assess, rng);
    if (a) assessments.push(a);
  }

  const controls: CompensatingControlDoc[] = spec.controls.map((c) => {
    const ids = [
      ...(c.assets ?? []),
      ...assets.filter((a) => a.zone === c.scope && c.products?.includes(productOf.get(a.id) ?? '')).map((a) => a.id),
    ];
    if (c.products && ids.length === 0) throw new Error(`${c.id}: no assets of ${c.products.join(', ')} in ${c.scope}`);
    const doc: CompensatingControlDoc = {
      id: c.id,
      scope: c.scope,
      requirements: c.requirements,
      ...(ids.length > 0 ? { assets: ids } : {}),
      kind: c.kind,
    };
    if (c.description) doc.description = c.description;
    if (c.rationale) doc.rationale = c.rationale;
    if (c.approvedBy) doc.approvedBy = c.approvedBy;
    if (c.approvedAt) doc.approvedAt = c.approvedAt;
    if (c.expires) doc.expires = c.expires;
    return doc;
  });

  const site: SiteDoc = {
    id: spec.id,
    name: spec.name,
    location: spec.location,
    timezone: spec.timezone,
    description: spec.description,
  };
  if (spec.regulated) site.regulated = true;
  site.zones = zones;
  site.conduits = conduits;
  site.assets = assets;
  site.assessments = assessments;
  site.compensatingControls = controls;
  if (spec.risks) site.risks = spec.risks;
  return site;
}
