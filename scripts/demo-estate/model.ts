// The hand-written model of a demo site: zones with asset recipes, conduits, hand-set results
// and compensating controls. build-site.ts expands it into site-file documents.
import type { ThreatScenarioDoc } from '../../core/schemas/risk-scenario.js';
import type { ChannelDoc, CompensatingControlDoc, ResultInputDoc } from '../../core/schemas/site-file.js';
import type { ConduitMeasure, LifecycleState, ZoneKind } from '../../core/schemas/vocabulary.js';

export type Sl = number | number[];
export type Caps = Record<string, 'met' | 'not-met'>;

/** A recipe row: `n` assets of one product in a zone. */
export interface Row {
  p: string;
  n?: number;
  /** Id tag: assets get `<type>-<tag>-<nn>` (e.g. plc-util-03). */
  tag: string;
  /** Name; `{n}` is replaced by the running number, otherwise it is appended when n > 1. */
  name: string;
  /** Explicit names, one per asset (overrides `name`). */
  names?: string[];
  firmware?: string;
  orderNumber?: string;
  lifecycle?: LifecycleState;
  legacy?: boolean;
  safety?: boolean;
  criticality?: number;
  notes?: string;
  slCapability?: Sl;
  capabilities?: Caps;
}

/** How much of a scope is assessed: share of the applicable requirements and its maturity. */
export interface Coverage {
  share: number;
  maturity: number;
}

/** Every applicable requirement assessed, everything implemented. */
export const COMPLETE: Coverage = { share: 1, maturity: 1 };
export const FULL = (maturity: number): Coverage => ({ share: 1, maturity });
export const HALF = (maturity: number): Coverage => ({ share: 0.5, maturity });

export interface ZoneSpec {
  id: string;
  name: string;
  kind: ZoneKind;
  description?: string;
  slTarget: Sl;
  rationale: string;
  parent?: string;
  /** First three octets of the zone's subnet. */
  subnet: string;
  owner: string;
  rooms: string[];
  assess?: Coverage;
  assets: Row[];
}

export interface ConduitSpec {
  id: string;
  name: string;
  description?: string;
  zones: string[];
  slTarget: Sl;
  rationale: string;
  measures?: ConduitMeasure[];
  channels: ChannelDoc[];
  assess?: Coverage;
}

export interface ControlSpec extends Omit<CompensatingControlDoc, 'assets'> {
  /** Explicit asset ids, or the product keys whose assets in the scope the control covers. */
  assets?: string[];
  products?: string[];
}

export interface SiteSpec {
  id: string;
  name: string;
  location: string;
  timezone: string;
  description: string;
  regulated?: boolean;
  zones: ZoneSpec[];
  conduits: ConduitSpec[];
  /** Results written by hand; they win over generated ones. */
  results: Record<string, Record<string, ResultInputDoc>>;
  controls: ControlSpec[];
  /** Threat scenarios of the risk register, written by hand (demo-risks.ts). */
  risks?: ThreatScenarioDoc[];
}

export const ch = (
  protocol: string,
  transport: ChannelDoc['transport'],
  port: number | undefined,
  from: string,
  to: string,
  description: string,
): ChannelDoc => ({
  protocol,
  ...(transport ? { transport } : {}),
  ...(port !== undefined ? { port } : {}),
  from,
  to,
  description,
});
