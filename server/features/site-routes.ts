// Registers the site-scoped resources of the foundation on the CRUD shape.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AssetPatch,
  Asset,
  CompensatingControl,
  CompensatingControlPatch,
  Conduit,
  ConduitPatch,
  Zone,
  ZonePatch,
} from '../../core/schemas/site-file.js';
import type { Actor } from '../actor.js';
import type { Db } from '../db/connection.js';
import { qBool, qString } from '../http.js';
import * as assets from './assets/assets.service.js';
import * as controls from './compensating-controls/compensating-controls.service.js';
import * as conduits from './conduits/conduits.service.js';
import { registerCrud } from './crud-routes.js';
import * as zones from './zones/zones.service.js';

type Query = Record<string, unknown>;

export const ASSET_FILTERS = {
  zone: 'zone id',
  type: 'asset type',
  vendor: 'exact vendor',
  lifecycle: 'lifecycle state',
  componentClass: 'component class',
  legacy: 'true or false',
  q: 'free text in name, id, IP, MAC, vendor, model, firmware, serial',
  sort: 'site (default), id, name, type, vendor, model, firmware, zone, lifecycle, criticality or lastSeen; "-" prefix for descending',
};

export function parseAssetFilters(q: Query) {
  return {
    zone: qString(q, 'zone'),
    type: qString(q, 'type'),
    vendor: qString(q, 'vendor'),
    lifecycle: qString(q, 'lifecycle'),
    componentClass: qString(q, 'componentClass'),
    legacy: qBool(q, 'legacy'),
    q: qString(q, 'q'),
    sort: qString(q, 'sort'),
  };
}

export function registerSiteResources(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  registerCrud(app, db, actorOf, {
    path: 'zones',
    kind: 'zone',
    noun: 'zone',
    tag: 'zones',
    create: Zone,
    patch: ZonePatch,
    filters: { kind: 'zone kind' },
    parseFilters: (q) => ({ kind: qString(q, 'kind') }),
    service: {
      list: zones.listZones,
      get: zones.getZone,
      create: zones.createZone,
      update: zones.updateZone,
      remove: zones.deleteZone,
    },
  });
  registerCrud(app, db, actorOf, {
    path: 'conduits',
    kind: 'conduit',
    noun: 'conduit',
    tag: 'conduits',
    create: Conduit,
    patch: ConduitPatch,
    filters: { zone: 'only conduits joining this zone' },
    parseFilters: (q) => ({ zone: qString(q, 'zone') }),
    service: {
      list: conduits.listConduits,
      get: conduits.getConduit,
      create: conduits.createConduit,
      update: conduits.updateConduit,
      remove: conduits.deleteConduit,
    },
  });
  registerCrud(app, db, actorOf, {
    path: 'assets',
    kind: 'asset',
    noun: 'asset',
    tag: 'assets',
    create: Asset,
    patch: AssetPatch,
    filters: ASSET_FILTERS,
    parseFilters: parseAssetFilters,
    service: {
      list: assets.listAssets,
      get: assets.getAsset,
      create: assets.createAsset,
      update: assets.updateAsset,
      remove: assets.deleteAsset,
    },
  });
  registerCrud(app, db, actorOf, {
    path: 'compensating-controls',
    kind: 'compensatingControl',
    noun: 'compensating control',
    tag: 'compensating controls',
    create: CompensatingControl,
    patch: CompensatingControlPatch,
    filters: { scope: 'zone or conduit id' },
    parseFilters: (q) => ({ scope: qString(q, 'scope') }),
    service: {
      list: controls.listControls,
      get: controls.getControl,
      create: controls.createControl,
      update: controls.updateControl,
      remove: (db2, actor, site, id) => controls.deleteControl(db2, actor, site, id),
    },
  });
}
