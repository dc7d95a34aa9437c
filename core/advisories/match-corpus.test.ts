// The matcher on the real advisories of ../shared/corpus/csaf (issue #10 tests): every product an
// advisory lists as affected, put in an inventory as the advisory names it with a firmware inside
// the listed range, must come out affected or review — never not-affected, never missing. That is
// the "no miss" rule checked over every affected row of the corpus, plus a set of assets written
// the way plants write them, with the verdict a person reading the advisory would give.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAdvisoryIndex } from './advisory-index.js';
import type { InventoryAsset } from './advisory-index.js';
import type { Advisory } from './advisory.js';
import { matchInventory } from './match-inventory.js';
import { normalizeCsaf } from './normalize.js';
import { productEntries } from './product-entry.js';

const DIR = new URL('../../../shared/corpus/csaf/', import.meta.url);
const present = existsSync(DIR);
if (!present) console.warn(`[skip] CSAF corpus not found at ${DIR.pathname}: corpus matching tests skipped`);

function corpus(): Advisory[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => normalizeCsaf(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as never));
}

describe.skipIf(!present)('matching the CSAF corpus', () => {
  const advisories = present ? corpus() : [];
  const index = buildAdvisoryIndex(advisories);

  it('never reports an affected row as not-affected or leaves it out (firmware inside the listed range)', () => {
    const assets: InventoryAsset[] = [];
    const expectIn = new Map<string, string>();
    for (const a of advisories) {
      const affected = new Set(a.vulnerabilities.flatMap((v) => v.status.known_affected ?? []));
      for (const e of productEntries(a)) {
        if (!affected.has(e.product.productId) || e.vendorKeys.length === 0) continue;
        // A product_version that identifies hardware rather than a version says nothing about firmware.
        if (e.product.version && !e.spec && !e.product.versionRange) continue;
        // A version inside the range: the exact version, or the lower bound, or just "all".
        const spec = e.spec;
        let firmware: string | null = null;
        if (!spec || spec.kind === 'all') firmware = '1.0';
        else if (spec.kind === 'set' && spec.exact[0]) firmware = spec.exact[0].raw;
        else if (spec.kind === 'set' && spec.intervals[0]?.lower?.inclusive)
          firmware = spec.intervals[0].lower.version.raw;
        else if (spec.kind === 'set' && spec.intervals[0]?.upper?.inclusive)
          firmware = spec.intervals[0].upper.version.raw;
        if (!firmware) continue;
        const id = `${a.trackingId}/${e.product.productId}`;
        assets.push({
          id,
          vendor: e.product.vendor ?? a.publisher.name,
          model: e.displayName,
          orderNumber: e.product.modelNumbers[0] ?? null,
          firmware: e.line && !firmware.startsWith(e.line.raw) ? `${e.line.raw}` : firmware,
        });
        expectIn.set(id, a.trackingId);
      }
    }
    expect(assets.length).toBeGreaterThan(500);
    const misses: string[] = [];
    for (const r of matchInventory(index, assets)) {
      const mine = r.advisories.find((x) => x.id === expectIn.get(r.id));
      if (!mine || mine.verdict === 'not-affected')
        misses.push(`${r.id} ${r.model} @ ${r.firmware}: ${mine ? mine.reason : 'not matched'}`);
    }
    expect(misses).toEqual([]);
  });

  const cases: [InventoryAsset, string, 'affected' | 'not-affected' | 'review' | 'absent'][] = [
    [
      {
        id: 'clx-old',
        vendor: 'Rockwell Automation',
        model: 'ControlLogix 5580',
        orderNumber: '1756-L83E',
        firmware: 'V33.011',
      },
      'ICSA-24-214-09',
      'affected',
    ],
    [
      {
        id: 'clx-fixed',
        vendor: 'Rockwell Automation',
        model: 'ControlLogix 5580',
        orderNumber: '1756-L83E',
        firmware: 'V33.015',
      },
      'ICSA-24-214-09',
      'not-affected',
    ],
    [{ id: 'en2t-a', vendor: 'Allen-Bradley', model: '1756-EN2T', firmware: '5.007' }, 'ICSA-24-214-09', 'affected'],
    [
      {
        id: 's7-1500',
        vendor: 'Siemens AG',
        model: 'SIMATIC S7-1500 CPU 1516-3 PN/DP',
        orderNumber: '6ES7516-3AN01-0AB0',
        firmware: 'V3.0.1',
      },
      'ICSA-22-167-14',
      'not-affected',
    ],
    [
      { id: 's7-1500-old', vendor: 'Siemens AG', model: 'SIMATIC S7-1500 CPU 1516-3 PN/DP', firmware: 'V2.8' },
      'ICSA-22-167-14',
      'affected',
    ],
    [
      { id: 'netpc14', vendor: 'Siemens', model: 'SIMATIC NET PC Software V14', firmware: 'V14 SP1 Update 12' },
      'ICSA-19-134-09',
      'affected',
    ],
    [
      { id: 'netpc14-fixed', vendor: 'Siemens', model: 'SIMATIC NET PC Software', firmware: 'V14 SP1 Update 14' },
      'ICSA-19-134-09',
      'not-affected',
    ],
    [
      {
        id: 'rm1224-eu',
        vendor: 'Siemens',
        model: 'RUGGEDCOM RM1224 LTE(4G) EU',
        orderNumber: '6GK6108-4AM00-2BA2',
        firmware: 'V7.2',
      },
      'ICSA-22-167-14',
      'not-affected',
    ],
    [
      { id: 'mobotix-fixed', vendor: 'Mobotix', model: 'P3 D24M', firmware: 'MX-V4.7.2.18' },
      'ICSA-24-235-03',
      'not-affected',
    ],
    [
      { id: 'mobotix-old', vendor: 'Mobotix', model: 'P3 D24M', firmware: 'MX-V4.1.4.11' },
      'ICSA-24-235-03',
      'affected',
    ],
    [
      {
        id: 'm580',
        vendor: 'Schneider Electric',
        model: 'Modicon M580 CPU',
        orderNumber: 'BMEP582040',
        firmware: 'SV3.20',
      },
      'ICSA-23-201-01',
      'affected',
    ],
    [
      { id: 'codesys', vendor: 'CODESYS GmbH', model: 'CODESYS Development System', firmware: '3.5.19.20' },
      'ICSA-23-236-03',
      'not-affected',
    ],
    [
      { id: 'digi', vendor: 'Digi International Inc.', model: 'Digi ConnectPort TS 8/16', firmware: '2.26.2.3' },
      'ICSA-23-243-04',
      'affected',
    ],
    [
      { id: 'omron-nj', vendor: 'OMRON Corporation', model: 'NJ501-1300', firmware: '1.48' },
      'ICSA-22-179-02',
      'affected',
    ],
    [
      { id: 'omron-nj-fixed', vendor: 'Omron', model: 'NJ501-1300', firmware: '1.49' },
      'ICSA-22-179-02',
      'not-affected',
    ],
    [
      { id: 'ge-469', vendor: 'GE', model: '469 Motor Protection Relay', firmware: '7.0' },
      'ICSA-17-117-01B',
      'not-affected',
    ],
    [
      { id: 'opc-lds', vendor: 'OPC Foundation', model: 'OPC UA LocalDiscoveryServer', firmware: '1.04.400' },
      'OPC-2026-07-01-001',
      'affected',
    ],
    [
      { id: 'phoenix-ilc', vendor: 'Phoenix Contact', model: 'ILC 151 ETH', orderNumber: '2700974', firmware: '4.42' },
      'ICSA-19-106-03',
      'affected',
    ],
    [
      {
        id: 'rox-platform',
        vendor: 'Siemens',
        model: 'RUGGEDCOM CROSSBOW Station Access Controller (SAC)',
        firmware: 'V5.0',
      },
      'ICSA-22-167-14',
      'review',
    ],
    [
      { id: 'tia-ms', vendor: 'Siemens', model: 'TIA Multiuser Server V15', firmware: 'V15.1 Update 8' },
      'ICSA-23-047-07',
      'not-affected',
    ],
    [{ id: 'x204-2', vendor: 'Siemens', model: 'SCALANCE X204-2', firmware: 'V5.2' }, 'ICSA-22-167-14', 'affected'],
    [
      {
        id: 'sinamics-mlfb',
        vendor: 'Siemens',
        model: 'SINAMICS Perfect Harmony GH180',
        orderNumber: '6SR3252-1AB23-4CD5',
        firmware: 'V6.1',
      },
      'ICSA-18-345-01',
      'affected',
    ],
    [
      { id: 'm221', vendor: 'Schneider Electric', model: 'Modicon M221', firmware: '1.6.2.0' },
      'ICSA-19-106-03',
      'absent',
    ],
    // The range field is unreadable ("9.4 | FP2  Hotfix 5"); the full name says "<= 9.4 FP2 Hotfix 5".
    [
      { id: 'sys600', vendor: 'ABB', model: 'MicroSCADA Pro SYS600', firmware: '9.4 FP2 Hotfix 4' },
      'ICSA-23-138-03',
      'affected',
    ],
    [
      { id: 'sys600-new', vendor: 'Hitachi Energy', model: 'SYS600', firmware: '10.2' },
      'ICSA-23-138-03',
      'not-affected',
    ],
    [{ id: 'other-vendor', vendor: 'Emerson', model: 'SCALANCE X204-2', firmware: 'V5.2' }, 'ICSA-22-167-14', 'absent'],
  ];

  it.each(cases)('%# %o in %s → %s', (asset, trackingId, expected) => {
    const [r] = matchInventory(index, [asset]);
    const found = r!.advisories.find((a) => a.id === trackingId);
    expect(found?.verdict ?? 'absent', found?.reason).toBe(expected);
    if (found) expect(found.reason.length).toBeGreaterThan(20);
  });
});
