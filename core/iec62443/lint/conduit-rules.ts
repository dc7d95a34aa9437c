// Conduit rules: which zone kinds may be joined directly (IEC 62443-3-2 ZCR 3.3, 3.6), and whether
// a conduit's target keeps up with the zones it joins.
import type { ConduitDoc, ZoneDoc } from '../../schemas/site-file.js';
import type { ZoneKind } from '../../schemas/vocabulary.js';
import { toVector } from '../sl-vector.js';
import { idList, labelled } from './message-format.js';
import type { LintRule, Violation } from './rule.js';
import type { SiteIndex } from './site-index.js';

/** Zones outside the plant's control, or its office network. */
const OUTSIDE_KINDS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['external', 'enterprise']);
/** Zones that run the process. */
const PROCESS_KINDS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['control', 'safety', 'field']);
/** Zones a safety zone must never talk to directly. */
const SAFETY_EXPOSING_KINDS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['enterprise', 'external', 'remote-access']);

/** The conduit's zones that exist in the site (dangling ids are the site-file check's business). */
const joinedZones = (index: SiteIndex, conduit: ConduitDoc): ZoneDoc[] =>
  conduit.zones.flatMap((id) => {
    const zone = index.zoneById.get(id);
    return zone ? [zone] : [];
  });

const withKind = (zones: readonly ZoneDoc[]) => labelled(zones.map((z) => ({ id: z.id, label: z.kind })));

/** A rule that fires when a conduit joins a zone of one set of kinds to a zone of another. */
function kindPairCheck(
  near: ReadonlySet<ZoneKind>,
  far: ReadonlySet<ZoneKind>,
  describe: (conduit: ConduitDoc, near: string, far: string) => string,
): LintRule['check'] {
  return (index) => {
    const out: Violation[] = [];
    for (const conduit of index.conduits) {
      const zones = joinedZones(index, conduit);
      const a = zones.filter((z) => near.has(z.kind));
      const b = zones.filter((z) => far.has(z.kind));
      if (a.length > 0 && b.length > 0)
        out.push({ subjectId: conduit.id, message: describe(conduit, withKind(a), withKind(b)) });
    }
    return out;
  };
}

export const CONDUIT_EXTERNAL_DIRECT: LintRule = {
  id: 'CONDUIT-EXTERNAL-DIRECT',
  severity: 'error',
  subject: 'conduit',
  // IEC 62443-3-2 ZCR 3.6: devices reached over external networks are separated from the process;
  // in practice a DMZ sits between the outside (or the office network) and control zones.
  clause: 'IEC 62443-3-2 ZCR 3.6',
  summary: 'A conduit joins an external or enterprise zone directly to a control, safety or field zone.',
  check: kindPairCheck(
    OUTSIDE_KINDS,
    PROCESS_KINDS,
    (c, outside, process) =>
      `Conduit ${c.id} joins ${outside} directly to ${process}; route the traffic through a DMZ zone.`,
  ),
};

export const CONDUIT_SAFETY_EXPOSED: LintRule = {
  id: 'CONDUIT-SAFETY-EXPOSED',
  severity: 'error',
  subject: 'conduit',
  // IEC 62443-3-2 ZCR 3.3: safety zones are separated; a direct path from the office, the outside
  // or remote access defeats that separation.
  clause: 'IEC 62443-3-2 ZCR 3.3',
  summary: 'A conduit joins a safety zone directly to an enterprise, external or remote-access zone.',
  check: kindPairCheck(
    new Set<ZoneKind>(['safety']),
    SAFETY_EXPOSING_KINDS,
    (c, safety, exposed) =>
      `Conduit ${c.id} exposes safety zone ${safety} directly to ${exposed}; safety zones should talk only to the control network.`,
  ),
};

export const CONDUIT_SLT_BELOW_ZONE: LintRule = {
  id: 'CONDUIT-SLT-BELOW-ZONE',
  severity: 'warning',
  subject: 'conduit',
  // IEC 62443-3-2 ZCR 5.6: conduits get an SL-T too; one weaker than the zones it serves becomes
  // the easiest way into the better-protected zone.
  clause: 'IEC 62443-3-2 ZCR 5.6',
  summary: "A conduit's SL-T is below the higher SL-T of the zones it joins in some FR.",
  check(index) {
    const out: Violation[] = [];
    for (const conduit of index.conduits) {
      if (conduit.slTarget === undefined) continue;
      const own = toVector(conduit.slTarget);
      // Zones without SL-T are left out (ZONE-NO-SLT reports them).
      const targets = joinedZones(index, conduit).flatMap((z) =>
        z.slTarget === undefined ? [] : [{ id: z.id, target: toVector(z.slTarget) }],
      );
      if (targets.length === 0) continue;
      const shortfalls: string[] = [];
      own.forEach((level, i) => {
        const highest = Math.max(...targets.map((t) => t.target[i] ?? 0));
        if (level >= highest) return;
        const holders = targets.filter((t) => (t.target[i] ?? 0) === highest).map((t) => t.id);
        shortfalls.push(`FR ${i + 1} (${level} < ${highest} of ${idList(holders)})`);
      });
      if (shortfalls.length > 0)
        out.push({
          subjectId: conduit.id,
          message: `Conduit ${conduit.id} has an SL-T below the zones it joins in ${shortfalls.join(', ')}; raise the conduit's SL-T.`,
        });
    }
    return out;
  },
};
