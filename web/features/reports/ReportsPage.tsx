// The Reports tab of a site (issue #8 item 1): one card per report with what it holds and a
// download link per format. Downloads are plain links, so they work in any browser and stream.
import { getRouteApi } from '@tanstack/react-router';
import { FORMAT_LABELS, REPORT_INFO, SITE_REPORT_KINDS } from '../../../core/reports/kinds.js';
import { REPORT_FORMATS, type ReportKind } from '../../../core/reports/model.js';
import { SiteNav } from '../../components/SiteNav.js';
import { siteReportHref } from './report-links.js';
import './reports.css';

const route = getRouteApi('/app/sites/$site/reports');

export function ReportsPage() {
  const { site } = route.useParams();
  return (
    <div className="reports-page">
      <SiteNav site={site} title="Reports" />
      <p className="muted small">
        Each report states the site, the date, the latest baseline and who downloaded it. PDF and HTML are for reading
        and printing, XLSX and CSV for filtering (SL vectors get one column per FR).
      </p>
      <ul className="report-cards" aria-label="Reports">
        {SITE_REPORT_KINDS.map((kind) => (
          <ReportCard key={kind} site={site} kind={kind} />
        ))}
      </ul>
    </div>
  );
}

function ReportCard({ site, kind }: { site: string; kind: ReportKind }) {
  const info = REPORT_INFO[kind];
  const id = `report-${kind}`;
  return (
    <li className="panel report-card" aria-labelledby={id}>
      <h2 id={id}>{info.title}</h2>
      <p>{info.description}</p>
      <div className="report-formats">
        {REPORT_FORMATS.map((format) => (
          <a
            key={format}
            className="button"
            href={siteReportHref(site, kind, format)}
            download
            aria-label={`${info.title} as ${FORMAT_LABELS[format]}`}
          >
            {FORMAT_LABELS[format]}
          </a>
        ))}
      </div>
    </li>
  );
}
