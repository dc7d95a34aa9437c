// How asset types map onto the 62443-4-2 component classes, and which 4-2 items count towards
// a class's SL-C, so generated capabilities only ever name items that matter for the class.
import { CATALOG_4_2 } from '../iec62443/catalog.js';
import type { ComponentType } from '../iec62443/catalog.types.js';
import type { AssetType, ComponentClass } from '../schemas/vocabulary.js';

/** The 62443-4-2 component class of each asset type (undefined: no natural class). */
export const CLASS_OF_TYPE: Readonly<Record<AssetType, ComponentClass | undefined>> = {
  plc: 'embedded-device',
  'dcs-controller': 'embedded-device',
  rtu: 'embedded-device',
  'sis-controller': 'embedded-device',
  'iiot-gateway': 'embedded-device',
  hmi: 'host-device',
  ews: 'host-device',
  historian: 'host-device',
  'scada-server': 'host-device',
  server: 'host-device',
  workstation: 'host-device',
  switch: 'network-device',
  router: 'network-device',
  firewall: 'network-device',
  'wireless-ap': 'network-device',
  'data-diode': 'network-device',
  other: undefined,
};

export const CLASS_COMPONENT_TYPE: Readonly<Record<ComponentClass, ComponentType>> = {
  'software-application': 'SAR',
  'embedded-device': 'EDR',
  'host-device': 'HDR',
  'network-device': 'NDR',
};

/** 4-2 items that count towards SL-C for a class (DESIGN §3.3), in catalog order. */
export const COUNTED_42: Readonly<Record<ComponentClass, readonly string[]>> = (() => {
  const out = {} as Record<ComponentClass, string[]>;
  for (const [cls, type] of Object.entries(CLASS_COMPONENT_TYPE) as [ComponentClass, ComponentType][]) {
    out[cls] = CATALOG_4_2.filter(
      (i) => i.minSl !== null && i.appliesTo.includes(type) && (i.type.startsWith('CR') || i.type.startsWith(type)),
    ).map((i) => i.id);
  }
  return out;
})();
