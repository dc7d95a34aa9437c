// The executive summary of the portfolio as a download, shown in the portfolio page's header.
import { FORMAT_LABELS, REPORT_INFO } from '../../../core/reports/kinds.js';
import { REPORT_FORMATS } from '../../../core/reports/model.js';
import { portfolioReportHref } from './report-links.js';
import './reports.css';

export function PortfolioReportLinks() {
  const title = REPORT_INFO.portfolio.title;
  return (
    <span className="portfolio-report" title={REPORT_INFO.portfolio.description}>
      <span className="muted small">{title}:</span>
      {REPORT_FORMATS.map((format) => (
        <a key={format} href={portfolioReportHref(format)} download aria-label={`${title} as ${FORMAT_LABELS[format]}`}>
          {FORMAT_LABELS[format]}
        </a>
      ))}
    </span>
  );
}
