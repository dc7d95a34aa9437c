// Site 1, Basel: regulated pharma API plant (Siemens PCS 7, Emerson DeltaV, Rockwell package unit).
// The site itself, with the assessment results and compensating controls written by hand.
import { baselConduits } from './basel-conduits.js';
import { baselZones } from './basel-zones.js';
import { baselRisks } from './demo-risks.js';
import type { SiteSpec } from './model.js';

export const basel: SiteSpec = {
  id: 'basel',
  name: 'Basel API plant',
  location: 'Basel, CH',
  timezone: 'Europe/Zurich',
  description:
    'Active pharmaceutical ingredient (API) synthesis and purification under GMP. Reactor trains on SIMATIC PCS 7, purification on Emerson DeltaV, an OEM solvent recovery unit on Rockwell.',
  regulated: true,
  zones: baselZones,
  conduits: baselConduits,
  results: {
    'bsl-ctl-solv': {
      'SR 1.1 RE 1': {
        status: 'partial',
        note: 'PanelView Plus 6 and the XP HMI use one shared operator account.',
        assessedBy: 'a.keller',
        assessedAt: '2026-03-12',
      },
      'SR 3.2': {
        status: 'not-implemented',
        note: 'Windows XP HMI: no supported antivirus or allow-listing agent.',
        assessedBy: 'a.keller',
        assessedAt: '2026-03-12',
      },
      'SR 7.6': 'partial',
    },
    'bsl-ctl-util': {
      'SR 2.1': {
        status: 'not-implemented',
        note: 'S7-300 CPUs run without access protection; any host on the plant bus could write.',
        assessedBy: 'a.keller',
        assessedAt: '2026-02-20',
      },
    },
    'bsl-ctl-pur': {
      'SR 1.13 RE 1': {
        status: 'planned',
        note: 'Per-session approval for Emerson access to be added with the DeltaV 15 upgrade.',
      },
    },
    'bsl-ra': {
      'SR 1.1 RE 2': {
        status: 'implemented',
        note: 'GlobalProtect with hardware tokens for all remote users.',
        evidence: ['https://dms.helvetia-pi.example/ot-security/basel/RA-MFA-test-2026.pdf'],
        assessedBy: 'm.rossi',
        assessedAt: '2026-04-02',
      },
    },
  },
  controls: [
    {
      id: 'cc-bsl-xp-hmi',
      scope: 'bsl-ctl-solv',
      requirements: ['SR 3.2'],
      products: ['pc677b-xp'],
      kind: 'other',
      description:
        'Application allow-listing (offline mode) on the XP HMI, USB ports disabled in BIOS, the HMI reachable only from the solvent tank farm PLC.',
      rationale:
        'The HMI runs an unsupported OS that cannot host antivirus; replacement is planned in the 2027 shutdown.',
      approvedBy: 'j.doe',
      approvedAt: '2026-03-01',
      expires: '2027-03-01',
    },
    {
      id: 'cc-bsl-s7-300',
      scope: 'bsl-ctl-util',
      requirements: ['SR 2.1'],
      products: ['s7-315'],
      kind: 'segmentation',
      description:
        'A SCALANCE cell firewall admits S7 connections to the S7-300 CPUs only from the two OS servers and the engineering station.',
      rationale:
        'The CPUs cannot enforce authorisation themselves; limiting who can reach them removes most of the exposure until the 2028 migration.',
      approvedBy: 'r.fischer',
      approvedAt: '2025-11-10',
      expires: '2027-06-30',
    },
    {
      id: 'cc-bsl-shared-panel',
      scope: 'bsl-ctl-solv',
      requirements: ['SR 1.1 RE 1'],
      products: ['panelview-plus6', 'pc677b-xp'],
      kind: 'procedural',
      description:
        'The shift log records who operates the solvent recovery panels; the panels are in a locked control room.',
      rationale: 'The panels support only one operator account; accountability comes from the shift log.',
      approvedBy: 'm.keller',
      approvedAt: '2024-02-15',
      expires: '2025-12-31',
    },
    {
      id: 'cc-bsl-deltav-vendor',
      scope: 'bsl-ctl-pur',
      requirements: ['SR 1.13 RE 1'],
      kind: 'jump-host',
      description:
        'During the DeltaV 15 upgrade Emerson engineers connect through the jump host without per-session approval; all sessions are recorded and reviewed weekly.',
      rationale:
        'Per-session approval would delay the upgrade; recording and review give after-the-fact control. Awaiting QA approval (change CC-2026-114).',
      expires: '2027-01-31',
    },
  ],
  risks: baselRisks,
};
