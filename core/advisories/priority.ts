// How urgent a matched advisory is on this asset (issue #10 item 4): the vulnerability's severity,
// the zone's target security level (IEC 62443-3-3: a higher SL-T means the zone must resist
// stronger attackers), whether the zone is reachable from enterprise, external or remote-access
// zones through a conduit, whether the asset is legacy, and whether a fix exists. The factors are
// returned as words so the list can say why an item is on top.

export interface PriorityInput {
  readonly verdict: 'affected' | 'review' | 'not-affected';
  readonly maxCvssV3: number | null;
  readonly maxCvssV4: number | null;
  /** Highest SL-T of the asset's zone over FR 1–7. */
  readonly zoneSlT: number | null;
  readonly exposedVia: readonly string[];
  readonly legacy: boolean;
  readonly fixAvailable: boolean;
  readonly remediations: readonly string[];
}

export function vulnerabilityPriority(i: PriorityInput): { priority: number; factors: string[] } {
  const factors: string[] = [];
  const cvss = i.maxCvssV3 ?? i.maxCvssV4;
  // An unscored advisory counts as medium rather than zero: missing data must not bury it.
  const severity = cvss ?? 5;
  factors.push(cvss === null ? 'no CVSS score (counted as 5.0)' : `CVSS ${cvss.toFixed(1)}`);
  let score = severity * 10;
  if (i.zoneSlT !== null && i.zoneSlT > 0) {
    score += i.zoneSlT * 10;
    factors.push(`zone SL-T ${i.zoneSlT}`);
  }
  if (i.exposedVia.length > 0) {
    score += 25;
    factors.push(`reachable from ${i.exposedVia.join(', ')}`);
  }
  if (i.legacy) {
    score += 10;
    factors.push('legacy');
  }
  if (i.fixAvailable) {
    // A fix that exists is work that can be scheduled now.
    score += 10;
    factors.push('fix available');
  } else if (i.remediations.includes('no_fix_planned') || i.remediations.includes('none_available')) {
    factors.push('no fix — compensating controls only');
  }
  if (i.verdict === 'review') {
    score *= 0.6;
    factors.push('needs review');
  }
  return { priority: Math.round(score), factors };
}

/** A vendor fix is on offer (not only mitigations, not "no fix planned"). */
export function fixAvailableOf(remediations: readonly string[], fixedIn: readonly string[]): boolean {
  return remediations.includes('vendor_fix') || remediations.includes('optional_patch') || fixedIn.length > 0;
}
