// The header of every site page: breadcrumb, site name, regulated badge and the site's tabs.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { siteQuery } from '../api/queries.js';

export function SiteNav({ site, title, actions }: { site: string; title?: ReactNode; actions?: ReactNode }) {
  const info = useQuery(siteQuery(site));
  return (
    <div className="site-nav">
      <div className="breadcrumbs">
        <Link to="/">Portfolio</Link> /{' '}
        <Link to="/sites/$site" params={{ site }}>
          {info.data?.name ?? site}
        </Link>
      </div>
      <div className="page-header">
        <h1>{title ?? info.data?.name ?? site}</h1>
        {info.data?.regulated && (
          <span className="badge info" title="Validated (GxP) site: changes need a reason, approvals an e-signature">
            regulated
          </span>
        )}
        <span className="spacer" />
        {actions}
      </div>
      <nav className="tabs" aria-label="Site">
        <Link to="/sites/$site" params={{ site }} activeOptions={{ exact: true, includeSearch: false }}>
          Zones &amp; conduits
        </Link>
        <Link to="/sites/$site/controls" params={{ site }}>
          Compensating controls
        </Link>
        <Link to="/sites/$site/risk" params={{ site }}>
          Risk
        </Link>
        <Link to="/sites/$site/risk-assessment" params={{ site }}>
          Assessment
        </Link>
        <Link to="/sites/$site/changes" params={{ site }}>
          Changes
        </Link>
        <Link to="/sites/$site/discovery" params={{ site }}>
          Discovery
        </Link>
        <Link to="/sites/$site/vulnerabilities" params={{ site }}>
          Vulnerabilities
        </Link>
        <Link to="/sites/$site/roadmap" params={{ site }}>
          Roadmap
        </Link>
        <Link to="/inventory" search={{ site }} activeOptions={{ includeSearch: false }}>
          Inventory
        </Link>
        <Link to="/audit" search={{ site }} activeOptions={{ includeSearch: false }}>
          Audit log
        </Link>
        <Link to="/site-files" search={{ site }} activeOptions={{ includeSearch: false }}>
          Site file
        </Link>
        <Link to="/sites/$site/traceability" params={{ site }}>
          Traceability
        </Link>
        <Link to="/sites/$site/reports" params={{ site }}>
          Reports
        </Link>
      </nav>
    </div>
  );
}
