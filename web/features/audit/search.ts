import { compact, str, type Search } from '../../search.js';

/** Audit log: the API's filters (GET /api/v1/audit), all in the URL so a query can be shared. */
export interface AuditSearch {
  site?: string;
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export const AUDIT_FILTERS = ['site', 'actor', 'action', 'entity', 'entityId', 'from', 'to'] as const;

export const validateAuditSearch = (s: Search): AuditSearch =>
  compact(Object.fromEntries(AUDIT_FILTERS.map((k) => [k, str(s, k)])));
