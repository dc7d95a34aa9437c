// The site file, format version 1 (DESIGN §4), as TypeBox schemas. The same schemas describe
// API request bodies, so the file, the API and the CLI accept exactly the same shapes.
import Type, { type Static, type TOptional, type TProperties } from 'typebox';
import {
  ASSET_TYPES,
  CAPABILITY_VALUES,
  COMPONENT_CLASSES,
  CONDUIT_MEASURES,
  CONTROL_KINDS,
  LIFECYCLE_STATES,
  PROTOCOL_PATTERN,
  RESULT_STATUSES,
  TRANSPORTS,
  ZONE_KINDS,
} from './vocabulary.js';

const enumOf = <T extends readonly string[]>(values: T, description: string) =>
  Type.Enum([...values] as T[number][], { description });

/**
 * A PATCH body: every field optional and unknown keys still an error (a typo must not be
 * dropped silently). `x-clearable` lists the fields that `null` clears (the optional ones).
 */
const partialOf = <P extends TProperties>(props: P) =>
  Type.Object(
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Type.Optional(v)])) as {
      [K in keyof P]: TOptional<P[K]>;
    },
    {
      additionalProperties: false,
      'x-clearable': Object.entries(props)
        .filter(([, v]) => (v as { '~optional'?: boolean })['~optional'] === true)
        .map(([k]) => k),
    },
  );

export { DateString, Id, Text } from './common.js';
import { DateString, Id, Text } from './common.js';
import { RiskMatrixSchema } from './risk-matrix.js';
import { ThreatScenario } from './risk-scenario.js';

export const SecurityLevel = Type.Integer({ minimum: 0, maximum: 4, description: 'a security level 0–4' });
/** DESIGN §3.7: a single number n stands for [n,n,n,n,n,n,n]. */
export const SlVectorInput = Type.Union(
  [
    SecurityLevel,
    Type.Array(SecurityLevel, {
      minItems: 7,
      maxItems: 7,
      description: 'a vector of seven levels 0–4 (FR 1–7)',
    }),
  ],
  { description: 'security level 0–4, or a vector of seven levels (FR 1–7)' },
);
export const SlVector = Type.Array(SecurityLevel, { minItems: 7, maxItems: 7 });

export const ZoneKind = enumOf(ZONE_KINDS, 'zone kind');
export const AssetType = enumOf(ASSET_TYPES, 'asset type');
export const ComponentClass = enumOf(COMPONENT_CLASSES, 'IEC 62443-4-2 component class');
export const Lifecycle = enumOf(LIFECYCLE_STATES, 'lifecycle state');
export const ResultStatus = enumOf(RESULT_STATUSES, 'result status');
export const CapabilityValue = enumOf(CAPABILITY_VALUES, '4-2 capability value');
export const ControlKind = enumOf(CONTROL_KINDS, 'compensating control kind');
export const ConduitMeasure = enumOf(CONDUIT_MEASURES, 'conduit security measure');
export const Transport = enumOf(TRANSPORTS, 'transport');

export const Position = Type.Object(
  { x: Type.Number(), y: Type.Number() },
  { additionalProperties: false, description: 'position on the zone & conduit diagram' },
);

const zoneProps = {
  name: Text(200),
  kind: ZoneKind,
  description: Type.Optional(Text(4000)),
  slTarget: Type.Optional(SlVectorInput),
  rationale: Type.Optional(Text(4000)),
  parent: Type.Optional(Id),
  position: Type.Optional(Position),
  // Issue #9 item 4: where the zone's hosts live, so hosts seen in captures land in a zone.
  subnets: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 50, description: 'IPv4 or IPv6 prefix, e.g. 10.20.0.0/24' }), {
      maxItems: 64,
      description: 'IP prefixes (CIDR) of the zone’s hosts',
    }),
  ),
};
export const Zone = Type.Object({ id: Id, ...zoneProps }, { additionalProperties: false });

export const Channel = Type.Object(
  {
    protocol: Type.String({ pattern: PROTOCOL_PATTERN, description: 'lowercase protocol slug' }),
    transport: Type.Optional(Transport),
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    from: Id,
    to: Id,
    description: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

const conduitProps = {
  name: Type.Optional(Text(200)),
  description: Type.Optional(Text(4000)),
  zones: Type.Array(Id, { minItems: 2, maxItems: 64 }),
  slTarget: Type.Optional(SlVectorInput),
  rationale: Type.Optional(Text(4000)),
  measures: Type.Optional(Type.Array(ConduitMeasure, { maxItems: 16 })),
  channels: Type.Optional(Type.Array(Channel, { maxItems: 500 })),
};
export const Conduit = Type.Object({ id: Id, ...conduitProps }, { additionalProperties: false });

export const Capabilities = Type.Record(Type.String(), CapabilityValue, {
  description: '62443-4-2 requirement id → met | not-met',
});

const assetProps = {
  name: Text(200),
  zone: Type.Optional(Id),
  type: AssetType,
  componentClass: Type.Optional(ComponentClass),
  vendor: Type.Optional(Text(200)),
  model: Type.Optional(Text(200)),
  firmware: Type.Optional(Text(100)),
  orderNumber: Type.Optional(Text(100)),
  serial: Type.Optional(Text(100)),
  ip: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 64 })),
  mac: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 64 })),
  lifecycle: Type.Optional(Lifecycle),
  legacy: Type.Optional(Type.Boolean()),
  safety: Type.Optional(Type.Boolean()),
  criticality: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  owner: Type.Optional(Text(200)),
  location: Type.Optional(Text(200)),
  notes: Type.Optional(Text(4000)),
  lastSeen: Type.Optional(DateString),
  slCapability: Type.Optional(SlVectorInput),
  capabilities: Type.Optional(Capabilities),
};
export const Asset = Type.Object({ id: Id, ...assetProps }, { additionalProperties: false });

export const ResultDetail = Type.Object(
  {
    status: ResultStatus,
    note: Type.Optional(Text(4000)),
    evidence: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 })),
    assessedBy: Type.Optional(Text(200)),
    assessedAt: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export const ResultInput = Type.Union([ResultStatus, ResultDetail], {
  description: 'a status, or { status, note, evidence, assessedBy, assessedAt }',
});
export const Assessment = Type.Object(
  { scope: Id, results: Type.Record(Type.String(), ResultInput) },
  { additionalProperties: false },
);

const controlProps = {
  scope: Id,
  requirements: Type.Array(Type.String({ maxLength: 32 }), { minItems: 1, maxItems: 200 }),
  assets: Type.Optional(Type.Array(Id, { maxItems: 10000 })),
  kind: ControlKind,
  description: Type.Optional(Text(4000)),
  rationale: Type.Optional(Text(4000)),
  approvedBy: Type.Optional(Text(200)),
  approvedAt: Type.Optional(DateString),
  expires: Type.Optional(DateString),
};
export const CompensatingControl = Type.Object({ id: Id, ...controlProps }, { additionalProperties: false });

/**
 * A site's own risk matrix, or `organization` to follow the organization's (removing an override).
 * IEC 62443-3-2 ZCR 2/4/5: the asset owner's risk criteria, which a site may tailor.
 */
export const FOLLOW_ORGANIZATION = 'organization';
export const SiteRiskMatrix = Type.Union([RiskMatrixSchema, Type.Literal(FOLLOW_ORGANIZATION)], {
  description: 'the site\'s own risk matrix, or "organization" to use the organization\'s',
});

const siteProps = {
  name: Text(200),
  location: Type.Optional(Text(200)),
  timezone: Type.Optional(Text(64)),
  description: Type.Optional(Text(4000)),
  regulated: Type.Optional(Type.Boolean()),
};
export const Site = Type.Object(
  {
    id: Id,
    ...siteProps,
    zones: Type.Optional(Type.Array(Zone)),
    conduits: Type.Optional(Type.Array(Conduit)),
    assets: Type.Optional(Type.Array(Asset)),
    assessments: Type.Optional(Type.Array(Assessment)),
    compensatingControls: Type.Optional(Type.Array(CompensatingControl)),
    // Issue #6, added compatibly to format 1: a site that leaves these keys out keeps the risk
    // matrix and threat scenarios it has (files written before they existed import as before).
    riskMatrix: Type.Optional(SiteRiskMatrix),
    risks: Type.Optional(Type.Array(ThreatScenario, { maxItems: 10000 })),
  },
  { additionalProperties: false },
);

export const SiteFile = Type.Object(
  {
    c981: Type.Literal(1, { description: 'format version' }),
    organization: Type.Optional(Text(200)),
    riskMatrix: Type.Optional(RiskMatrixSchema),
    sites: Type.Array(Site),
  },
  { additionalProperties: false },
);

// API bodies: create = the site-file entity; update = every field optional except the id,
// which never changes (DESIGN §6).
export const SiteCreate = Type.Object({ id: Id, ...siteProps }, { additionalProperties: false });
export const SitePatch = partialOf(siteProps);
export const ZonePatch = partialOf(zoneProps);
export const ConduitPatch = partialOf(conduitProps);
export const AssetPatch = partialOf(assetProps);
export const CompensatingControlPatch = partialOf(controlProps);
export const ResultsPut = Type.Object(
  {
    scope: Id,
    results: Type.Record(Type.String(), Type.Union([ResultInput, Type.Null()])),
  },
  { additionalProperties: false },
);

export type SiteFileDoc = Static<typeof SiteFile>;
export type SiteDoc = Static<typeof Site>;
export type ZoneDoc = Static<typeof Zone>;
export type ConduitDoc = Static<typeof Conduit>;
export type ChannelDoc = Static<typeof Channel>;
export type AssetDoc = Static<typeof Asset>;
export type AssessmentDoc = Static<typeof Assessment>;
export type ResultDoc = Static<typeof ResultDetail>;
export type ResultInputDoc = Static<typeof ResultInput>;
export type CompensatingControlDoc = Static<typeof CompensatingControl>;
export type SiteRiskMatrixDoc = Static<typeof SiteRiskMatrix>;
