// Threat scenarios of the detailed risk assessment (IEC 62443-3-2 ZCR 5) as TypeBox schemas, in the
// site-file style (camelCase, unknown keys are errors), so the API and — next — the site file accept
// the same shape. What a schema cannot say (scale sizes come from the risk matrix, residual not
// worse than unmitigated, references) is checked by `validateScenario` in core/iec62443/risk/scenario.ts.
import Type, { type Static } from 'typebox';
import { Id, Text } from './common.js';

// A scenario rates each consequence category of the risk matrix it affects: one list for both.
import { CONSEQUENCE_CATEGORIES, type ConsequenceCategory } from './risk-matrix.js';
export { CONSEQUENCE_CATEGORIES, type ConsequenceCategory };

/**
 * Typical kinds of threat source; each has a default capability SL (DEFAULT_SOURCE_CAPABILITY in
 * core/iec62443/risk/scenario.ts). `other` has none: its capability must be given.
 */
export const THREAT_SOURCE_KINDS = [
  'unintentional',
  'casual',
  'opportunist',
  'insider',
  'hacktivist',
  'criminal',
  'terrorist',
  'state-sponsored',
  'other',
] as const;
export type ThreatSourceKind = (typeof THREAT_SOURCE_KINDS)[number];

/** How the threat reaches the target (IEC 62443-3-2 ZCR 5: threat vectors). */
export const THREAT_VECTORS = [
  'network',
  'remote-access',
  'wireless',
  'removable-media',
  'physical',
  'supply-chain',
  'insider',
  'social-engineering',
  'other',
] as const;
export type ThreatVector = (typeof THREAT_VECTORS)[number];

/** Largest scale the schema admits; the matrix in use narrows it (validateScenario). */
export const MAX_SCALE_LEVEL = 10;

const enumOf = <T extends readonly string[]>(values: T, description: string) =>
  Type.Enum([...values] as T[number][], { description });

const ScaleLevel = (what: string) =>
  Type.Integer({ minimum: 1, maximum: MAX_SCALE_LEVEL, description: `${what} level on the risk matrix scale (1..N)` });

export const FrNumber = Type.Integer({ minimum: 1, maximum: 7, description: 'foundational requirement 1–7' });
export const CapabilityLevel = Type.Integer({
  minimum: 1,
  maximum: 4,
  description: 'threat source capability as a security level 1–4',
});

export const ScenarioTarget = Type.Object(
  {
    kind: enumOf(['zone', 'conduit'] as const, 'target kind'),
    id: Id,
  },
  { additionalProperties: false, description: 'the zone or conduit the scenario is about' },
);

export const ThreatSource = Type.Object(
  {
    name: Text(200, 'who or what the threat source is, e.g. "Ransomware crew"'),
    kind: Type.Optional(enumOf(THREAT_SOURCE_KINDS, 'threat source kind')),
    capability: Type.Optional(CapabilityLevel),
    description: Type.Optional(Text(4000)),
  },
  { additionalProperties: false, description: 'the threat source; capability defaults from its kind' },
);

/** One level per affected category; categories left out are not affected. */
export const ConsequenceRatings = Type.Object(
  {
    'health-safety': Type.Optional(ScaleLevel('consequence')),
    environment: Type.Optional(ScaleLevel('consequence')),
    'production-financial': Type.Optional(ScaleLevel('consequence')),
    reputation: Type.Optional(ScaleLevel('consequence')),
    'regulatory-quality': Type.Optional(ScaleLevel('consequence')),
  } satisfies Record<ConsequenceCategory, unknown>,
  { additionalProperties: false, description: 'consequence level per category' },
);

export const Countermeasures = Type.Object(
  {
    assets: Type.Optional(Type.Array(Id, { maxItems: 1000, description: 'asset ids' })),
    requirements: Type.Optional(
      Type.Array(Type.String({ maxLength: 32 }), { maxItems: 500, description: '62443-3-3 SR/RE ids' }),
    ),
    compensatingControls: Type.Optional(Type.Array(Id, { maxItems: 1000, description: 'compensating control ids' })),
  },
  { additionalProperties: false, description: 'existing countermeasures' },
);

export const ThreatScenario = Type.Object(
  {
    id: Id,
    title: Text(200),
    description: Type.Optional(Text(4000)),
    target: ScenarioTarget,
    threatSource: ThreatSource,
    vector: enumOf(THREAT_VECTORS, 'threat vector'),
    vulnerability: Type.Optional(Text(2000, 'the weakness the threat exploits')),
    affectedFrs: Type.Array(FrNumber, { minItems: 1, maxItems: 7, description: 'foundational requirements affected' }),
    consequence: ConsequenceRatings,
    likelihood: ScaleLevel('likelihood'),
    countermeasures: Type.Optional(Countermeasures),
    residualLikelihood: Type.Optional(ScaleLevel('likelihood')),
    residualConsequence: Type.Optional(ConsequenceRatings),
  },
  { additionalProperties: false },
);

export type ScenarioTargetDoc = Static<typeof ScenarioTarget>;
export type ThreatSourceDoc = Static<typeof ThreatSource>;
export type ConsequenceRatingsDoc = Static<typeof ConsequenceRatings>;
export type CountermeasuresDoc = Static<typeof Countermeasures>;
export type ThreatScenarioDoc = Static<typeof ThreatScenario>;
