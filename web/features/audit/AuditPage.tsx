// The audit trail (issue #4): every change, sign-in and approval, filtered through the URL, paged
// with the API's cursor, and exported as CSV with the same filters.
import { useCallback, useMemo } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { hasPermission, useMe } from '../../auth/session.js';
import { Empty, ErrorBox, Loading } from '../../components/states.js';
import { actorNamesQuery, auditCsvHref, auditQuery } from './audit-api.js';
import { AuditFilters } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import type { AuditSearch } from './search.js';
import './audit.css';

const route = getRouteApi('/app/audit');

export function AuditPage() {
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  const records = useInfiniteQuery(auditQuery(filters));
  const names = useQuery({ ...actorNamesQuery, enabled: hasPermission(me, 'user.manage') });
  const onChange = useCallback(
    (next: Partial<AuditSearch>) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  const actorName = useCallback(
    (id: string) => (id === me.id ? `${me.name} (you)` : names.data?.get(id)?.name),
    [me, names.data],
  );
  const actors = useMemo(
    () =>
      names.data
        ? [...names.data].map(([id, u]) => ({ value: id, label: `${u.name} <${u.email}>` }))
        : [{ value: me.id, label: `${me.name} (you)` }],
    [names.data, me],
  );
  const items = useMemo(() => records.data?.pages.flatMap((p) => p.items) ?? [], [records.data]);

  return (
    <div className="audit-page">
      <div className="page-header">
        <h1>Audit log</h1>
        <span className="muted small">newest first · tamper-evident chain (c981 audit verify)</span>
        <span className="spacer" />
        <a className="button" href={auditCsvHref(filters)} download>
          Export CSV
        </a>
      </div>
      <AuditFilters filters={filters} onChange={onChange} actors={actors} />
      {records.error ? (
        <ErrorBox error={records.error} onRetry={() => void records.refetch()} />
      ) : records.isPending ? (
        <Loading what="audit records" />
      ) : items.length === 0 ? (
        <Empty>No audit records match these filters.</Empty>
      ) : (
        <>
          <div className="panel table-panel">
            <AuditTable records={items} actorName={actorName} />
          </div>
          <div className="load-more">
            <span className="muted small">
              {items.length} record{items.length === 1 ? '' : 's'}
              {records.hasNextPage ? ' shown' : ' (all)'}
            </span>
            {records.hasNextPage && (
              <button type="button" onClick={() => void records.fetchNextPage()} disabled={records.isFetchingNextPage}>
                {records.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
