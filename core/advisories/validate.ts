// CSAF validation before import (issue #10 item 1): the CSAF 2.0 JSON schema and every mandatory
// test (§6.1) of @secvisogram/csaf-validator-lib, offline (no informative tests: they fetch URLs).
// Reasons are short and readable, at most MAX_REASONS of them, so an import report stays legible.
// No Node built-ins here (web/ type-checks core/ too): hashing lives in the server's source reader.
import runTests, { type CsafTestResult } from '@secvisogram/csaf-validator-lib/validate.js';
import { csaf_2_0 } from '@secvisogram/csaf-validator-lib/schemaTests.js';
import * as mandatoryTests from '@secvisogram/csaf-validator-lib/mandatoryTests.js';

export type CsafValidation = { ok: true } | { ok: false; reasons: string[] };
export type CsafParse = { ok: true; doc: unknown } | { ok: false; reason: string };

export const MAX_REASONS = 10;

/** CSAF 2.0 §6.1 titles, so a reason says what the test is about, not only its number. */
const MANDATORY_TITLES: Record<string, string> = {
  '6.1.1': 'missing definition of product id',
  '6.1.2': 'multiple definition of product id',
  '6.1.3': 'circular definition of product id',
  '6.1.4': 'missing definition of product group id',
  '6.1.5': 'multiple definition of product group id',
  '6.1.6': 'contradicting product status',
  '6.1.7': 'multiple scores with same version per product',
  '6.1.8': 'invalid CVSS',
  '6.1.9': 'invalid CVSS computation',
  '6.1.10': 'inconsistent CVSS',
  '6.1.11': 'CWE',
  '6.1.12': 'language',
  '6.1.13': 'PURL',
  '6.1.14': 'sorted revision history',
  '6.1.15': 'translator',
  '6.1.16': 'latest document version',
  '6.1.17': 'document status draft',
  '6.1.18': 'released revision history',
  '6.1.19': 'revision history entries for pre-release versions',
  '6.1.20': 'non-draft document version',
  '6.1.21': 'missing item in revision history',
  '6.1.22': 'multiple definition in revision history',
  '6.1.23': 'multiple use of same CVE',
  '6.1.24': 'multiple definition in involvements',
  '6.1.25': 'multiple use of same hash algorithm',
  '6.1.26': 'prohibited document category name',
  '6.1.27.1': 'profile: document notes',
  '6.1.27.2': 'profile: document references',
  '6.1.27.3': 'profile: vulnerabilities',
  '6.1.27.4': 'profile: product tree',
  '6.1.27.5': 'profile: vulnerability notes',
  '6.1.27.6': 'profile: product status',
  '6.1.27.7': 'profile: VEX product status',
  '6.1.27.8': 'profile: vulnerability id',
  '6.1.27.9': 'profile: impact statement',
  '6.1.27.10': 'profile: action statement',
  '6.1.27.11': 'profile: vulnerabilities',
  '6.1.28': 'translation',
  '6.1.29': 'remediation without product reference',
  '6.1.30': 'mixed integer and semantic versioning',
  '6.1.31': 'version range in product version',
  '6.1.32': 'flag without product reference',
  '6.1.33': 'multiple flags with VEX justification codes per product',
};

const TESTS = [csaf_2_0, ...Object.values(mandatoryTests)];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function reasonsOf(result: CsafTestResult): string[] {
  const where = (path: string) => (path === '' ? '/' : path);
  if (result.name === 'csaf_2_0')
    return result.errors.map((e) => `schema: ${where(e.instancePath)} ${e.message}`.replace(/\s+/g, ' ').trim());
  const number = /^mandatoryTest_(\d+(?:_\d+)*)$/.exec(result.name)?.[1]?.replace(/_/g, '.') ?? result.name;
  const title = MANDATORY_TITLES[number] ?? 'mandatory test';
  const errors = result.errors.length > 0 ? result.errors : [{ instancePath: '', message: 'failed' }];
  return errors.map((e) => `${number} ${title}: ${e.message} (at ${where(e.instancePath)})`);
}

/**
 * Validates a parsed document: a cheap shape check, then (for CSAF 2.0) the JSON schema and all
 * mandatory tests. At most MAX_REASONS reasons; the last one says how many more there were.
 */
export async function validateCsaf(doc: unknown): Promise<CsafValidation> {
  if (!isObject(doc) || !isObject(doc.document) || typeof doc.document.csaf_version !== 'string')
    return { ok: false, reasons: ['not a CSAF document (no document.csaf_version)'] };
  const version = doc.document.csaf_version;
  // The lib's CSAF 2.1 tests are experimental and the 2.1 shapes (metrics, cwes) are not mapped yet.
  if (version === '2.1') return { ok: false, reasons: ['CSAF 2.1 is not supported yet'] };
  if (version !== '2.0') return { ok: false, reasons: [`CSAF version "${version}" is not supported (only 2.0)`] };
  const { tests, isValid } = await runTests(TESTS, doc);
  if (isValid) return { ok: true };
  const all = tests.filter((t) => !t.isValid).flatMap(reasonsOf);
  if (all.length === 0) return { ok: false, reasons: ['the document failed validation'] };
  if (all.length <= MAX_REASONS) return { ok: false, reasons: all };
  return {
    ok: false,
    reasons: [...all.slice(0, MAX_REASONS - 1), `… and ${all.length - (MAX_REASONS - 1)} more problems`],
  };
}

/**
 * The document in `bytes` (UTF-8, a BOM allowed), or why it is not JSON. A cut-off file (a
 * download that stopped half-way) says so instead of quoting the parser.
 */
export function parseCsafJson(bytes: Uint8Array | string): CsafParse {
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  try {
    return { ok: true, doc: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message)?.[1];
    const end = /end of (JSON )?input|Unterminated/i.test(message);
    const position = at ?? (end ? String(text.length) : null);
    return {
      ok: false,
      reason:
        `truncated or invalid JSON${position === null ? '' : ` at position ${position}`}` +
        (end ? ' (the file ends early)' : ''),
    };
  }
}
