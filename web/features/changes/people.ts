// Requests and baselines name people by account id. The audit trail answers every reader the
// names of the actors of the records they may read, so the site's change-request and baseline
// records name their authors, appliers and takers for everyone; org-admins may also list users.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { AuditRecordView } from '../../../core/api/audit.js';
import { api, qs, type Page } from '../../api/client.js';
import { hasPermission, useMe } from '../../auth/session.js';
import { actorNamesQuery } from '../audit/audit-api.js';

/** The audit actions whose actors this page names: who proposed, applied, took a baseline. */
const ACTIONS = ['change-request.*', 'baseline.create'] as const;

const auditNamesQuery = (site: string, action: string) =>
  queryOptions({
    // Under ['site', site]: a new request or baseline refreshes the names with it.
    queryKey: ['site', site, 'changes', 'actor-names', action],
    queryFn: async ({ signal }) => {
      const page = await api<Page<AuditRecordView>>(`/api/v1/audit${qs({ site, action, limit: 500 })}`, { signal });
      return page.items.flatMap((r): [string, string][] => (r.actorName ? [[r.actor, r.actorName]] : []));
    },
    staleTime: 60_000,
  });

export function usePersonName(site: string): (id: string | null | undefined) => string {
  const me = useMe();
  const users = useQuery({ ...actorNamesQuery, enabled: hasPermission(me, 'user.manage') });
  const fromAudit = useQueries({
    queries: ACTIONS.map((action) => ({
      ...auditNamesQuery(site, action),
      enabled: hasPermission(me, 'audit.read', site),
    })),
  });
  const known = new Map(fromAudit.flatMap((q) => q.data ?? []));
  return (id) => {
    if (!id) return '–';
    if (id === me.id) return `${me.name} (you)`;
    return users.data?.get(id)?.name ?? known.get(id) ?? id;
  };
}

/** "2026-05-04 09:12" from an ISO timestamp (UTC, as stored). */
export const when = (iso: string | null | undefined): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');
