// Compensating controls of generated sites: written for zones whose legacy assets leave
// requirements unmet, in a mix of approved, expired and unapproved states.
import type { AssessmentDoc, CompensatingControlDoc, ResultInputDoc } from '../schemas/site-file.js';
import type { ControlKind } from '../schemas/vocabulary.js';
import { byCatalogOrder } from './applicable-requirements.js';
import { statusOf, UNMET } from './assessments.js';
import type { Rng } from './random.js';
import type { GenZone } from './zones-plan.js';

const APPROVERS = ['j.doe', 'r.fischer', 'h.larsen', 'c.martin', 'd.okafor'];

const CONTROL_TEXT: Readonly<Record<ControlKind, { description: string; rationale: string }>> = {
  segmentation: {
    description:
      'Legacy devices isolated in a dedicated VLAN behind a firewall rule set that only allows the listed SCADA flows.',
    rationale:
      'The devices cannot enforce the requirement themselves; restricting who can reach them reduces the exposure to the SCADA servers only.',
  },
  'jump-host': {
    description: 'All interactive access only through the remote-access jump host with MFA and session recording.',
    rationale: 'The device has no individual accounts; accountability is provided by the jump host instead.',
  },
  procedural: {
    description: 'Changes only under a work permit, with two-person review and an updated configuration backup.',
    rationale: 'Until the devices are replaced at the next major shutdown, an organisational control covers the gap.',
  },
  monitoring: {
    description:
      'Passive network monitoring alerts on any write, firmware download or new connection to these devices.',
    rationale: 'Malicious changes cannot be prevented on the device, but they are detected within minutes.',
  },
  physical: {
    description: 'Devices in locked cabinets in an access-controlled room; USB ports sealed.',
    rationale: 'Local access is the main remaining attack path for these unmanaged devices.',
  },
  other: {
    description: 'Application allow-listing on the host replaces the missing antivirus support.',
    rationale: 'The vendor does not qualify antivirus on this platform; allow-listing is supported.',
  },
};

function kindFor(requirements: readonly string[], rng: Rng): ControlKind {
  const fr = requirements[0]?.slice(3, 4);
  if (fr === '1') return rng.pick<ControlKind>(['jump-host', 'procedural']);
  if (fr === '3') return rng.pick<ControlKind>(['monitoring', 'other']);
  if (fr === '5') return 'segmentation';
  if (fr === '2') return rng.pick<ControlKind>(['jump-host', 'procedural', 'physical']);
  return rng.pick<ControlKind>(['segmentation', 'procedural', 'monitoring', 'physical']);
}

const addYears = (date: string, years: number): string => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** Controls for zones with legacy assets and unmet requirements. */
export function compensatingControlsFor(
  zones: readonly GenZone[],
  assessments: readonly AssessmentDoc[],
  rng: Rng,
): CompensatingControlDoc[] {
  const controls: CompensatingControlDoc[] = [];
  const byScope = new Map(assessments.map((a) => [a.scope, a]));
  let ci = 0;
  for (const z of zones) {
    if (z.legacyAssets.length === 0) continue;
    if (controls.length > 0 && !rng.chance(0.7)) continue;
    const results = byScope.get(z.doc.id)?.results ?? {};
    const unmet = Object.keys(results).filter((id) => UNMET.has(statusOf(results[id] as ResultInputDoc)));
    if (unmet.length === 0) continue;
    const requirements = rng.sample(unmet, rng.int(1, Math.min(3, unmet.length))).sort(byCatalogOrder);
    const kind = kindFor(requirements, rng);
    const c: CompensatingControlDoc = {
      id: `cc-${z.doc.id}-${String(++ci).padStart(2, '0')}`,
      scope: z.doc.id,
      requirements,
      assets: rng.sample(z.legacyAssets, rng.int(1, Math.min(4, z.legacyAssets.length))).sort(),
      kind,
      description: CONTROL_TEXT[kind].description,
      rationale: CONTROL_TEXT[kind].rationale,
    };
    // Most approved with an expiry; every 7th from the 3rd expired; every 7th from the 5th unapproved.
    const state = ci % 7 === 3 ? 'expired' : ci % 7 === 5 ? 'unapproved' : 'approved';
    if (state === 'approved') {
      c.approvedBy = rng.pick(APPROVERS);
      c.approvedAt = rng.date('2024-06-01', '2026-09-30');
      c.expires = addYears(c.approvedAt, rng.int(1, 3)).replace('-02-29', '-02-28');
      if (c.expires < '2026-12-31') c.expires = addYears(c.expires, 1).replace('-02-29', '-02-28');
    } else if (state === 'expired') {
      c.approvedBy = rng.pick(APPROVERS);
      c.approvedAt = rng.date('2023-01-01', '2024-06-30');
      c.expires = rng.date('2025-01-01', '2025-12-31');
    }
    controls.push(c);
  }
  return controls;
}
