// A change request (issue #7): a proposed set of edits to a site's security model — zones,
// conduits (with their SL-T), assets and compensating controls — reviewed and approved before it is
// applied in one transaction. Operations reuse the site-file entity schemas, so a proposal is
// checked exactly as the direct API or a site file would be.
import Type, { type Static, type TSchema } from 'typebox';
import { Text } from './common.js';
import {
  Asset,
  AssetPatch,
  CompensatingControl,
  CompensatingControlPatch,
  Conduit,
  ConduitPatch,
  Id,
  Zone,
  ZonePatch,
} from './site-file.js';

export const CHANGE_KINDS = ['zone', 'conduit', 'asset', 'compensatingControl'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const ENTITY: Record<ChangeKind, { create: TSchema; patch: TSchema }> = {
  zone: { create: Zone, patch: ZonePatch },
  conduit: { create: Conduit, patch: ConduitPatch },
  asset: { create: Asset, patch: AssetPatch },
  compensatingControl: { create: CompensatingControl, patch: CompensatingControlPatch },
};

const opsOf = (kind: ChangeKind) => [
  Type.Object(
    { op: Type.Literal('create'), kind: Type.Literal(kind), entity: ENTITY[kind].create },
    { additionalProperties: false, description: `add a ${kind}` },
  ),
  Type.Object(
    { op: Type.Literal('update'), kind: Type.Literal(kind), id: Id, patch: ENTITY[kind].patch },
    { additionalProperties: false, description: `change fields of a ${kind} (null clears an optional field)` },
  ),
  Type.Object(
    { op: Type.Literal('delete'), kind: Type.Literal(kind), id: Id },
    { additionalProperties: false, description: `remove a ${kind}` },
  ),
];

export const ChangeOp = Type.Union(CHANGE_KINDS.flatMap(opsOf), {
  description: '{ op: create, kind, entity } | { op: update, kind, id, patch } | { op: delete, kind, id }',
});

export const ChangeRequestCreate = Type.Object(
  {
    title: Text(200),
    description: Type.Optional(Text(4000)),
    ops: Type.Array(ChangeOp, { minItems: 1, maxItems: 5000 }),
    /** Apply at once and approve afterwards (issue #7 emergency path; needs changeRequest.emergency). */
    emergency: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ChangeRequestPatch = Type.Object(
  {
    title: Type.Optional(Text(200)),
    description: Type.Optional(Type.Union([Text(4000), Type.Null()])),
    ops: Type.Optional(Type.Array(ChangeOp, { minItems: 1, maxItems: 5000 })),
  },
  { additionalProperties: false },
);

export type ChangeOpDoc =
  | { op: 'create'; kind: ChangeKind; entity: { id: string } & Record<string, unknown> }
  | { op: 'update'; kind: ChangeKind; id: string; patch: Record<string, unknown> }
  | { op: 'delete'; kind: ChangeKind; id: string };
export type ChangeRequestCreateDoc = Static<typeof ChangeRequestCreate>;
export type ChangeRequestPatchDoc = Static<typeof ChangeRequestPatch>;
