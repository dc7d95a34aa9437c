// The canonical form of site-file entities (DESIGN §4): stable key and entity order, vectors as
// 7-element arrays, optional keys omitted when empty. Export writes it; import compares in it,
// so an unchanged entity is recognised and left alone.
import { compare33, compare42 } from '../iec62443/catalog.js';
import { parseCidr } from '../net/cidr.js';
import { canonicalScenario } from '../iec62443/risk/canonical-scenario.js';
import { canonicalMatrix } from '../iec62443/risk/matrix.js';
import { toVector } from '../iec62443/sl-vector.js';
import type {
  AssessmentDoc,
  AssetDoc,
  CompensatingControlDoc,
  ConduitDoc,
  ResultInputDoc,
  SiteDoc,
  ZoneDoc,
} from '../schemas/site-file.js';
import { FOLLOW_ORGANIZATION } from '../schemas/site-file.js';
import type { RiskMatrix } from '../schemas/risk-matrix.js';
import { normalizeMac } from './field-rules.js';

/** Copies `keys` of `src` in that order, dropping undefined, null, empty lists and empty maps. */
function pick<T extends object>(src: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const k of keys) {
    const v = src[k];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/** Entity order of the canonical form: by id, in code-unit order (never locale collation). */
export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function canonicalZone(z: ZoneDoc): ZoneDoc {
  return pick(
    {
      ...z,
      slTarget: z.slTarget === undefined ? undefined : toVector(z.slTarget),
      // Invalid prefixes are left as written: the subnet rules report them.
      subnets:
        z.subnets === undefined || z.subnets.length === 0
          ? undefined
          : z.subnets.map((text) => {
              const parsed = parseCidr(text);
              return parsed.ok ? parsed.cidr.text : text;
            }),
    },
    ['id', 'name', 'kind', 'description', 'slTarget', 'rationale', 'parent', 'position', 'subnets'],
  );
}

export function canonicalConduit(c: ConduitDoc): ConduitDoc {
  return pick(
    {
      ...c,
      slTarget: c.slTarget === undefined ? undefined : toVector(c.slTarget),
      channels: c.channels?.map((ch) => pick(ch, ['protocol', 'transport', 'port', 'from', 'to', 'description'])),
    },
    ['id', 'name', 'description', 'zones', 'slTarget', 'rationale', 'measures', 'channels'],
  );
}

export function canonicalAsset(a: AssetDoc): AssetDoc {
  const capabilities = a.capabilities
    ? Object.fromEntries(Object.entries(a.capabilities).sort(([x], [y]) => compare42(x, y)))
    : undefined;
  return pick(
    {
      ...a,
      mac: a.mac?.map(normalizeMac),
      legacy: a.legacy === true ? true : undefined,
      // An SIS controller is always part of the safety system (DESIGN §4).
      safety: a.safety === true || a.type === 'sis-controller' ? true : undefined,
      slCapability: a.slCapability === undefined ? undefined : toVector(a.slCapability),
      capabilities,
    },
    [
      'id',
      'name',
      'zone',
      'type',
      'componentClass',
      'vendor',
      'model',
      'firmware',
      'orderNumber',
      'serial',
      'ip',
      'mac',
      'lifecycle',
      'legacy',
      'safety',
      'criticality',
      'owner',
      'location',
      'notes',
      'lastSeen',
      'slCapability',
      'capabilities',
    ],
  );
}

/** A result with nothing but a status is written as the bare status string. */
export function canonicalResult(r: ResultInputDoc): ResultInputDoc {
  if (typeof r === 'string') return r;
  const detail = pick(r, ['status', 'note', 'evidence', 'assessedBy', 'assessedAt']);
  return Object.keys(detail).length === 1 ? detail.status : detail;
}

export function canonicalAssessment(a: AssessmentDoc): AssessmentDoc {
  const results = Object.entries(a.results)
    .sort(([x], [y]) => compare33(x, y))
    .map(([id, r]) => [id, canonicalResult(r)] as const);
  return { scope: a.scope, results: Object.fromEntries(results) };
}

export function canonicalControl(c: CompensatingControlDoc): CompensatingControlDoc {
  return pick(c, [
    'id',
    'scope',
    'requirements',
    'assets',
    'kind',
    'description',
    'rationale',
    'approvedBy',
    'approvedAt',
    'expires',
  ]);
}

/**
 * A site in canonical form: every collection present, `regulated` always stated. `riskMatrix` is
 * the site's own matrix (absent: it follows the organization's) and `risks` its threat scenarios
 * (absent when there are none), so a site without risk data exports as it did before issue #6.
 */
export type CanonicalSite = Omit<SiteDoc, 'riskMatrix'> &
  Required<Pick<SiteDoc, 'regulated' | 'zones' | 'conduits' | 'assets' | 'assessments' | 'compensatingControls'>> & {
    riskMatrix?: RiskMatrix;
  };

export function canonicalSite(s: SiteDoc): CanonicalSite {
  const head: Pick<SiteDoc, 'id' | 'name' | 'location' | 'timezone' | 'description'> = pick(
    { ...s, regulated: s.regulated ?? false },
    ['id', 'name', 'location', 'timezone', 'description', 'regulated'],
  );
  return {
    ...head,
    regulated: s.regulated ?? false,
    zones: (s.zones ?? []).map(canonicalZone).sort(byId),
    conduits: (s.conduits ?? []).map(canonicalConduit).sort(byId),
    assets: (s.assets ?? []).map(canonicalAsset).sort(byId),
    assessments: (s.assessments ?? [])
      .filter((a) => Object.keys(a.results).length > 0)
      .map(canonicalAssessment)
      .sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0)),
    compensatingControls: (s.compensatingControls ?? []).map(canonicalControl).sort(byId),
    ...(s.riskMatrix !== undefined && s.riskMatrix !== FOLLOW_ORGANIZATION
      ? { riskMatrix: canonicalMatrix(s.riskMatrix) }
      : {}),
    ...(s.risks && s.risks.length > 0 ? { risks: s.risks.map(canonicalScenario).sort(byId) } : {}),
  };
}
