// Whether the components of a zone can reach its target at all: the zone's SL-C (the weakest known
// asset SL-C per FR, DESIGN §3.4) compared with its SL-T.
import type { AssetDoc } from '../../schemas/site-file.js';
import { assetCapability } from '../capability.js';
import { toVector } from '../sl-vector.js';
import { idList, nounFor } from './message-format.js';
import type { LintRule, Violation } from './rule.js';

interface Shortfall {
  fr: number;
  capability: number;
  target: number;
}

export const ZONE_SLC_BELOW_SLT: LintRule = {
  id: 'ZONE-SLC-BELOW-SLT',
  severity: 'warning',
  subject: 'zone',
  // No single clause: IEC 62443-4-2 capability (SL-C) set against the 3-2 target (SL-T) is the
  // comparison the standards build on, but none of them states it as one requirement.
  clause: null,
  summary: "A zone's known capability SL-C (its weakest asset per FR) is below its SL-T in some FR.",
  check(index) {
    const out: Violation[] = [];
    for (const zone of index.zones) {
      if (zone.slTarget === undefined) continue;
      const target = toVector(zone.slTarget);
      const known = index
        .assetsInService(zone.id)
        .map((asset) => ({ asset, capability: assetCapability(asset) }))
        .filter((k): k is { asset: AssetDoc; capability: number[] } => k.capability !== null);
      if (known.length === 0) continue;

      const zoneCapability = [4, 4, 4, 4, 4, 4, 4];
      for (const k of known) k.capability.forEach((v, i) => (zoneCapability[i] = Math.min(zoneCapability[i] ?? 4, v)));
      const shortfalls: Shortfall[] = [];
      zoneCapability.forEach((capability, i) => {
        const t = target[i] ?? 0;
        if (capability < t) shortfalls.push({ fr: i + 1, capability, target: t });
      });
      if (shortfalls.length === 0) continue;

      // Name the assets that hold the zone back: those below the target in a short FR.
      const weak = known
        .filter((k) => shortfalls.some((s) => (k.capability[s.fr - 1] ?? 0) < s.target))
        .map((k) => k.asset.id);
      const frs = shortfalls.map((s) => `FR ${s.fr} (SL-C ${s.capability} < SL-T ${s.target})`).join(', ');
      out.push({
        subjectId: zone.id,
        message: `Zone ${zone.id} has a capability below its target in ${frs}, held back by ${nounFor(weak.length, 'asset')} ${idList(weak)}.`,
      });
    }
    return out;
  },
};
