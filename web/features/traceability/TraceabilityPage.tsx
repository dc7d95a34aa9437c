// The traceability matrix of a site (issue #7 item 5; docs/traceability.md): requirement → zone or
// conduit → result → evidence → compensating control → roadmap action → approval, filtered
// through the URL and downloadable as CSV with the same filters.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { SiteNav } from '../../components/SiteNav.js';
import { Empty, ErrorBox, Loading } from '../../components/states.js';
import type { TraceSearch } from './search.js';
import { traceabilityCsvHref, traceabilityQuery, type Traceability } from './traceability-api.js';
import { TraceabilityFilters } from './TraceabilityFilters.js';
import { TraceabilityTable } from './TraceabilityTable.js';
import './traceability.css';

const route = getRouteApi('/app/sites/$site/traceability');

export function TraceabilityPage() {
  const { site } = route.useParams();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const matrix = useQuery(traceabilityQuery(site, filters));
  const onChange = useCallback(
    (next: Partial<TraceSearch>) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  return (
    <div className="traceability-page">
      <SiteNav
        site={site}
        title="Traceability"
        actions={
          <a className="button" href={traceabilityCsvHref(site, filters)} download>
            Download CSV
          </a>
        }
      />
      <TraceabilityFilters site={site} filters={filters} onChange={onChange} />
      {matrix.error ? (
        <ErrorBox error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : !matrix.data ? (
        <Loading what="the traceability matrix" />
      ) : (
        <Matrix data={matrix.data} />
      )}
    </div>
  );
}

function Matrix({ data }: { data: Traceability }) {
  const approval = data.riskAssessmentApproval;
  return (
    <>
      <p className="trace-summary small">
        <span data-testid="trace-count">
          {data.rows.length} row{data.rows.length === 1 ? '' : 's'}
        </span>{' '}
        · one per requirement that applies to a zone or conduit at its SL-T · controls judged as of {data.asOf} ·{' '}
        {approval ? (
          <>
            risk assessment version {approval.version} approved by {approval.printedName ?? approval.approvedBy} on{' '}
            {approval.approvedAt.slice(0, 10)}
          </>
        ) : (
          <>risk assessment not approved yet</>
        )}
        {data.scopesWithoutTarget.length > 0 && (
          <span className="muted">
            {' '}
            · without SL-T (no rows): {data.scopesWithoutTarget.map((s) => s.id).join(', ')}
          </span>
        )}
      </p>
      {data.rows.length === 0 ? (
        <Empty>No requirement matches these filters.</Empty>
      ) : (
        <TraceabilityTable rows={data.rows} />
      )}
    </>
  );
}
