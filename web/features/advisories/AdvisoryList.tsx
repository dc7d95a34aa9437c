// The advisory library's table: newest first (current release date), searchable by text and by
// product vendor (both in the URL), a page at a time. A row opens the advisory's detail.
import { useQuery } from '@tanstack/react-query';
import { Empty, ErrorBox, Loading } from '../../components/states.js';
import { advisoriesQuery, PAGE_SIZE, type AdvisorySummary } from './advisories-api.js';
import { CvssChip } from './Cvss.js';
import type { AdvisoriesSearch } from './search.js';
import { useDebounced } from './use-debounced.js';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
const MAX_CVES = 3;

function Cves({ cves }: { cves: string[] }) {
  if (cves.length === 0) return <span className="muted">—</span>;
  const shown = cves.slice(0, MAX_CVES).join(', ');
  return (
    <span className="mono small" title={cves.join(', ')}>
      {shown}
      {cves.length > MAX_CVES && <span className="muted"> +{cves.length - MAX_CVES}</span>}
    </span>
  );
}

function Row({ a, open, onOpen }: { a: AdvisorySummary; open: boolean; onOpen: (id: string) => void }) {
  return (
    <tr className={open ? 'selected' : undefined}>
      <td className="nowrap">
        <button
          type="button"
          className="link mono"
          aria-label={`Open ${a.trackingId}`}
          aria-pressed={open}
          onClick={() => onOpen(a.id)}
        >
          {a.trackingId}
        </button>
      </td>
      <td>
        {a.title}
        <div className="muted small">
          {a.publisher.name} · v{a.version}
        </div>
      </td>
      <td className="small">{a.vendors.join(', ') || <span className="muted">—</span>}</td>
      <td className="num">{a.productCount}</td>
      <td>
        <Cves cves={a.cves} />
      </td>
      <td className="num">
        <CvssChip v3={a.maxCvssV3} v4={a.maxCvssV4} />
      </td>
      <td className="nowrap">{day(a.currentReleaseDate)}</td>
    </tr>
  );
}

export function AdvisoryList({
  search,
  onSearch,
  onOpen,
}: {
  search: AdvisoriesSearch;
  onSearch: (next: Partial<AdvisoriesSearch>) => void;
  onOpen: (id: string) => void;
}) {
  const q = useDebounced(search.q);
  const vendor = useDebounced(search.vendor);
  const page = search.page ?? 0;
  const list = useQuery(advisoriesQuery({ q, vendor, page }));
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = Boolean(search.q || search.vendor);
  return (
    <section className="panel" aria-labelledby="advisory-list-title">
      <div className="panel-head">
        <h2 id="advisory-list-title">Library</h2>
        <span className="muted small">
          {list.data
            ? `${total} ${total === 1 ? 'advisory' : 'advisories'}${filtered ? (total === 1 ? ' matches' : ' match') : ''}`
            : ''}
          {list.isFetching && list.data ? ' · updating…' : ''}
        </span>
      </div>
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search advisories"
          placeholder="Tracking id, title, CVE, publisher…"
          value={search.q ?? ''}
          onChange={(e) => onSearch({ q: e.target.value || undefined, page: undefined })}
        />
        <input
          type="search"
          aria-label="Filter by vendor"
          placeholder="Vendor…"
          value={search.vendor ?? ''}
          onChange={(e) => onSearch({ vendor: e.target.value || undefined, page: undefined })}
        />
        {filtered && (
          <button
            type="button"
            className="link"
            onClick={() => onSearch({ q: undefined, vendor: undefined, page: undefined })}
          >
            Clear
          </button>
        )}
      </div>
      {list.error ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Loading what="the advisories" />
      ) : list.data.items.length === 0 ? (
        <Empty>
          {filtered
            ? 'No advisory matches the search.'
            : 'The library is empty. An org-admin imports vendor advisories (CSAF) here.'}
        </Empty>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data advisory-table" aria-label="Advisories">
              <thead>
                <tr>
                  <th>Tracking id</th>
                  <th>Title</th>
                  <th>Vendors</th>
                  <th className="num">Products</th>
                  <th>CVEs</th>
                  <th className="num">Max CVSS</th>
                  <th>Released</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
                  <Row key={a.id} a={a} open={search.advisory === a.id} onOpen={onOpen} />
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <div className="toolbar pager">
              <button type="button" disabled={page === 0} onClick={() => onSearch({ page: page - 1 || undefined })}>
                Previous
              </button>
              <span className="muted small">
                page {page + 1} of {pages}
              </span>
              <button type="button" disabled={page + 1 >= pages} onClick={() => onSearch({ page: page + 1 })}>
                Next
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
