// Shapes of the site diagram's API answers: zones and conduits use the site file's field names
// (DESIGN §4); evaluations and findings are those of `c981 evaluate` / `c981 lint` (DESIGN §5).
import type { SlVector } from '../../api/types.js';
import type { ZoneKind } from '../../../core/schemas/vocabulary.js';

export interface Position {
  x: number;
  y: number;
}

export interface Zone {
  site: string;
  id: string;
  name: string;
  kind: ZoneKind;
  description?: string;
  slTarget?: SlVector;
  rationale?: string;
  parent?: string;
  position?: Position;
  /** IP prefixes (CIDR) of the zone's hosts (issue #9). */
  subnets?: string[];
  abilities: string[];
}

export interface Channel {
  protocol: string;
  transport?: string;
  port?: number;
  from: string;
  to: string;
  description?: string;
}

export interface Conduit {
  site: string;
  id: string;
  name?: string;
  description?: string;
  zones: string[];
  slTarget?: SlVector;
  rationale?: string;
  measures?: string[];
  channels?: Channel[];
  abilities: string[];
}

export interface Eval {
  id: string;
  slTarget: SlVector | null;
  slAchieved: SlVector;
  /** Zones: seven entries, null where no asset has capability data; conduits: null. */
  slCapability: (number | null)[] | null;
  capabilityComplete: boolean | null;
  gap: SlVector;
  blocking: { id: string; fr: number; minSl: number; status: string }[];
  compensated: { id: string; control: string }[];
  warnings: string[];
}

export type FindingSubjectKind = 'zone' | 'conduit' | 'asset' | 'compensatingControl';

export interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  site: string;
  subject: { kind: FindingSubjectKind; id: string };
  message: string;
  clause: string | null;
}

export interface SiteEvaluation {
  asOf: string;
  id: string;
  zones: Eval[];
  conduits: Eval[];
  findings: Finding[];
}

/** What the side panel shows. */
export type Selection = { kind: 'zone'; id: string } | { kind: 'conduit'; id: string } | null;
