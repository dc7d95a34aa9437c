// Reading the audit trail (GET /api/v1/audit): newest first, keyset pages by sequence number.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, apiAll, qs, type Page } from '../../api/client.js';
import type { AuditSearch } from './search.js';

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  /** The acting user's name, answered by the server for everyone who may read the record. */
  actorName?: string | null;
  actorKind: string | null;
  sourceIp: string | null;
  action: string;
  site: string | null;
  entity: string;
  entityId: string | null;
  reason: string | null;
  detail: unknown;
  hash: string | null;
}

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
