// Zone exposure for advisory triage (issue #10 item 4): a zone is exposed when a conduit joins it
// to an enterprise, external or remote-access zone (IEC 62443-3-2 ZCR 3: those are the zones an
// attacker most plausibly comes from), or when it is such a zone itself.

export const EXPOSING_KINDS: ReadonlySet<string> = new Set(['enterprise', 'external', 'remote-access']);

export interface ExposureZone {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** Zone id → names of the exposing zones that reach it (empty when none). */
export function zoneExposure(
  zones: readonly ExposureZone[],
  conduits: readonly (readonly string[])[],
): Map<string, string[]> {
  const byId = new Map(zones.map((z) => [z.id, z]));
  const out = new Map<string, Set<string>>();
  for (const z of zones) out.set(z.id, new Set(EXPOSING_KINDS.has(z.kind) ? [z.name] : []));
  for (const members of conduits)
    for (const a of members)
      for (const b of members) {
        const other = byId.get(b);
        if (a !== b && other && EXPOSING_KINDS.has(other.kind)) out.get(a)?.add(other.name);
      }
  return new Map([...out].map(([id, names]) => [id, [...names].sort()]));
}
