// Request bodies of the risk-assessment routes (docs/api.md "Risk assessment"). Shapes only:
// what depends on the site (zone and asset ids, the matrix's scales) is checked by the service.
import Type from 'typebox';
import { CONSEQUENCE_CATEGORIES } from '../../../core/iec62443/risk/matrix.js';
import { FINDING_DECISIONS, STEP_STATUSES, ZCR_STEPS } from '../../../core/iec62443/risk/assessment.js';
import { DateString } from '../../../core/schemas/site-file.js';
import { SignatureBody } from '../signatures/e-signature.js';

const Text = (description: string) => Type.String({ maxLength: 10000, description });
const Ids = (description: string) => Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10000, description });

/** A step's fields; absent ones stay, `null` clears owner and date. */
const StepPatch = Type.Object(
  {
    status: Type.Optional(Type.Enum([...STEP_STATUSES])),
    owner: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    date: Type.Optional(Type.Union([DateString, Type.Null()])),
    notes: Type.Optional(Text('free notes on the step')),
  },
  { additionalProperties: false },
);

const SucPatch = Type.Object(
  {
    scope: Type.Optional(Text('what the system under consideration covers (ZCR 1)')),
    boundaries: Type.Optional(Text('its physical and logical boundaries')),
    accessPoints: Type.Optional(Text('how it is reached from outside')),
    zones: Type.Optional(Ids('ids of the zones in scope')),
    assets: Type.Optional(Ids('ids of the assets in scope')),
  },
  { additionalProperties: false },
);

const InitialRiskBody = Type.Object(
  {
    consequence: Type.Object(Object.fromEntries(CONSEQUENCE_CATEGORIES.map((c) => [c, Type.Optional(Type.Number())])), {
      additionalProperties: false,
      description: 'worst credible consequence level per category',
    }),
    likelihood: Type.Number({ description: 'likelihood level on the matrix' }),
  },
  { additionalProperties: false },
);

const DecisionBody = Type.Object(
  {
    decision: Type.Enum([...FINDING_DECISIONS]),
    note: Type.String({ maxLength: 10000 }),
  },
  { additionalProperties: false },
);

/** PATCH body: every member optional; in `initialRisk` and `decisions`, `null` removes an entry. */
export const AssessmentPatchBody = Type.Object(
  {
    steps: Type.Optional(
      Type.Object(Object.fromEntries(ZCR_STEPS.map((s) => [s, Type.Optional(StepPatch)])), {
        additionalProperties: false,
      }),
    ),
    suc: Type.Optional(SucPatch),
    initialRisk: Type.Optional(
      Type.Record(Type.String(), Type.Union([InitialRiskBody, Type.Null()]), {
        description: 'ZCR 2 initial risk per zone id',
      }),
    ),
    decisions: Type.Optional(
      Type.Record(Type.String(), Type.Union([DecisionBody, Type.Null()]), {
        description: 'ZCR 3 decisions per finding key rule:kind:id',
      }),
    ),
  },
  { additionalProperties: false },
);

/** POST …/approve: the signature is always required (the asset owner's sign-off, ZCR 7). */
export const AssessmentApproveBody = Type.Object(
  { signature: Type.Optional(SignatureBody) },
  { additionalProperties: false },
);
