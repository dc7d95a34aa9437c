// What each report is, for the CLI's help, the API's validation and the web app's Reports page
// (one list, so the three cannot drift). docs/reports.md says the same in more words.
import { REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind } from './model.js';

export interface ReportKindInfo {
  kind: ReportKind;
  title: string;
  description: string;
  /** Site reports need a site; the portfolio covers every readable site. */
  needsSite: boolean;
}

export const REPORT_INFO: Readonly<Record<ReportKind, ReportKindInfo>> = {
  zones: {
    kind: 'zones',
    title: 'Zone & conduit register',
    description: 'Every zone and conduit with its kind, relations, assets, rationale and SL-T / SL-C / SL-A vectors.',
    needsSite: true,
  },
  gaps: {
    kind: 'gaps',
    title: 'Gap report',
    description:
      'Every zone and conduit, those meeting SL-T too, with SL-T / SL-C / SL-A, the gap per FR and the requirements blocking each level.',
    needsSite: true,
  },
  controls: {
    kind: 'controls',
    title: 'Compensating-controls register',
    description:
      'Each compensating control with what it stands in for, its approval, expiry and state, and the approvals as signed.',
    needsSite: true,
  },
  inventory: {
    kind: 'inventory',
    title: 'Asset inventory',
    description: 'Every asset with its zone, type, vendor, model, firmware, addresses, lifecycle and criticality.',
    needsSite: true,
  },
  risks: {
    kind: 'risks',
    title: 'Risk register',
    description:
      'The threat scenarios with their unmitigated and residual risk on the site’s matrix, countermeasures and risk acceptances.',
    needsSite: true,
  },
  crs: {
    kind: 'crs',
    title: 'Cybersecurity Requirements Specification',
    description:
      'The CRS (IEC 62443-3-2 ZCR 6): system under consideration, SL-T per zone and conduit, threats, controls, assumptions and the ZCR 7 signature.',
    needsSite: true,
  },
  portfolio: {
    kind: 'portfolio',
    title: 'Executive portfolio summary',
    description:
      'Every readable site against its SL-T: the gap heatmap by FR, the worst zones and the trend over 90 days.',
    needsSite: false,
  },
};

export const SITE_REPORT_KINDS: readonly ReportKind[] = REPORT_KINDS.filter((k) => REPORT_INFO[k].needsSite);

export const isReportKind = (value: string): value is ReportKind => (REPORT_KINDS as readonly string[]).includes(value);
export const isReportFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value);

export const FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  pdf: 'PDF',
  xlsx: 'XLSX',
  csv: 'CSV',
  html: 'HTML',
};

/** `gaps-basel-2026-11-25.pdf`; without a site, `portfolio-2026-11-25.pdf`. */
export function reportFileName(kind: ReportKind, site: string | null, date: string, format: ReportFormat): string {
  return `${[kind, site, date.slice(0, 10)].filter((p) => p !== null).join('-')}.${format}`;
}
