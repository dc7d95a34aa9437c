// The estate's vulnerabilities: per-site counts and the top findings across every readable site
// (GET /api/v1/vulnerabilities), each linking to its site's Vulnerabilities tab for triage.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Empty, QueryState } from '../../components/states.js';
import { CvssChip } from '../advisories/Cvss.js';
import { AdvisoryCell, AssetCell, DecisionChip, FixCell, ZoneCell } from './FindingRow.js';
import { stateChip } from './findings-filter.js';
import { SiteVulnerabilityCounts } from './VulnerabilitiesCard.js';
import { findingKey, portfolioVulnerabilitiesQuery, type PortfolioVulnerabilities } from './vulnerabilities-api.js';
import './vulnerabilities.css';

const route = getRouteApi('/app/vulnerabilities');

function View({ data }: { data: PortfolioVulnerabilities }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const top = search.site ? data.top.filter((f) => f.siteId === search.site) : data.top;
  return (
    <>
      <section className="panel" aria-labelledby="vuln-sites-title">
        <div className="panel-head">
          <h2 id="vuln-sites-title">By site</h2>
        </div>
        {data.sites.length === 0 ? <Empty>No readable site.</Empty> : <SiteVulnerabilityCounts sites={data.sites} />}
      </section>
      <section className="panel" aria-labelledby="vuln-top-title">
        <div className="panel-head">
          <h2 id="vuln-top-title">Top findings</h2>
          <span className="muted small">
            the highest priorities across the estate; triage them on the site&apos;s tab
          </span>
          <span className="spacer" />
          <label>
            <span className="muted small">Site </span>
            <select
              aria-label="Filter by site"
              value={search.site ?? ''}
              onChange={(e) => void navigate({ search: { site: e.target.value || undefined }, replace: true })}
            >
              <option value="">All</option>
              {data.sites.map((s) => (
                <option key={s.siteId} value={s.siteId}>
                  {s.siteName}
                </option>
              ))}
            </select>
          </label>
        </div>
        {top.length === 0 ? (
          <Empty>No open findings.</Empty>
        ) : (
          <div className="table-scroll">
            <table className="data findings-table" aria-label="Top findings">
              <thead>
                <tr>
                  <th className="num">Priority</th>
                  <th>Site</th>
                  <th>Asset</th>
                  <th>Zone</th>
                  <th>Advisory</th>
                  <th className="num">CVSS</th>
                  <th>Verdict</th>
                  <th>Fix</th>
                  <th>Triage</th>
                </tr>
              </thead>
              <tbody>
                {top.map((f) => {
                  const chip = stateChip(f);
                  return (
                    <tr key={`${f.siteId}\u0000${findingKey(f)}`}>
                      <td className="num">
                        <span className="priority" title={f.priorityFactors.join('\n')}>
                          {Math.round(f.priority)}
                        </span>
                      </td>
                      <td>
                        <Link to="/sites/$site/vulnerabilities" params={{ site: f.siteId }}>
                          {f.siteName}
                        </Link>
                      </td>
                      <td>
                        <AssetCell site={f.siteId} f={f} />
                      </td>
                      <td>
                        <ZoneCell f={f} />
                      </td>
                      <td>
                        <AdvisoryCell f={f} />
                      </td>
                      <td className="num">
                        <CvssChip v3={f.maxCvssV3} v4={f.maxCvssV4} />
                      </td>
                      <td>
                        <span className={chip.className} title={`${chip.title}\n${f.reason}`}>
                          {chip.label}
                        </span>
                      </td>
                      <td>
                        <FixCell f={f} />
                      </td>
                      <td>
                        <DecisionChip decision={f.triage?.decision} />
                        {f.triage?.owner && <div className="small">{f.triage.owner}</div>}
                        {f.triage?.due && <div className="small">due {f.triage.due.slice(0, 10)}</div>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

export function PortfolioVulnerabilitiesPage() {
  const data = useQuery(portfolioVulnerabilitiesQuery);
  return (
    <div className="vulnerabilities-page">
      <div className="page-header">
        <h1>Vulnerabilities</h1>
        <span className="muted">vendor advisories matched against the inventory of every site you can read</span>
        <span className="spacer" />
        <Link to="/advisories">Advisory library</Link>
      </div>
      <QueryState query={data} what="the vulnerabilities">
        {(d) => <View data={d} />}
      </QueryState>
    </div>
  );
}
