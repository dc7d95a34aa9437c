// Site 3, Emmen: food packaging (Rockwell process, Beckhoff / B&R / Omron OEM lines).
// The site itself, with the assessment results and compensating controls written by hand.
import { emmenConduits } from './emmen-packaging-conduits.js';
import { emmenZones } from './emmen-packaging-zones.js';
import type { SiteSpec } from './model.js';

export const emmen: SiteSpec = {
  id: 'emmen-packaging',
  name: 'Emmen food packaging plant',
  location: 'Emmen, CH',
  timezone: 'Europe/Zurich',
  description:
    'Ready meals and sauces: mixing and CIP on Rockwell, an aseptic filling line from a Beckhoff-based OEM, case packing and palletising on B&R and Omron, ammonia refrigeration.',
  zones: emmenZones,
  conduits: emmenConduits,
  results: {
    'emm-ctl-pack': {
      'SR 3.2': {
        status: 'not-implemented',
        note: 'Label printing PC runs Windows XP without antivirus.',
        assessedBy: 'e.novak',
        assessedAt: '2026-09-08',
      },
      'SR 2.1': {
        status: 'not-implemented',
        note: 'Shrink tunnel S7-300 without access protection.',
        assessedBy: 'e.novak',
        assessedAt: '2026-09-08',
      },
      'SR 1.1': 'partial',
    },
    'emm-ctl-fill': {
      'SR 1.13': {
        status: 'partial',
        note: 'The OEM eWON is a second remote path that bypasses the jump host.',
        assessedBy: 'e.novak',
        assessedAt: '2026-09-09',
      },
    },
  },
  controls: [
    {
      id: 'cc-emm-label-pc',
      scope: 'emm-ctl-pack',
      requirements: ['SR 3.2'],
      products: ['optiplex-780'],
      kind: 'other',
      description:
        'Application allow-listing and USB lock-down on the label printing PC; file transfer only through a scanned share.',
      rationale:
        'The label printer driver exists only for Windows XP; replacement of the printer is in the 2027 budget request. Proposed by OT security, awaiting the plant manager.',
    },
    {
      id: 'cc-emm-shrink-tunnel',
      scope: 'emm-ctl-pack',
      requirements: ['SR 2.1'],
      products: ['s7-315'],
      kind: 'segmentation',
      description:
        'The shrink tunnel PLC sits behind its own switch port ACL; only the labeller controller and the engineering workstation may reach it.',
      rationale: 'The S7-300 cannot enforce authorisation; the ACL limits who can write to it.',
      approvedBy: 'd.okafor',
      approvedAt: '2026-04-15',
      expires: '2027-09-30',
    },
    {
      id: 'cc-emm-oem-ewon',
      scope: 'emm-ctl-fill',
      requirements: ['SR 1.13'],
      kind: 'procedural',
      description:
        'The OEM eWON is powered only on request: the shift leader switches it on with a key switch and logs the session.',
      rationale: 'The OEM contract requires its own remote path for warranty; the key switch keeps it off by default.',
      approvedBy: 'd.okafor',
      approvedAt: '2025-10-01',
      expires: '2026-12-31',
    },
  ],
};
