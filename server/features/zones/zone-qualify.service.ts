// Component qualification: would a candidate component meet this zone's SL-T, FR by FR, and
// which 4-2 items fall short? Plants use it to choose equipment that moves a zone to target.
import Type from 'typebox';
import { assetCapability, countedItems } from '../../../core/iec62443/capability.js';
import { toVector } from '../../../core/iec62443/sl-vector.js';
import { Capabilities, ComponentClass, SlVectorInput, type AssetDoc } from '../../../core/schemas/site-file.js';
import { checkAssetFields } from '../../../core/sitefile/field-rules.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import { requirePermission } from '../access.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { throwIfIssues } from '../site-refs.js';
import { loadZone } from './zones.service.js';

export const QualifyBody = Type.Object(
  {
    componentClass: ComponentClass,
    slCapability: Type.Optional(SlVectorInput),
    capabilities: Type.Optional(Capabilities),
  },
  { additionalProperties: false },
);

export interface Qualification {
  site: string;
  zone: string;
  componentClass: NonNullable<AssetDoc['componentClass']>;
  slTarget: number[];
  slCapability: number[];
  meets: boolean;
  fr: {
    fr: number;
    target: number;
    capability: number;
    meets: boolean;
    shortfall: { id: string; minSl: number; title: string }[];
  }[];
}

export async function qualifyComponent(
  db: Db,
  actor: Actor,
  siteId: string,
  zoneId: string,
  body: unknown,
): Promise<Qualification> {
  requirePermission(actor, 'site.read', siteId);
  const input = await validate<{
    componentClass: NonNullable<AssetDoc['componentClass']>;
    slCapability?: number | number[];
    capabilities?: Record<string, 'met' | 'not-met'>;
  }>(QualifyBody, body);
  const issues: Issue[] = [];
  if (input.slCapability === undefined && input.capabilities === undefined)
    issues.push({ path: [], message: 'give the candidate\'s declared "slCapability" or its 4-2 "capabilities"' });
  checkAssetFields(input, [], issues);
  throwIfIssues(issues);

  const zone = await loadZone(db.kysely, siteId, zoneId);
  if (zone.slTarget === undefined)
    throw new AppError(
      'C981_ERR_CONFLICT',
      `zone "${zoneId}" has no SL-T; set one before qualifying components against it`,
    );
  const slTarget = toVector(zone.slTarget);
  const candidate: AssetDoc = { id: 'candidate', name: 'candidate', type: 'other', ...input };
  const slCapability = assetCapability(candidate) ?? [0, 0, 0, 0, 0, 0, 0];
  // Shortfalls are only knowable item by item when capabilities (not a declared SL-C) are given.
  const declared = input.slCapability !== undefined;
  const items = declared ? [] : countedItems(input.componentClass);
  const fr = slTarget.map((target, i) => {
    const capability = slCapability[i] ?? 0;
    const shortfall = items
      .filter((it) => it.fr === i + 1 && (it.minSl ?? 5) <= target && input.capabilities?.[it.id] !== 'met')
      .map((it) => ({ id: it.id, minSl: it.minSl ?? 0, title: it.title }));
    return { fr: i + 1, target, capability, meets: capability >= target, shortfall };
  });
  return {
    site: siteId,
    zone: zoneId,
    componentClass: input.componentClass,
    slTarget,
    slCapability,
    meets: fr.every((f) => f.meets),
    fr,
  };
}
