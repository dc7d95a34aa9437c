// The header of a report as label / value pairs and as the one line printed on every PDF page, so
// every format states the same site, date, baseline, version and author.
import type { ReportFact, ReportHeader, SignatureEntry } from '../../../../core/reports/model.js';

/** "2026-11-25 14:03 UTC" from an ISO timestamp; a bare date stays as it is. */
export const printedTime = (iso: string): string =>
  iso.length > 10 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;

export const baselineText = (h: ReportHeader): string =>
  h.baseline
    ? `baseline ${h.baseline.id} “${h.baseline.name}” (${printedTime(h.baseline.takenAt)})`
    : h.site
      ? 'no baseline taken'
      : 'per site';

export function headerFacts(h: ReportHeader): ReportFact[] {
  return [
    { label: h.site ? 'Site' : 'Covers', value: h.subject },
    { label: 'Generated', value: printedTime(h.generatedAt) },
    { label: 'Evaluated as of', value: h.asOf },
    { label: 'Baseline', value: baselineText(h) },
    ...(h.version ? [{ label: 'Version', value: h.version }] : []),
    { label: 'Author', value: h.author },
  ];
}

/** The line under the title on every page. */
export const headerLine = (h: ReportHeader): string =>
  [h.subject, `as of ${h.asOf}`, h.baseline ? `baseline ${h.baseline.id}` : null, h.version, `by ${h.author}`]
    .filter((p) => p !== null)
    .join(' · ');

export const SIGNATURE_COLUMNS = ['Subject', 'Signed by', 'Account', 'Signed at', 'Meaning', 'Detail'] as const;

export const signatureCells = (e: SignatureEntry): string[] => [
  e.subject,
  e.signer,
  e.account ?? '',
  e.signedAt ? printedTime(e.signedAt) : '',
  e.meaning,
  e.detail ?? '',
];
