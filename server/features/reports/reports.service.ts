// Which loader builds which report (docs/reports.md). Every loader checks the caller may read
// what it covers: site reports 404 for an unreadable site, the portfolio and the estate's
// inventory cover the readable sites only.
import { REPORT_INFO } from '../../../core/reports/kinds.js';
import { buildPortfolioReport } from '../../../core/reports/portfolio-report.js';
import type { ReportDocument, ReportKind } from '../../../core/reports/model.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { requirePermission } from '../access.js';
import { portfolio } from '../evaluation/portfolio.service.js';
import { portfolioTrends } from '../trends/trends.service.js';
import { inventoryReport } from './inventory-report.service.js';
import { estateReportContext } from './report-context.js';
import { controlsReport, crsReport, gapsReport, risksReport, zonesReport } from './site-reports.js';

type SiteLoader = (db: Db, actor: Actor, siteId: string, asOf: string) => Promise<ReportDocument>;

const SITE_LOADERS: Readonly<Record<Exclude<ReportKind, 'portfolio' | 'inventory'>, SiteLoader>> = {
  zones: zonesReport,
  gaps: gapsReport,
  controls: controlsReport,
  risks: risksReport,
  crs: crsReport,
};

export async function portfolioReport(db: Db, actor: Actor, asOf: string): Promise<ReportDocument> {
  const [answer, trends] = await Promise.all([portfolio(db, actor, asOf), portfolioTrends(db, actor, {})]);
  return buildPortfolioReport({ context: estateReportContext(actor, asOf), portfolio: answer, trends });
}

/**
 * The report of `kind` about `siteId`. Without a site: the portfolio, or the inventory of every
 * readable site; the other kinds need one.
 */
export async function loadReport(
  db: Db,
  actor: Actor,
  kind: ReportKind,
  siteId: string | null,
  asOf: string,
): Promise<ReportDocument> {
  if (kind === 'portfolio') return portfolioReport(db, actor, asOf);
  if (kind === 'inventory') return inventoryReport(db, actor, siteId, asOf);
  if (siteId === null)
    throw new AppError(
      'C981_ERR_VALIDATION',
      `the ${REPORT_INFO[kind].title.toLowerCase()} is about one site: name it`,
      [{ path: 'site', message: 'required' }],
    );
  requirePermission(actor, 'site.read', siteId);
  return SITE_LOADERS[kind](db, actor, siteId, asOf);
}
