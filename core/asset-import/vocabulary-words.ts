// Words spreadsheets use for the controlled vocabularies (asset type, lifecycle, 4-2 component
// class). Only unambiguous words are listed: a word that is not here is an error naming the valid
// values, never a silent `other` (an asset typed wrongly would be assessed against the wrong
// requirements). To import an unknown kind as `other`, write "other" in the cell.
import {
  ASSET_TYPES,
  COMPONENT_CLASSES,
  LIFECYCLE_STATES,
  type AssetType,
  type ComponentClass,
  type LifecycleState,
} from '../schemas/vocabulary.js';
import type { Converted } from './cell-values.js';

/** "Engineering Workstation" → "engineeringworkstation", "sis-controller" → "siscontroller". */
const squash = (word: string): string => word.toLowerCase().replace(/[^a-z0-9]/g, '');

function vocabulary<T extends string>(values: readonly T[], words: Record<T, readonly string[]>): Map<string, T> {
  return new Map(values.flatMap((v) => [v, ...words[v]].map((w) => [squash(w), v] as const)));
}

const TYPE_WORDS = vocabulary<AssetType>(ASSET_TYPES, {
  plc: ['PLC', 'programmable logic controller', 'CPU', 'PAC'],
  'dcs-controller': ['DCS', 'DCS controller', 'process controller', 'distributed control system'],
  rtu: ['RTU', 'remote terminal unit', 'telecontrol unit'],
  'sis-controller': ['SIS', 'SIS controller', 'safety controller', 'safety PLC', 'F-CPU', 'ESD controller'],
  hmi: ['HMI', 'operator panel', 'operator station', 'touch panel', 'panel PC', 'human machine interface'],
  ews: ['EWS', 'engineering workstation', 'engineering station', 'engineering PC', 'programming device'],
  historian: ['historian', 'data historian', 'process historian'],
  'scada-server': ['SCADA', 'SCADA server', 'OPC server', 'OPC UA server'],
  'iiot-gateway': ['IIoT gateway', 'IoT gateway', 'edge gateway', 'gateway', 'edge device', 'protocol gateway'],
  switch: ['switch', 'network switch', 'ethernet switch', 'industrial switch', 'managed switch'],
  router: ['router', 'cellular router', 'industrial router'],
  firewall: ['firewall', 'NGFW', 'industrial firewall'],
  'wireless-ap': ['wireless AP', 'access point', 'WAP', 'WLAN AP', 'WiFi AP', 'wireless access point'],
  'data-diode': ['data diode', 'diode', 'unidirectional gateway'],
  server: ['server', 'virtual machine', 'VM', 'domain controller'],
  workstation: ['workstation', 'PC', 'desktop', 'laptop', 'client', 'office PC'],
  other: ['other'],
});

const LIFECYCLE_WORDS = vocabulary<LifecycleState>(LIFECYCLE_STATES, {
  planned: ['plan', 'ordered', 'to be installed'],
  commissioned: ['commissioning', 'installed', 'in commissioning'],
  operational: ['in operation', 'operating', 'in service', 'in use', 'active', 'production', 'running', 'live'],
  decommissioned: ['retired', 'out of service', 'disposed', 'removed', 'scrapped', 'inactive'],
});

const CLASS_WORDS = vocabulary<ComponentClass>(COMPONENT_CLASSES, {
  'software-application': ['software', 'application', 'SAR'],
  'embedded-device': ['embedded', 'EDR'],
  'host-device': ['host', 'HDR'],
  'network-device': ['network', 'NDR'],
});

const typeExamples = 'PLC, HMI, Switch, Engineering workstation';

export function assetTypeOf(word: string): Converted<AssetType> {
  const value = TYPE_WORDS.get(squash(word));
  return value
    ? { value }
    : {
        error: `"${word}" is not an asset type; write one of ${ASSET_TYPES.join(', ')} (words such as ${typeExamples} are understood too)`,
      };
}

export function lifecycleOf(word: string): Converted<LifecycleState> {
  const value = LIFECYCLE_WORDS.get(squash(word));
  return value
    ? { value }
    : { error: `"${word}" is not a lifecycle state; write one of ${LIFECYCLE_STATES.join(', ')}` };
}

export function componentClassOf(word: string): Converted<ComponentClass> {
  const value = CLASS_WORDS.get(squash(word));
  return value
    ? { value }
    : { error: `"${word}" is not an IEC 62443-4-2 component class; write one of ${COMPONENT_CLASSES.join(', ')}` };
}
