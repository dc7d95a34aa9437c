import { describe, expect, it } from 'vitest';
import { testCsaf, testCsafBytes } from './test-csaf.js';
import { MAX_REASONS, parseCsafJson, validateCsaf } from './validate.js';

type Doc = ReturnType<typeof testCsaf> & {
  document: { tracking: Record<string, unknown>; csaf_version: string };
  vulnerabilities: { product_status: Record<string, string[]> }[];
};
const doc = (o: Parameters<typeof testCsaf>[0] = {}) => testCsaf(o) as Doc;

describe('validateCsaf', () => {
  it('accepts a valid CSAF 2.0 document, and revisions of it', async () => {
    expect(await validateCsaf(doc())).toEqual({ ok: true });
    expect(await validateCsaf(doc({ version: 3 }))).toEqual({ ok: true });
  });

  it('says what is wrong: the schema with its path, mandatory tests with number and title', async () => {
    const d = doc();
    delete d.document.tracking.id;
    d.vulnerabilities[0]!.product_status.fixed = ['CSAFPID-0001'];
    const r = await validateCsaf(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons).toContain("schema: /document/tracking must have required property 'id'");
    expect(r.reasons.find((x) => x.startsWith('6.1.6 contradicting product status: '))).toContain('CSAFPID-0001');
  });

  it('is cheap about what is not CSAF at all, and refuses CSAF 2.1 for now', async () => {
    for (const x of [null, 'text', [], { feed: {} }, { document: {} }])
      expect(await validateCsaf(x)).toEqual({ ok: false, reasons: ['not a CSAF document (no document.csaf_version)'] });
    const d = doc();
    d.document.csaf_version = '2.1';
    expect(await validateCsaf(d)).toEqual({ ok: false, reasons: ['CSAF 2.1 is not supported yet'] });
  });

  it('gives at most ten reasons, the last one counting the rest', async () => {
    const d = doc();
    d.document.tracking = { id: 42, version: [], status: 'nonsense', revision_history: 'x' };
    (d as Record<string, unknown>).product_tree = { branches: 'none', full_product_names: 7 };
    const r = await validateCsaf(d);
    if (r.ok) throw new Error('expected invalid');
    expect(r.reasons).toHaveLength(MAX_REASONS);
    expect(r.reasons.at(-1)).toMatch(/^… and \d+ more problems$/);
  });
});

describe('parseCsafJson', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${testCsafBytes()}`);
    const r = parseCsafJson(bytes);
    expect(r.ok && (r.doc as Doc).document.tracking.id).toBe('EXA-2024-001');
  });

  it('says where a truncated file ends', () => {
    const text = testCsafBytes();
    const r = parseCsafJson(text.slice(0, 200));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^truncated or invalid JSON at position \d+/);
    expect(parseCsafJson('')).toEqual({ ok: false, reason: 'empty file' });
    expect(parseCsafJson(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ ok: false, reason: 'not UTF-8 text' });
  });
});
