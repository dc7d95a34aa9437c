// Reading the audit trail (GET /api/v1/audit): newest first, keyset pages by sequence number.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, apiAll, qs, type Page } from '../../api/client.js';
import type { AuditRecordView } from '../../../core/api/audit.js';
import type { AuditSearch } from './search.js';

export type AuditRecord = AuditRecordView;

const PAGE = 100;

export const auditQuery = (filters: AuditSearch) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'records', filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page<AuditRecord>>(`/api/v1/audit${qs({ ...filters, limit: PAGE, cursor: pageParam })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The CSV export of the same filters: a plain GET, so a link with the session cookie downloads it. */
export const auditCsvHref = (filters: AuditSearch): string => `/api/v1/audit.csv${qs({ ...filters })}`;

/** Org-admins may list users: actor ids then read as names. Others see ids (and "you"). */
export const actorNamesQuery = queryOptions({
  queryKey: ['audit', 'actor-names'],
  queryFn: async () => {
    const users = await apiAll<{ id: string; name: string; email: string }>('/api/v1/users');
    return new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
  },
  staleTime: 5 * 60_000,
});
