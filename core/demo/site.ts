// One generated site: zones, conduits, assets, assessments and compensating controls, all
// drawn from the same PRNG so the whole site is reproducible from the estate seed.
import type { AssessmentDoc, AssetDoc, ChannelDoc, ConduitDoc, SiteDoc, ZoneDoc } from '../schemas/site-file.js';
import type { AssetType, ZoneKind } from '../schemas/vocabulary.js';
import { apportion } from './apportion.js';
import { assessScope } from './assessments.js';
import { assetName, makeAsset, TYPE_ID, typeWeights, ZONE_ASSET_WEIGHT } from './asset-factory.js';
import { CHANNELS_BY_CHILD, type ChannelTemplate, measuresFor, protocolFits, upstreamOf } from './channels.js';
import { compensatingControlsFor } from './compensating-controls.js';
import { macFor } from './device-identifiers.js';
import { IpPlan } from './ip-plan.js';
import { type Industry, INDUSTRY_INFO, type Place } from './places.js';
import { ProductPicker } from './product-picker.js';
import type { Rng } from './random.js';
import {
  type GenZone,
  planZones,
  RATIONALES,
  slTargetAround,
  ZONE_BASE_SL,
  ZONE_COLUMN,
  ZONE_PREFIX,
  zoneName,
} from './zones-plan.js';

export interface SiteContext {
  id: string;
  place: Place;
  industry: Industry;
  index: number;
  assets: number;
  rng: Rng;
  macCounter: { n: number };
}

export function generateSite(ctx: SiteContext): SiteDoc {
  const { rng, industry } = ctx;
  const info = INDUSTRY_INFO[industry];
  const site: SiteDoc = {
    id: ctx.id,
    name: `${ctx.place.city} ${rng.pick(info.facilities)}`,
    location: `${ctx.place.city}, ${ctx.place.country}`,
    timezone: ctx.place.timezone,
    description: info.description,
  };
  if (industry === 'pharma') site.regulated = true;

  // Zones
  const zoneCount = Math.max(3, Math.round(ctx.assets / 20));
  const areas = rng.shuffle(info.areas);
  const plans = planZones(zoneCount, areas, rng);
  const ip = new IpPlan((ctx.index * 8 + 10) & 0xff);
  const zones: GenZone[] = [];
  const kindCount = new Map<ZoneKind, number>();
  const columnRows = new Map<number, number>();
  const usedNames = new Set<string>();
  for (const plan of plans) {
    const n = (kindCount.get(plan.kind) ?? 0) + 1;
    kindCount.set(plan.kind, n);
    const id = `${ZONE_PREFIX[plan.kind]}-${String(n).padStart(2, '0')}`;
    let name = zoneName(plan.kind, plan.area, n === 1);
    for (let k = 2; usedNames.has(name); k++) name = `${zoneName(plan.kind, plan.area, n === 1)} ${k}`;
    usedNames.add(name);
    let base = ZONE_BASE_SL[plan.kind];
    if (plan.kind === 'control' && rng.chance(0.2)) base = 3;
    if (plan.kind === 'field' && rng.chance(0.3)) base = 2;
    const doc: ZoneDoc = {
      id,
      name,
      kind: plan.kind,
      slTarget: slTargetAround(base, rng, plan.kind),
      rationale: rng.pick(RATIONALES[plan.kind]),
    };
    zones.push({
      doc,
      areaIndex: plan.areaIndex,
      area: plan.area,
      base,
      subnet: ip.subnet(),
      host: 10,
      legacyAssets: [],
    });
  }
  // Field zones nest under the control zone of their area; positions follow Purdue columns.
  for (const z of zones) {
    if (z.doc.kind === 'field') {
      const parent = zones.find((o) => o.doc.kind === 'control' && o.areaIndex === z.areaIndex);
      if (parent) z.doc.parent = parent.doc.id;
    }
    const col = ZONE_COLUMN[z.doc.kind];
    const row = columnRows.get(col) ?? 0;
    columnRows.set(col, row + 1);
    z.doc.position = { x: 40 + col * 280, y: 40 + row * 140 };
  }

  // The site standardises on a few product lines; its controllers decide the protocols in use.
  const products = new ProductPicker(industry, rng);
  const vendors = new Set(
    (['plc', 'dcs-controller', 'rtu'] as const).flatMap((t) => products.preferredOf(t).map((p) => p.vendor)),
  );
  const allowed = (t: ChannelTemplate): boolean => protocolFits(t.protocol, vendors, industry);

  // Conduits: one towards the upstream zone, plus jump-host access into supervisory.
  const conduits: ConduitDoc[] = [];
  const pairs = new Set<string>();
  const addConduit = (child: GenZone, upper: GenZone, templates: readonly ChannelTemplate[]): void => {
    const key = [child.doc.id, upper.doc.id].sort().join('|');
    if (pairs.has(key)) return;
    pairs.add(key);
    const chosen = rng.sample(templates, rng.int(1, Math.min(3, templates.length)));
    const channels: ChannelDoc[] = chosen.map((t) => {
      const from = t.up ? child.doc.id : upper.doc.id;
      const to = t.up ? upper.doc.id : child.doc.id;
      return {
        protocol: t.protocol,
        ...(t.transport ? { transport: t.transport } : {}),
        ...(t.port !== undefined ? { port: t.port } : {}),
        from,
        to,
        description: t.description,
      };
    });
    const sl = Math.max(child.base, upper.base);
    const c: ConduitDoc = {
      id: `${child.doc.id}--${upper.doc.id}`,
      name: `${child.doc.name} ↔ ${upper.doc.name}`,
      zones: [child.doc.id, upper.doc.id],
      slTarget: rng.chance(0.7) ? sl : slTargetAround(sl, rng),
      rationale: 'Set to the higher SL-T of the two zones it joins.',
    };
    const measures = measuresFor(child.doc.kind, chosen, rng);
    if (measures.length > 0) c.measures = measures;
    c.channels = channels;
    conduits.push(c);
  };
  for (const z of zones) {
    const up = upstreamOf(z, zones);
    if (!up) continue;
    const fitting = CHANNELS_BY_CHILD[z.doc.kind].filter(allowed);
    addConduit(z, up, fitting.length > 0 ? fitting : CHANNELS_BY_CHILD[z.doc.kind]);
  }
  const ra = zones.find((z) => z.doc.kind === 'remote-access');
  const sup = zones.find((z) => z.doc.kind === 'supervisory');
  if (ra && sup) addConduit(ra, sup, CHANNELS_BY_CHILD['remote-access']);

  // Assets: exact count per zone by weight (largest remainder), at least one per zone.
  const weights = zones.map((z) => ZONE_ASSET_WEIGHT[z.doc.kind] * (0.6 + 0.8 * rng.float()));
  const counts = apportion(ctx.assets, weights);
  // Every site of some size has at least one legacy asset (so compensating controls appear).
  const forcedLegacy = ctx.assets >= 10 ? rng.int(0, ctx.assets - 1) : -1;
  const assets: AssetDoc[] = [];
  const typeCounter = new Map<AssetType, number>();
  zones.forEach((z, zi) => {
    const count = counts[zi] ?? 0;
    const tw = typeWeights(z.doc.kind, industry);
    const perType = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      // Every zone of some size has its own access switch (or a firewall at the boundary).
      const type: AssetType =
        i === 0 && count >= 4
          ? z.doc.kind === 'dmz' || z.doc.kind === 'remote-access'
            ? 'firewall'
            : z.doc.kind === 'wireless'
              ? 'wireless-ap'
              : 'switch'
          : rng.weighted(tw);
      const p = products.pick(type);
      const n = (typeCounter.get(type) ?? 0) + 1;
      typeCounter.set(type, n);
      const asset = makeAsset({
        id: `${TYPE_ID[type]}-${String(n).padStart(3, '0')}`,
        name: assetName(z, type, p, perType, rng),
        zone: z,
        product: p,
        rng,
        ip: ip.address(z),
        mac: macFor(p.oui, ctx.macCounter.n++),
        forceLegacy: assets.length === forcedLegacy,
      });
      if (asset.legacy) z.legacyAssets.push(asset.id);
      assets.push(asset);
    }
  });

  // Assessments: one per zone and conduit.
  const assessments: AssessmentDoc[] = [];
  for (const z of zones)
    assessments.push(assessScope(z.doc.id, z.doc.slTarget ?? z.base, z.legacyAssets.length > 0, rng));
  for (const c of conduits) assessments.push(assessScope(c.id, c.slTarget ?? 1, false, rng));

  const controls = compensatingControlsFor(zones, assessments, rng);

  site.zones = zones.map((z) => z.doc);
  site.conduits = conduits;
  site.assets = assets;
  site.assessments = assessments;
  if (controls.length > 0) site.compensatingControls = controls;
  return site;
}
