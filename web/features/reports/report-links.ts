// Download links of the reports (docs/reports.md): plain GETs the browser saves, the session cookie
// authenticates them and the server names the file.
import type { ReportFormat, ReportKind } from '../../../core/reports/model.js';
import { sitePath } from '../../api/queries.js';

export const siteReportHref = (site: string, kind: ReportKind, format: ReportFormat): string =>
  `${sitePath(site, 'reports', kind)}?format=${format}`;

export const portfolioReportHref = (format: ReportFormat): string => `/api/v1/reports/portfolio?format=${format}`;
