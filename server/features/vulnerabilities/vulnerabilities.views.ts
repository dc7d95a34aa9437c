// Answer shapes of the vulnerability routes (docs/api.md "Vulnerabilities").
import Type from 'typebox';
import type { Static } from 'typebox';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const TRIAGE_DECISIONS = ['now', 'next', 'never'] as const;
const Decision = Type.Union([Type.Literal('now'), Type.Literal('next'), Type.Literal('never')]);

export const Triage = Type.Object({
  decision: Nullable(Decision),
  owner: Nullable(Type.String()),
  due: Nullable(Type.String()),
  note: Nullable(Type.String()),
  compensatingControlId: Nullable(Type.String()),
  roadmapActionId: Nullable(Type.String()),
  updatedAt: Type.String(),
  updatedBy: Nullable(Type.String()),
});
export type Triage = Static<typeof Triage>;

export const Finding = Type.Object({
  assetId: Type.String(),
  assetName: Type.String(),
  vendor: Nullable(Type.String()),
  model: Nullable(Type.String()),
  orderNumber: Nullable(Type.String()),
  firmware: Nullable(Type.String()),
  legacy: Type.Boolean(),
  zoneId: Nullable(Type.String()),
  zoneName: Nullable(Type.String()),
  zoneSlT: Nullable(Type.Integer()),
  exposed: Type.Boolean(),
  exposedVia: Type.Array(Type.String()),
  advisoryId: Type.String(),
  advisoryKey: Type.String(),
  trackingId: Type.String(),
  title: Type.String(),
  verdict: Type.Union([Type.Literal('affected'), Type.Literal('review'), Type.Literal('not-affected')]),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  cves: Type.Array(Type.String()),
  maxCvssV3: Nullable(Type.Number()),
  maxCvssV4: Nullable(Type.Number()),
  remediations: Type.Array(Type.String()),
  fixAvailable: Type.Boolean(),
  fixedIn: Type.Array(Type.String()),
  reason: Type.String(),
  priority: Type.Integer(),
  priorityFactors: Type.Array(Type.String()),
  triage: Nullable(Triage),
});
export type Finding = Static<typeof Finding>;

export const Counts = Type.Object({
  affected: Type.Integer(),
  review: Type.Integer(),
  closed: Type.Integer(),
  now: Type.Integer(),
  next: Type.Integer(),
  never: Type.Integer(),
  untriaged: Type.Integer(),
});
export type Counts = Static<typeof Counts>;

export const SiteVulnerabilities = Type.Object({
  advisoryCount: Type.Integer(),
  assetCount: Type.Integer(),
  counts: Counts,
  findings: Type.Array(Finding),
});
export type SiteVulnerabilities = Static<typeof SiteVulnerabilities>;

export const PortfolioFinding = Type.Intersect([
  Finding,
  Type.Object({ siteId: Type.String(), siteName: Type.String() }),
]);
export type PortfolioFinding = Static<typeof PortfolioFinding>;

export const PortfolioVulnerabilities = Type.Object({
  sites: Type.Array(
    Type.Object({
      siteId: Type.String(),
      siteName: Type.String(),
      affected: Type.Integer(),
      review: Type.Integer(),
      closed: Type.Integer(),
      now: Type.Integer(),
      next: Type.Integer(),
      never: Type.Integer(),
      untriaged: Type.Integer(),
      critical: Type.Integer(),
      noFix: Type.Integer(),
    }),
  ),
  top: Type.Array(PortfolioFinding),
});
export type PortfolioVulnerabilities = Static<typeof PortfolioVulnerabilities>;

export const TriageBody = Type.Object(
  {
    assetId: Type.String({ minLength: 1, maxLength: 64 }),
    advisoryKey: Type.String({ minLength: 1, maxLength: 600 }),
    decision: Nullable(Decision),
    owner: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    due: Type.Optional(Nullable(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    compensatingControlId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    roadmapActionId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  },
  { additionalProperties: false },
);
export type TriageBody = Static<typeof TriageBody>;
