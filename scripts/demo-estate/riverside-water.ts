// Site 2, Riverside: water utility (AVEVA / Geo SCADA, Rockwell works PLCs, SCADAPack outstations).
// The site itself, with the assessment results and compensating controls written by hand.
import { riversideConduits } from './riverside-water-conduits.js';
import { riversideZones } from './riverside-water-zones.js';
import { riversideRisks } from './demo-risks.js';
import type { SiteSpec } from './model.js';

export const riverside: SiteSpec = {
  id: 'riverside-water',
  name: 'Riverside water treatment works',
  location: 'Reading, GB',
  timezone: 'Europe/London',
  description:
    'Drinking water for about 250,000 people: river intake, treatment works with ozone and GAC filtration, and a telemetry network of reservoirs, boreholes and pumping stations.',
  zones: riversideZones,
  conduits: riversideConduits,
  results: {
    'rvw-outstations': {
      'SR 1.2': {
        status: 'not-implemented',
        note: 'SCADAPack 357 outstations cannot use DNP3 Secure Authentication.',
        assessedBy: 'l.nguyen',
        assessedAt: '2026-05-18',
      },
      'SR 3.1': {
        status: 'partial',
        note: 'Integrity only inside the IPsec tunnel, not end to end.',
        assessedBy: 'l.nguyen',
        assessedAt: '2026-05-18',
      },
    },
    'rvw-ctl-wtw': {
      'SR 2.1': {
        status: 'not-implemented',
        note: 'SLC 500 and PanelView Plus 6 accept writes from any host on the works network.',
      },
      'SR 1.1': 'partial',
    },
    'rvw-scada': {
      'SR 3.2': {
        status: 'partial',
        note: 'The old telemetry server (Windows Server 2008 R2) has no supported antivirus.',
        assessedBy: 'l.nguyen',
        assessedAt: '2026-06-03',
      },
    },
  },
  controls: [
    {
      id: 'cc-rvw-outstation-ipsec',
      scope: 'rvw-outstations',
      requirements: ['SR 1.2', 'SR 3.1'],
      products: ['scadapack-357'],
      kind: 'segmentation',
      description:
        'Each outstation is reachable only through an IPsec tunnel from its cellular router to the SCADA firewall; the private APN drops all other traffic.',
      rationale:
        'SCADAPack 357 firmware cannot authenticate DNP3 messages; the tunnel authenticates the site instead. Replacement by SCADAPack 474 is planned for 2028.',
      approvedBy: 'h.larsen',
      approvedAt: '2025-09-15',
      expires: '2027-12-31',
    },
    {
      id: 'cc-rvw-backwash',
      scope: 'rvw-ctl-wtw',
      requirements: ['SR 2.1'],
      products: ['slc-500', 'panelview-plus6'],
      kind: 'physical',
      description:
        'Backwash PLC and panel in a locked MCC room; the PLC key switch is kept in RUN with the key held by the shift leader.',
      rationale:
        'The SLC 500 has no authorisation; physical access control limits who can change it until the 2027 migration.',
      approvedBy: 'h.larsen',
      approvedAt: '2024-05-20',
      expires: '2026-06-30',
    },
    {
      id: 'cc-rvw-old-telemetry',
      scope: 'rvw-scada',
      requirements: ['SR 3.2'],
      products: ['dl380-g7'],
      kind: 'monitoring',
      description:
        'The old telemetry server may talk only to the Geo SCADA main server and one engineering workstation; passive network monitoring alerts on any other connection.',
      rationale:
        'No supported antivirus exists for the platform; isolation and monitoring bound the risk until it is decommissioned in 2027.',
      approvedBy: 'c.martin',
      approvedAt: '2026-01-15',
      expires: '2027-01-31',
    },
  ],
  risks: riversideRisks,
};
