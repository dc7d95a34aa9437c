// A remediation roadmap action (issue #7) as a TypeBox schema, in the site-file style (camelCase,
// unknown keys are errors): the body of `POST …/roadmap/actions` and what the API answers.
// Programmes move zone by zone (IEC 62443-3-3 SL-T reached step by step), so an action names one
// zone or conduit, the IEC 62443-3-3 requirements it will satisfy there and the compensating
// controls it will make unnecessary.
import Type, { type Static } from 'typebox';
import { DateString, Id, Text } from './common.js';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const RoadmapAction = Type.Object(
  {
    id: Id,
    title: Text(200),
    description: Type.Optional(Text(4000)),
    owner: Type.Optional(Text(200, 'who delivers it')),
    due: Type.Optional(DateString),
    status: Type.Enum([...ACTION_STATUSES], { description: 'planned | in-progress | done | cancelled' }),
    /** Estimates, for planning: effort in person-days and cost in the organization's currency. */
    effortDays: Type.Optional(Type.Number({ minimum: 0, maximum: 100000 })),
    cost: Type.Optional(Type.Number({ minimum: 0, maximum: 1e12 })),
    /** The zone or conduit it improves. */
    scope: Id,
    assets: Type.Optional(Type.Array(Id, { maxItems: 10000, description: 'asset ids concerned' })),
    satisfies: Type.Optional(
      Type.Array(Type.String({ maxLength: 32 }), {
        maxItems: 500,
        description: 'IEC 62443-3-3 SR/RE ids it will implement in the scope',
      }),
    ),
    retires: Type.Optional(
      Type.Array(Id, { maxItems: 200, description: 'compensating control ids it makes unnecessary' }),
    ),
  },
  { additionalProperties: false },
);

export type RoadmapActionDoc = Static<typeof RoadmapAction>;
