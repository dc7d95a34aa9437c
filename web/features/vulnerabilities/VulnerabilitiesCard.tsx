// The portfolio's "Vulnerabilities" card: per site, the findings affected, to review, critical,
// without a fix and untriaged, each site linking to its Vulnerabilities tab.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Empty, QueryState } from '../../components/states.js';
import { portfolioVulnerabilitiesQuery, type PortfolioSiteVulnerabilities } from './vulnerabilities-api.js';
import './vulnerabilities.css';

const Count = ({ n, cls }: { n: number; cls?: string }) =>
  n === 0 ? <span className="muted">0</span> : <span className={cls}>{n}</span>;

export function SiteVulnerabilityCounts({ sites }: { sites: PortfolioSiteVulnerabilities[] }) {
  return (
    <table className="data vuln-sites" aria-label="Vulnerabilities by site">
      <thead>
        <tr>
          <th>Site</th>
          <th className="num">Affected</th>
          <th className="num" title="Affected with CVSS 9 or more">
            Critical
          </th>
          <th className="num">Review</th>
          <th className="num" title="No fix planned or available: compensating controls only">
            No fix
          </th>
          <th className="num">Now</th>
          <th className="num">Next</th>
          <th className="num">Never</th>
          <th className="num">Untriaged</th>
          <th className="num">Closed</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <tr key={s.siteId}>
            <td>
              <Link to="/sites/$site/vulnerabilities" params={{ site: s.siteId }}>
                {s.siteName}
              </Link>
            </td>
            <td className="num">
              <Count n={s.affected} cls="count-affected" />
            </td>
            <td className="num">
              <Count n={s.critical} cls="count-critical" />
            </td>
            <td className="num">
              <Count n={s.review} cls="count-review" />
            </td>
            <td className="num">
              <Count n={s.noFix} cls="count-affected" />
            </td>
            <td className="num">
              <Count n={s.now} />
            </td>
            <td className="num">
              <Count n={s.next} />
            </td>
            <td className="num">
              <Count n={s.never} />
            </td>
            <td className="num">
              <Count n={s.untriaged} cls="count-review" />
            </td>
            <td className="num">
              <Count n={s.closed} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const CARD_SITES = 10;

/** Sites with open findings, the most critical first; the card lists the first ten. */
export const worstSites = (sites: PortfolioSiteVulnerabilities[]): PortfolioSiteVulnerabilities[] =>
  sites
    .filter((s) => s.affected + s.review > 0)
    .sort(
      (a, b) =>
        b.critical - a.critical ||
        b.affected - a.affected ||
        b.untriaged - a.untriaged ||
        a.siteName.localeCompare(b.siteName),
    );

export function VulnerabilitiesCard() {
  const data = useQuery(portfolioVulnerabilitiesQuery);
  return (
    <section className="panel vulnerabilities-card" aria-labelledby="vuln-card-title">
      <div className="panel-head">
        <h2 id="vuln-card-title">Vulnerabilities</h2>
        <span className="muted small">vendor advisories matched against each site&apos;s inventory</span>
        <span className="spacer" />
        <Link to="/vulnerabilities">Top findings</Link>
        <Link to="/advisories">Advisory library</Link>
      </div>
      <QueryState query={data} what="the vulnerabilities">
        {(d) => {
          const worst = worstSites(d.sites);
          if (worst.length === 0)
            return <Empty>No open findings: no advisory in the library affects the sites&apos; assets.</Empty>;
          return (
            <div className="table-scroll">
              <SiteVulnerabilityCounts sites={worst.slice(0, CARD_SITES)} />
              {(worst.length > CARD_SITES || worst.length < d.sites.length) && (
                <p className="muted small">
                  {worst.length > CARD_SITES && `${worst.length - CARD_SITES} more sites with findings. `}
                  {worst.length < d.sites.length && `${d.sites.length - worst.length} sites without open findings. `}
                  <Link to="/vulnerabilities">All sites</Link>
                </p>
              )}
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
