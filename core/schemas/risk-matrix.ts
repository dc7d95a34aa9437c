// The risk matrix (IEC 62443-3-2 ZCR 2, 4 and 5 rate risk on it) as a TypeBox schema: the body of
// `PUT …/risk-matrix` and, next, the `riskMatrix` of the site file, so both accept the same shape.
// Field names follow the site file: camelCase keys, lowercase slug ids. The shape is checked
// here; what a schema cannot say (sizes agree, risk never falls as likelihood or consequence
// rises) is `validateMatrix` in core/iec62443/risk/matrix.ts.
import Type, { type Static } from 'typebox';
import { ID_PATTERN } from './vocabulary.js';

/**
 * The kinds of harm a consequence is judged on. IEC 62443-3-2 ZCR 2/5: the worst credible
 * consequence is rated per kind of impact, then the worst one counts.
 */
export const CONSEQUENCE_CATEGORIES = [
  'health-safety',
  'environment',
  'production-financial',
  'reputation',
  'regulatory-quality',
] as const;
export type ConsequenceCategory = (typeof CONSEQUENCE_CATEGORIES)[number];

/** Scales stay small enough to read on one screen and to agree on in a workshop. */
export const MAX_SCALE_LEVELS = 10;
export const MAX_RISK_LEVELS = 8;

const Name = Type.String({ minLength: 1, maxLength: 80, description: 'short display name' });
const Description = (description?: string) =>
  Type.String({ minLength: 1, maxLength: 1000, ...(description ? { description } : {}) });
const Level = Type.Integer({ minimum: 1, maximum: MAX_SCALE_LEVELS, description: 'position on the scale, from 1' });

export const LikelihoodLevelSchema = Type.Object(
  {
    level: Level,
    name: Name,
    description: Description('what this likelihood means, in your own words'),
  },
  { additionalProperties: false, description: 'one step of the likelihood scale' },
);

export const ConsequenceDescriptions = Type.Object(
  Object.fromEntries(CONSEQUENCE_CATEGORIES.map((c) => [c, Description(`what this level means for ${c}`)])) as Record<
    ConsequenceCategory,
    ReturnType<typeof Description>
  >,
  { additionalProperties: false, description: 'what the level means in each consequence category' },
);

export const ConsequenceLevelSchema = Type.Object(
  {
    level: Level,
    name: Name,
    categories: ConsequenceDescriptions,
  },
  { additionalProperties: false, description: 'one step of the consequence scale' },
);

export const RiskLevelSchema = Type.Object(
  {
    id: Type.String({ pattern: ID_PATTERN, description: 'lowercase slug id, used in `cells` and `tolerableRisk`' }),
    name: Name,
    description: Type.Optional(Description()),
  },
  { additionalProperties: false, description: 'one named risk level' },
);

export const RiskMatrixSchema = Type.Object(
  {
    likelihood: Type.Array(LikelihoodLevelSchema, {
      minItems: 2,
      maxItems: MAX_SCALE_LEVELS,
      description: 'the likelihood scale, lowest first (level 1, 2, …)',
    }),
    consequence: Type.Array(ConsequenceLevelSchema, {
      minItems: 2,
      maxItems: MAX_SCALE_LEVELS,
      description: 'the consequence scale, lowest first (level 1, 2, …)',
    }),
    riskLevels: Type.Array(RiskLevelSchema, {
      minItems: 2,
      maxItems: MAX_RISK_LEVELS,
      description: 'the named risk levels, lowest first',
    }),
    cells: Type.Array(Type.Array(Type.String({ pattern: ID_PATTERN }), { maxItems: MAX_SCALE_LEVELS }), {
      maxItems: MAX_SCALE_LEVELS,
      description:
        'the risk level id of every cell: one row per likelihood level (row 0 = likelihood 1), one entry per consequence level (entry 0 = consequence 1)',
    }),
    tolerableRisk: Type.String({
      pattern: ID_PATTERN,
      description: 'the highest risk level that is tolerable without further treatment (the tolerable-risk line)',
    }),
  },
  { additionalProperties: false, description: 'a risk matrix (IEC 62443-3-2 ZCR 2, 4, 5)' },
);

export type LikelihoodLevel = Static<typeof LikelihoodLevelSchema>;
export type ConsequenceLevel = Static<typeof ConsequenceLevelSchema>;
export type RiskLevelDef = Static<typeof RiskLevelSchema>;
export type RiskMatrix = Static<typeof RiskMatrixSchema>;
