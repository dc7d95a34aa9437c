// The controlled vocabularies of DESIGN §2 and the extra enumerations the site file uses.

export const ZONE_KINDS = [
  'enterprise',
  'dmz',
  'supervisory',
  'control',
  'safety',
  'field',
  'wireless',
  'remote-access',
  'external',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export const ASSET_TYPES = [
  'plc',
  'dcs-controller',
  'rtu',
  'sis-controller',
  'hmi',
  'ews',
  'historian',
  'scada-server',
  'iiot-gateway',
  'switch',
  'router',
  'firewall',
  'wireless-ap',
  'data-diode',
  'server',
  'workstation',
  'other',
] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

/** IEC 62443-4-2 component classes, each with its own requirement family (SAR/EDR/HDR/NDR). */
export const COMPONENT_CLASSES = ['software-application', 'embedded-device', 'host-device', 'network-device'] as const;
export type ComponentClass = (typeof COMPONENT_CLASSES)[number];

export const LIFECYCLE_STATES = ['planned', 'commissioned', 'operational', 'decommissioned'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const RESULT_STATUSES = ['implemented', 'partial', 'planned', 'not-implemented', 'not-applicable'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const CAPABILITY_VALUES = ['met', 'not-met'] as const;
export type CapabilityValue = (typeof CAPABILITY_VALUES)[number];

export const CONTROL_KINDS = ['segmentation', 'jump-host', 'procedural', 'monitoring', 'physical', 'other'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** Security measures a conduit can carry (IEC 62443-3-2 ZCR 3.x conduit documentation). */
export const CONDUIT_MEASURES = ['firewall', 'data-diode', 'vpn', 'jump-host', 'tls', 'ids', 'proxy', 'other'] as const;
export type ConduitMeasure = (typeof CONDUIT_MEASURES)[number];

export const TRANSPORTS = ['tcp', 'udp', 'ethernet', 'serial', 'other'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const ID_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';
export const PROTOCOL_PATTERN = '^[a-z0-9][a-z0-9._+-]{0,31}$';
