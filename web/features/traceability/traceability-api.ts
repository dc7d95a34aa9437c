// The traceability matrix query and its CSV link (docs/api.md "Traceability"). The key starts with
// ['site', id], so any change to the site refreshes it (invalidateSite).
import { queryOptions } from '@tanstack/react-query';
import type { Traceability } from '../../../core/api/traceability.js';
import { api, qs } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { TraceSearch } from './search.js';

export type { TraceAction, TraceControl, TraceRow, Traceability } from '../../../core/api/traceability.js';

const params = (f: TraceSearch) => ({ scope: f.scope, fr: f.fr, requirement: f.requirement, status: f.status });

export const traceabilityQuery = (site: string, filters: TraceSearch) =>
  queryOptions({
    queryKey: ['site', site, 'traceability', params(filters)],
    queryFn: () => api<Traceability>(`${sitePath(site, 'traceability')}${qs(params(filters))}`),
  });

/** The CSV download of the same rows (the server names the file). */
export const traceabilityCsvHref = (site: string, filters: TraceSearch): string =>
  `${sitePath(site, 'traceability')}${qs({ ...params(filters), format: 'csv' })}`;
