// Small synthetic CSAF 2.0 documents for the advisory tests: valid by default (schema and mandatory
// tests), one vendor, one product range, one CVE; options make revisions and broken variants.

export interface TestCsafOptions {
  trackingId?: string;
  namespace?: string;
  /** Tracking version; the revision history gets entries 1…version (integer versions). */
  version?: number;
  currentReleaseDate?: string;
  title?: string;
  vendor?: string;
  product?: string;
  cve?: string;
  /** The version branch under the product (default: range `vers:intdot/<2.4.1`). */
  versionBranch?: { category: 'product_version' | 'product_version_range'; name: string };
  /** The vendor_fix remediation's text (default: "Update to firmware 2.4.1 or later."). */
  fixDetails?: string;
}

/** A valid CSAF 2.0 csaf_base document as a plain object. */
export function testCsaf(o: TestCsafOptions = {}): Record<string, unknown> {
  const version = o.version ?? 1;
  const initial = '2024-01-10T00:00:00.000Z';
  const current = o.currentReleaseDate ?? (version === 1 ? initial : `2024-0${Math.min(version, 9)}-20T00:00:00.000Z`);
  const history = Array.from({ length: version }, (_, i) => ({
    date: i === version - 1 ? current : `2024-01-${String(10 + i).padStart(2, '0')}T00:00:00.000Z`,
    number: String(i + 1),
    summary: i === 0 ? 'Initial release' : `Revision ${i + 1}`,
  }));
  const vendor = o.vendor ?? 'Example Controls';
  const product = o.product ?? 'Example PLC 9000';
  return {
    document: {
      category: 'csaf_base',
      csaf_version: '2.0',
      publisher: { category: 'vendor', name: vendor, namespace: o.namespace ?? 'https://psirt.example.com' },
      title: o.title ?? `${product} firmware: authentication bypass`,
      tracking: {
        current_release_date: current,
        id: o.trackingId ?? 'EXA-2024-001',
        initial_release_date: initial,
        revision_history: history,
        status: 'final',
        version: String(version),
      },
    },
    product_tree: {
      branches: [
        {
          category: 'vendor',
          name: vendor,
          branches: [
            {
              category: 'product_name',
              name: product,
              branches: [
                {
                  category: o.versionBranch?.category ?? 'product_version_range',
                  name: o.versionBranch?.name ?? 'vers:intdot/<2.4.1',
                  product: {
                    name: `${vendor} ${product} ${o.versionBranch ? o.versionBranch.name : '< 2.4.1'}`,
                    product_id: 'CSAFPID-0001',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    vulnerabilities: [
      {
        cve: o.cve ?? 'CVE-2024-0001',
        title: 'Authentication bypass',
        cwe: { id: 'CWE-287', name: 'Improper Authentication' },
        product_status: { known_affected: ['CSAFPID-0001'] },
        scores: [
          {
            products: ['CSAFPID-0001'],
            cvss_v3: {
              version: '3.1',
              vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
              baseScore: 9.8,
              baseSeverity: 'CRITICAL',
            },
          },
        ],
        remediations: [
          {
            category: 'vendor_fix',
            details: o.fixDetails ?? 'Update to firmware 2.4.1 or later.',
            product_ids: ['CSAFPID-0001'],
          },
        ],
      },
    ],
  };
}

/** The document as the bytes of a file. */
export const testCsafBytes = (o: TestCsafOptions = {}): string => `${JSON.stringify(testCsaf(o), null, 2)}\n`;
