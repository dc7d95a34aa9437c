// Zone planning for generated sites: which zone kinds a site gets, their names, SL-Ts and the
// rationales an assessor would write for them.
import type { ZoneDoc } from '../schemas/site-file.js';
import type { ZoneKind } from '../schemas/vocabulary.js';
import type { Rng } from './random.js';

export const ZONE_PREFIX: Readonly<Record<ZoneKind, string>> = {
  enterprise: 'ent',
  dmz: 'dmz',
  supervisory: 'sup',
  control: 'ctl',
  safety: 'sis',
  field: 'fld',
  wireless: 'wl',
  'remote-access': 'ra',
  external: 'ext',
};

/** Diagram column (Purdue order, enterprise left → field right). */
export const ZONE_COLUMN: Readonly<Record<ZoneKind, number>> = {
  external: 0,
  enterprise: 0,
  dmz: 1,
  'remote-access': 1,
  supervisory: 2,
  wireless: 3,
  control: 3,
  safety: 3,
  field: 4,
};

/** Typical SL-T per zone kind. */
export const ZONE_BASE_SL: Readonly<Record<ZoneKind, number>> = {
  external: 1,
  enterprise: 1,
  dmz: 2,
  'remote-access': 2,
  supervisory: 2,
  wireless: 2,
  control: 2,
  safety: 3,
  field: 1,
};

export const RATIONALES: Readonly<Record<ZoneKind, readonly string[]>> = {
  external: ['Untrusted networks; no security level is claimed.'],
  enterprise: [
    'Business network; a compromise affects planning and reporting but not the process directly.',
    'Office IT under corporate security policy; SL 1 against casual misuse is sufficient here.',
  ],
  dmz: [
    'Boundary between IT and OT; the only place where both sides meet, so it must resist a targeted attacker with IT skills.',
    'Hosts replicated data and jump services exposed to the business network; SL 2 against intentional, low-resource attacks.',
  ],
  'remote-access': [
    'Vendor and remote-engineer access terminates here; credentials are the main attack surface.',
    'Remote sessions from untrusted networks; strong identification (FR 1) and use control (FR 2) matter most.',
  ],
  supervisory: [
    'Operator and engineering stations; loss or manipulation would blind operators and can cause product loss.',
    'SCADA and historian servers; a compromise allows plant-wide manipulation of setpoints.',
  ],
  control: [
    'Controllers of the process; worst credible consequence is batch loss and equipment damage.',
    'Controllers and local HMIs; manipulation could cause off-spec production or an unplanned shutdown.',
    'Basic process control; integrity (FR 3) and availability (FR 7) dominate the risk assessment.',
  ],
  safety: [
    'Safety instrumented functions protect against hazardous events; the consequence of compromise is harm to people.',
    'SIS logic solvers (IEC 61511); must resist a sophisticated attacker with process knowledge.',
  ],
  field: [
    'Field devices with limited security capability; protected mainly by the zones above them.',
    'Drives, remote I/O and instruments on the control network; consequence limited to one unit.',
  ],
  wireless: [
    'Wireless coverage extends beyond the fence; eavesdropping and rogue devices are credible threats.',
    'Mobile operator devices and wireless sensors; confidentiality (FR 4) is raised for the radio link.',
  ],
};

export interface ZonePlan {
  kind: ZoneKind;
  area: string;
  areaIndex: number;
}

/** Which zone kinds a site with n zones gets, each tied to a plant area. */
export function planZones(n: number, areas: readonly string[], rng: Rng): ZonePlan[] {
  const area = (i: number): string => areas[i % areas.length] as string;
  const core: ZoneKind[] = [
    'control',
    'supervisory',
    'dmz',
    'safety',
    'field',
    'enterprise',
    'remote-access',
    'wireless',
  ];
  const out: ZonePlan[] = core
    .slice(0, Math.min(n, core.length))
    .map((kind) => ({ kind, area: area(0), areaIndex: 0 }));
  let a = 1;
  while (out.length < n) {
    const group: ZoneKind[] = ['control', 'field'];
    if (rng.chance(0.4)) group.push('safety');
    if (a % 4 === 0) group.unshift('supervisory');
    if (rng.chance(0.15)) group.push('wireless');
    for (const kind of group) {
      if (out.length >= n) break;
      out.push({ kind, area: area(a), areaIndex: a });
    }
    a++;
  }
  return out;
}

export function zoneName(kind: ZoneKind, area: string, first: boolean): string {
  switch (kind) {
    case 'enterprise':
      return first ? 'Site business network' : `${area} office network`;
    case 'dmz':
      return first ? 'Plant DMZ' : `${area} DMZ`;
    case 'remote-access':
      return first ? 'Remote access' : `${area} remote access`;
    case 'supervisory':
      return first ? 'Central control room' : `${area} supervisory`;
    case 'control':
      return `${area} control`;
    case 'safety':
      return `${area} safety instrumented system`;
    case 'field':
      return `${area} field network`;
    case 'wireless':
      return `${area} wireless`;
    case 'external':
      return 'External networks';
  }
}

const clampSl = (n: number): number => Math.max(1, Math.min(4, n));

/** A single level (about half the time) or a 7-vector around the base level. */
export function slTargetAround(base: number, rng: Rng, kind?: ZoneKind): number | number[] {
  if (rng.chance(0.5)) return base;
  const v = [base, base, base, base, base, base, base].map((x) => {
    const r = rng.float();
    return clampSl(r < 0.15 ? x - 1 : r > 0.85 ? x + 1 : x);
  });
  // Typical emphasis: integrity and availability for control/safety, confidentiality on radio.
  if (kind === 'safety') v[2] = Math.max(v[2] ?? base, 3);
  if (kind === 'wireless') v[3] = Math.max(v[3] ?? base, 2);
  // Values 4 stay rare.
  return v.map((x) => (x === 4 && !rng.chance(0.3) ? 3 : x));
}

export interface GenZone {
  doc: ZoneDoc;
  areaIndex: number;
  area: string;
  base: number;
  /** Subnets allocated to the zone (as 16-bit subnet indexes) and the next host number. */
  subnet: number;
  host: number;
  legacyAssets: string[];
}
