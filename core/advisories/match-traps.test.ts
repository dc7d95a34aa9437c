// Hand-written cases per trap named in issue #10: each a tiny CSAF document built here, matched
// against assets whose right verdict is known.
import { describe, expect, it } from 'vitest';
import { buildAdvisoryIndex } from './advisory-index.js';
import type { InventoryAsset } from './advisory-index.js';
import type { CsafDocument } from './csaf-document.js';
import { matchInventory } from './match-inventory.js';
import { normalizeCsaf } from './normalize.js';

interface Row {
  id: string;
  product: string;
  version?: string;
  range?: string;
  models?: string[];
}

function csaf(
  trackingId: string,
  vendor: string,
  rows: Row[],
  status: Record<string, string[]> | null,
  remediations: { category: string; details: string; product_ids: string[] }[] = [],
): CsafDocument {
  const byProduct = new Map<string, Row[]>();
  for (const r of rows) byProduct.set(r.product, [...(byProduct.get(r.product) ?? []), r]);
  return {
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      title: `${trackingId} test`,
      publisher: { category: 'vendor', name: vendor, namespace: 'https://example.test' },
      tracking: { id: trackingId, version: '1', status: 'final', current_release_date: '2026-01-01T00:00:00Z' },
    },
    product_tree: {
      branches: [
        {
          category: 'vendor',
          name: vendor,
          branches: [...byProduct].map(([name, list]) => ({
            category: 'product_name',
            name,
            branches: list.map((r) => ({
              category: r.range ? 'product_version_range' : 'product_version',
              name: r.range ?? r.version ?? 'vers:all/*',
              product: {
                name: `${name} ${r.range ?? r.version ?? ''}`,
                product_id: r.id,
                ...(r.models ? { product_identification_helper: { model_numbers: r.models } } : {}),
              },
            })),
          })),
        },
      ],
    },
    vulnerabilities: [
      {
        cve: `CVE-2026-${trackingId.replace(/\D/g, '').slice(-4).padStart(4, '0')}`,
        ...(status ? { product_status: status } : {}),
        remediations,
        scores: [
          {
            products: rows.map((r) => r.id),
            cvss_v3: { baseScore: 8.1, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', version: '3.1' },
          },
        ],
      },
    ],
  };
}

function verdicts(doc: CsafDocument, assets: InventoryAsset[]): Record<string, string> {
  const index = buildAdvisoryIndex([normalizeCsaf(doc)]);
  const out: Record<string, string> = {};
  for (const r of matchInventory(index, assets)) out[r.id] = r.advisories[0]?.verdict ?? 'absent';
  return out;
}

describe('advisory matching traps', () => {
  it('Rockwell multi-fix string: an asset is fixed at the fix of its own branch', () => {
    const doc = csaf(
      'T-0001',
      'Rockwell Automation',
      [{ id: 'P1', product: 'ControlLogix 5580 (1756-L8z)', version: 'V28' }],
      { known_affected: ['P1'] },
      [
        {
          category: 'vendor_fix',
          details: 'ControlLogix 5580 (1756-L8z): Update to versions V32.016, V33.015, V34.014,V35.011 and later.',
          product_ids: ['P1'],
        },
      ],
    );
    const base = { vendor: 'Rockwell Automation', model: 'ControlLogix 5580', orderNumber: '1756-L83E' };
    expect(
      verdicts(doc, [
        { id: 'below-own-fix', ...base, firmware: 'V33.011' },
        { id: 'at-own-fix', ...base, firmware: 'V33.015' },
        { id: 'above-other-branch-fix', ...base, firmware: 'V34.011' },
        { id: 'listed', ...base, firmware: 'V28.012' },
        { id: 'newer-line', ...base, firmware: 'V36.011' },
      ]),
    ).toEqual({
      'below-own-fix': 'affected',
      'at-own-fix': 'not-affected',
      'above-other-branch-fix': 'affected',
      listed: 'affected',
      'newer-line': 'not-affected',
    });
  });

  it('Teamcenter-style release lines: a range applies only inside the line named in the product', () => {
    const doc = csaf(
      'T-0002',
      'Siemens',
      [
        { id: 'V13', product: 'Teamcenter V13.3', range: 'vers:all/<V13.3.0.10' },
        { id: 'V14', product: 'Teamcenter V14.1', range: 'vers:all/<V14.1.0.6' },
      ],
      { known_affected: ['V13', 'V14'] },
    );
    expect(
      verdicts(doc, [
        { id: 'l13-old', vendor: 'Siemens AG', model: 'Teamcenter', firmware: 'V13.3.0.7' },
        { id: 'l13-fixed', vendor: 'Siemens AG', model: 'Teamcenter', firmware: 'V13.3.0.10' },
        { id: 'l14-old', vendor: 'Siemens AG', model: 'Teamcenter', firmware: 'V14.1.0.5' },
        { id: 'l14-fixed', vendor: 'Siemens AG', model: 'Teamcenter', firmware: 'V14.1.0.6' },
        { id: 'no-firmware', vendor: 'Siemens AG', model: 'Teamcenter' },
      ]),
    ).toEqual({
      'l13-old': 'affected',
      'l13-fixed': 'not-affected',
      'l14-old': 'affected',
      'l14-fixed': 'not-affected',
      'no-firmware': 'review',
    });
  });

  it('SIPROTEC hardware generations: the named generation decides; an unrecorded one never hides an affected device', () => {
    const doc = csaf(
      'T-0003',
      'Siemens',
      [
        { id: 'CP300', product: 'SIPROTEC 5 6MD85 (CP300)', range: 'vers:all/<V9.50' },
        { id: 'CP200', product: 'SIPROTEC 5 6MD85 (CP200)', range: 'vers:all/*' },
      ],
      { known_affected: ['CP300', 'CP200'] },
    );
    expect(
      verdicts(doc, [
        { id: 'cp300-fixed', vendor: 'Siemens', model: 'SIPROTEC 5 6MD85 CP300', firmware: 'V9.64' },
        { id: 'cp300-old', vendor: 'Siemens', model: 'SIPROTEC 5 6MD85 CP300', firmware: 'V9.40' },
        { id: 'cp200', vendor: 'Siemens', model: 'SIPROTEC 5 6MD85 CP200', firmware: 'V9.64' },
        { id: 'generation-unknown', vendor: 'Siemens', model: 'SIPROTEC 5 6MD85', firmware: 'V9.64' },
      ]),
    ).toEqual({
      'cp300-fixed': 'not-affected',
      'cp300-old': 'affected',
      cp200: 'affected',
      'generation-unknown': 'affected',
    });
  });

  it('prefix product names: the longest name wins and a shorter name never matches a longer model', () => {
    const doc = csaf(
      'T-0004',
      'Siemens',
      [
        { id: 'A', product: 'SINUMERIK Analyze MyPerformance', range: '< V1.1' },
        { id: 'B', product: 'SINUMERIK Analyze MyPerformance /OEE-Monitor', range: 'vers:all/*' },
        { id: 'C', product: 'SCALANCE X204-2LD', range: '< V5.2.5' },
      ],
      { known_affected: ['A', 'B', 'C'] },
    );
    expect(
      verdicts(doc, [
        { id: 'plain-fixed', vendor: 'Siemens', model: 'SINUMERIK Analyze MyPerformance', firmware: 'V1.1' },
        { id: 'oee', vendor: 'Siemens', model: 'SINUMERIK Analyze MyPerformance /OEE-Monitor', firmware: 'V1.1' },
        { id: 'x204-2', vendor: 'Siemens', model: 'SCALANCE X204-2', firmware: 'V5.0' },
        { id: 'x204-2ld', vendor: 'Siemens', model: 'SCALANCE X204-2LD', firmware: 'V5.0' },
      ]),
    ).toEqual({ 'plain-fixed': 'not-affected', oee: 'affected', 'x204-2': 'absent', 'x204-2ld': 'affected' });
  });

  it('numeric version segments compare as numbers', () => {
    const doc = csaf('T-0005', 'ABB', [{ id: 'P', product: 'RTU500', range: '< 2.06.10' }], { known_affected: ['P'] });
    expect(
      verdicts(doc, [
        { id: 'nine', vendor: 'ABB', model: 'RTU500', firmware: '2.06.9' },
        { id: 'ten', vendor: 'ABB', model: 'RTU500', firmware: '2.06.10' },
        { id: 'v-prefixed', vendor: 'ABB Ltd', model: 'RTU500', firmware: 'V2.6.11' },
      ]),
    ).toEqual({ nine: 'affected', ten: 'not-affected', 'v-prefixed': 'not-affected' });
  });

  it('a document with no status lists reads its listed versions as affected and says so', () => {
    const doc = csaf(
      'T-0006',
      'OPC Foundation',
      [{ id: 'P', product: 'OPC UA LocalDiscoveryServer', range: '<1.04.420' }],
      null,
      [{ category: 'vendor_fix', details: 'Install 1.04.420.', product_ids: ['P'] }],
    );
    const index = buildAdvisoryIndex([normalizeCsaf(doc)]);
    const [old, fixed] = matchInventory(index, [
      { id: 'old', vendor: 'OPC Foundation', model: 'OPC UA LocalDiscoveryServer', firmware: '1.04.400' },
      { id: 'fixed', vendor: 'OPC Foundation', model: 'OPC UA LocalDiscoveryServer', firmware: '1.04.420' },
    ]);
    expect(old!.advisories[0]!.verdict).toBe('affected');
    expect(old!.advisories[0]!.reason).toMatch(/no status lists/);
    expect(fixed!.advisories[0]!.verdict).toBe('not-affected');
  });

  it('fixed and known_not_affected beat known_affected for the same product', () => {
    const doc = csaf(
      'T-0007',
      'Mobotix',
      [
        { id: 'A', product: 'P3 D24M', version: 'MX-V4.1.4.11' },
        { id: 'F', product: 'P3 D24M', version: 'MX-V4.7.2.18' },
        { id: 'N', product: 'P3 D24M', version: 'MX-V4.0.1.15' },
      ],
      { known_affected: ['A'], fixed: ['F'], known_not_affected: ['N'] },
    );
    expect(
      verdicts(doc, [
        { id: 'affected', vendor: 'Mobotix AG', model: 'P3 D24M', firmware: 'MX-V4.1.4.11' },
        { id: 'fixed', vendor: 'Mobotix AG', model: 'P3 D24M', firmware: 'MX-V4.7.2.18' },
        { id: 'not-affected', vendor: 'Mobotix AG', model: 'P3 D24M', firmware: 'MX-V4.0.1.15' },
        { id: 'between', vendor: 'Mobotix AG', model: 'P3 D24M', firmware: 'MX-V4.5.1.2' },
      ]),
    ).toEqual({ affected: 'affected', fixed: 'not-affected', 'not-affected': 'not-affected', between: 'affected' });
  });

  it('model numbers beat names, with wildcards', () => {
    const doc = csaf(
      'T-0008',
      'Siemens',
      [
        { id: 'EU', product: 'RUGGEDCOM RM1224 LTE(4G) EU', range: '< V7.2', models: ['6GK6108-4AM00-2BA2'] },
        { id: 'NAM', product: 'RUGGEDCOM RM1224 LTE(4G) NAM', range: 'vers:all/*', models: ['6GK6108-4AM00-2DA2'] },
        { id: 'W', product: 'SIMATIC ET 200SP', range: '< V4.2', models: ['6ES7155-6AU??-0CN0'] },
      ],
      { known_affected: ['EU', 'NAM', 'W'] },
    );
    expect(
      verdicts(doc, [
        { id: 'eu-fixed', vendor: 'Siemens', model: 'RM1224', orderNumber: '6GK6108-4AM00-2BA2', firmware: 'V7.2' },
        { id: 'nam', vendor: 'Siemens', model: 'RM1224', orderNumber: '6GK6108-4AM00-2DA2', firmware: 'V7.2' },
        {
          id: 'wildcard',
          vendor: 'Siemens',
          model: 'IM 155-6 PN HF',
          orderNumber: '6ES7155-6AU01-0CN0',
          firmware: 'V4.1',
        },
        {
          id: 'other-order',
          vendor: 'Siemens',
          model: 'RUGGEDCOM RM1224 LTE(4G) EU',
          orderNumber: '6GK6108-4AM00-9ZZ9',
          firmware: 'V7.1',
        },
      ]),
    ).toEqual({ 'eu-fixed': 'not-affected', nam: 'affected', wildcard: 'affected', 'other-order': 'absent' });
  });

  it('unreadable version text and unknown firmware say review, never not-affected', () => {
    const doc = csaf(
      'T-0009',
      'Honeywell',
      [{ id: 'P', product: 'Experion PKS', range: 'All_versions_with_installed_WebRH' }],
      { known_affected: ['P'] },
    );
    expect(
      verdicts(doc, [
        { id: 'odd-range', vendor: 'Honeywell', model: 'Experion PKS', firmware: 'R510.2' },
        { id: 'vendor-mismatch', vendor: 'Emerson', model: 'Experion PKS', firmware: 'R510.2' },
      ]),
    ).toEqual({ 'odd-range': 'review', 'vendor-mismatch': 'absent' });
  });

  it('kind words are optional beside a model code, and the product whose kind the asset shows wins', () => {
    const doc = csaf(
      'T-0010',
      'Siemens',
      [
        {
          id: 'CPU',
          product: 'SIMATIC S7-1500 CPU family (incl. related ET200 CPUs and SIPLUS variants)',
          range: 'vers:all/<V3.0.1',
        },
        { id: 'SW', product: 'SIMATIC S7-1500 Software Controller', range: 'vers:all/*' },
      ],
      { known_affected: ['CPU', 'SW'] },
    );
    expect(
      verdicts(doc, [
        { id: 'cpu-fixed', vendor: 'Siemens', model: 'SIMATIC S7-1500 CPU 1516-3 PN/DP', firmware: 'V3.0.1' },
        { id: 'bare-fixed', vendor: 'Siemens', model: 'S7-1500', firmware: 'V3.0.1' },
        { id: 'software', vendor: 'Siemens', model: 'S7-1500 Software Controller', firmware: 'V21.9' },
      ]),
    ).toEqual({ 'cpu-fixed': 'not-affected', 'bare-fixed': 'not-affected', software: 'affected' });
  });

  it('vendor spellings: aliases, leading words, and assets without a vendor still meet model codes', () => {
    const doc = csaf('T-0011', 'Moxa', [{ id: 'P', product: 'EDS-G516E Series', range: '<=5.1' }], {
      known_affected: ['P'],
    });
    expect(
      verdicts(doc, [
        { id: 'longer-name', vendor: 'Moxa Technologies Co., Ltd.', model: 'EDS-G516E', firmware: '5.0' },
        { id: 'no-vendor', model: 'EDS-G516E', firmware: '5.0' },
        { id: 'other-vendor', vendor: 'Hirschmann', model: 'EDS-G516E', firmware: '5.0' },
      ]),
    ).toEqual({ 'longer-name': 'affected', 'no-vendor': 'affected', 'other-vendor': 'absent' });
    const siprotec = csaf('T-0012', 'Siemens', [{ id: 'S', product: 'SIPROTEC 5 6MD89', range: 'vers:all/<V9.68' }], {
      known_affected: ['S'],
    });
    expect(
      verdicts(siprotec, [{ id: 'energy', vendor: 'Siemens Energy', model: 'SIPROTEC 5 6MD89', firmware: 'V9.50' }]),
    ).toEqual({ energy: 'affected' });
  });
});
