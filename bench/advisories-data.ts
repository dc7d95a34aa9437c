// Synthetic advisory library and inventory for the matching benchmark (issue #10 performance):
// CSAF documents shaped like the CISA/Siemens ones (vendor → product → version range, model
// numbers, several notations), and assets drawn partly from the same product space.
import type { CsafDocument } from '../core/advisories/csaf-document.js';
import type { InventoryAsset } from '../core/advisories/advisory-index.js';
import { mulberry32 } from '../core/demo/random.js';

/** Deterministic, so every run matches the same data. */
export const rng = (seed: number): (() => number) => mulberry32(seed);

const VENDORS = [
  ['Siemens', ['SIMATIC', 'SCALANCE', 'RUGGEDCOM', 'SINEC', 'SIPROTEC', 'SINUMERIK']],
  ['Rockwell Automation', ['ControlLogix', 'CompactLogix', 'PowerFlex', 'FactoryTalk', 'GuardLogix']],
  ['Schneider Electric', ['Modicon', 'EcoStruxure', 'PowerLogic', 'Harmony']],
  ['ABB', ['AC500', 'RTU500', 'Relion', 'System 800xA']],
  ['Honeywell', ['Experion', 'ControlEdge', 'Safety Manager']],
  ['Mitsubishi Electric', ['MELSEC', 'GOT2000', 'GX Works']],
  ['Phoenix Contact', ['AXC F', 'ILC', 'FL MGUARD', 'PLCnext']],
  ['Moxa', ['EDS', 'NPort', 'ioLogik', 'MGate']],
  ['Omron', ['SYSMAC', 'NJ', 'NX', 'CJ2M']],
  ['Yokogawa', ['CENTUM', 'ProSafe', 'STARDOM']],
  ['Emerson', ['DeltaV', 'Ovation', 'ROC800']],
  ['Hitachi Energy', ['RTU560', 'MicroSCADA', 'Relion 670']],
  ['WAGO', ['PFC100', 'PFC200', 'Touch Panel 600']],
  ['Beckhoff', ['TwinCAT', 'CX9020', 'CX5140']],
  ['Delta Electronics', ['DIAEnergie', 'DOPSoft', 'CNCSoft']],
  ['Johnson Controls', ['Metasys', 'Facility Explorer']],
  ['General Electric', ['Multilin', 'CIMPLICITY', 'Mark VIe']],
  ['Digi International', ['ConnectPort', 'TransPort', 'AnywhereUSB']],
  ['CODESYS', ['Control', 'Development System', 'Gateway']],
  ['Moog', ['ServoController', 'Actuator']],
] as const;

const version = (r: () => number): string =>
  `V${1 + Math.floor(r() * 9)}.${Math.floor(r() * 20)}.${Math.floor(r() * 30)}`;

export interface ProductSpace {
  vendor: string;
  model: string;
  orderNumber: string | null;
}

/** The product names the advisories use, so the inventory can name some of them. */
export function productSpace(count: number, seed = 7): ProductSpace[] {
  const r = rng(seed);
  const out: ProductSpace[] = [];
  for (let i = 0; i < count; i++) {
    const [vendor, brands] = VENDORS[Math.floor(r() * VENDORS.length)]!;
    const brand = brands[Math.floor(r() * brands.length)]!;
    const model = `${brand} ${String.fromCharCode(65 + Math.floor(r() * 26))}${100 + Math.floor(r() * 900)}-${1 + Math.floor(r() * 9)}`;
    const orderNumber =
      r() < 0.4
        ? `${6 + Math.floor(r() * 3)}GK${1000 + i}-${Math.floor(r() * 10)}AA0${Math.floor(r() * 10)}-0AB${Math.floor(r() * 10)}`
        : null;
    out.push({ vendor, model, orderNumber });
  }
  return out;
}

/** `count` CSAF documents, each naming 1–25 products of the space with a version notation. */
export function advisoryDocuments(count: number, space: readonly ProductSpace[], seed = 11): CsafDocument[] {
  const r = rng(seed);
  const docs: CsafDocument[] = [];
  for (let d = 0; d < count; d++) {
    const n = 1 + Math.floor(r() * 25);
    const products: { p: ProductSpace; id: string; range: string }[] = [];
    for (let k = 0; k < n; k++) {
      const p = space[Math.floor(r() * space.length)]!;
      const v = version(r);
      const notation = r();
      const range =
        notation < 0.3
          ? `vers:all/<${v}`
          : notation < 0.5
            ? `< ${v}`
            : notation < 0.6
              ? 'vers:all/*'
              : notation < 0.75
                ? `All versions < ${v}`
                : `vers:intdot/>=1.0|<${v.slice(1)}`;
      products.push({ p, id: `CSAFPID-${String(k + 1).padStart(4, '0')}`, range });
    }
    const byVendor = new Map<string, typeof products>();
    for (const x of products) byVendor.set(x.p.vendor, [...(byVendor.get(x.p.vendor) ?? []), x]);
    docs.push({
      document: {
        category: 'csaf_security_advisory',
        csaf_version: '2.0',
        title: `Synthetic advisory ${d}`,
        publisher: { category: 'coordinator', name: 'Bench CERT', namespace: 'https://bench.example' },
        tracking: {
          id: `BENCH-${String(d).padStart(5, '0')}`,
          version: '1',
          status: 'final',
          current_release_date: '2026-01-01T00:00:00Z',
        },
      },
      product_tree: {
        branches: [...byVendor].map(([vendor, list]) => ({
          category: 'vendor',
          name: vendor,
          branches: list.map((x) => ({
            category: 'product_name',
            name: x.p.model,
            branches: [
              {
                category: 'product_version_range',
                name: x.range,
                product: {
                  name: `${x.p.model} ${x.range}`,
                  product_id: x.id,
                  ...(x.p.orderNumber ? { product_identification_helper: { model_numbers: [x.p.orderNumber] } } : {}),
                },
              },
            ],
          })),
        })),
      },
      vulnerabilities: [
        {
          cve: `CVE-2026-${String(10000 + d)}`,
          product_status: { known_affected: products.map((x) => x.id) },
          remediations: [
            {
              category: r() < 0.7 ? 'vendor_fix' : 'mitigation',
              details: 'Update to the latest version.',
              product_ids: products.map((x) => x.id),
            },
          ],
          scores: [
            {
              products: products.map((x) => x.id),
              cvss_v3: {
                baseScore: Math.round(r() * 100) / 10,
                vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
              },
            },
          ],
        },
      ],
    });
  }
  return docs;
}

/** `count` assets: ~60 % name a product of the space (some with their order number), the rest others. */
export function inventory(count: number, space: readonly ProductSpace[], seed = 13): InventoryAsset[] {
  const r = rng(seed);
  const out: InventoryAsset[] = [];
  for (let i = 0; i < count; i++) {
    const known = r() < 0.6;
    const p = known ? space[Math.floor(r() * space.length)]! : null;
    out.push({
      id: `asset-${i}`,
      vendor: p ? p.vendor : VENDORS[Math.floor(r() * VENDORS.length)]![0],
      model: p ? p.model : `Other device ${Math.floor(r() * 5000)}`,
      orderNumber: p && r() < 0.5 ? p.orderNumber : null,
      firmware: r() < 0.9 ? version(r) : null,
    });
  }
  return out;
}
