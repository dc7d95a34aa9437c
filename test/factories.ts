// Small builders for test data in site-file form.
import type { AssetDoc, SiteDoc, SiteFileDoc, ZoneDoc } from '../core/schemas/site-file.js';

export const buildZone = (over: Partial<ZoneDoc> = {}): ZoneDoc => ({
  id: 'z-control',
  name: 'Control',
  kind: 'control',
  slTarget: 2,
  ...over,
});

export const buildAsset = (over: Partial<AssetDoc> = {}): AssetDoc => ({
  id: 'plc-1',
  name: 'PLC 1',
  type: 'plc',
  ...over,
});

export function buildSite(over: Partial<SiteDoc> = {}): SiteDoc {
  return {
    id: 'plant',
    name: 'Plant',
    zones: [buildZone(), buildZone({ id: 'z-dmz', name: 'DMZ', kind: 'dmz', slTarget: [1, 2, 2, 1, 2, 1, 1] })],
    conduits: [
      {
        id: 'c-dmz-control',
        zones: ['z-control', 'z-dmz'],
        slTarget: 2,
        measures: ['firewall'],
        channels: [{ protocol: 'opc-ua', transport: 'tcp', port: 4840, from: 'z-control', to: 'z-dmz' }],
      },
    ],
    assets: [
      buildAsset({
        zone: 'z-control',
        ip: ['10.1.1.10'],
        mac: ['00:1b:1b:00:00:01'],
        vendor: 'Siemens',
        model: 'S7-1500',
        firmware: 'V2.9.4',
      }),
      buildAsset({
        id: 'hmi-1',
        name: 'HMI 1',
        type: 'hmi',
        zone: 'z-control',
        legacy: true,
        componentClass: 'host-device',
        capabilities: { 'CR 1.1': 'met' },
      }),
    ],
    assessments: [
      {
        scope: 'z-control',
        results: { 'SR 1.1': 'implemented', 'SR 1.2': { status: 'partial', note: 'shared account' } },
      },
    ],
    compensatingControls: [
      {
        id: 'cc-1',
        scope: 'z-control',
        requirements: ['SR 1.2'],
        assets: ['hmi-1'],
        kind: 'jump-host',
        approvedBy: 'j.doe',
        approvedAt: '2026-03-01',
        expires: '2027-03-01',
      },
    ],
    ...over,
  };
}

export const buildFile = (sites: SiteDoc[] = [buildSite()]): SiteFileDoc => ({
  c981: 1,
  organization: 'Test Org',
  sites,
});
