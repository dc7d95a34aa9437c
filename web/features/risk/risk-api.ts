// The site's risk matrix (GET/PUT/DELETE /api/v1/sites/{site}/risk-matrix; docs/api.md "Risk matrix").
import { queryOptions } from '@tanstack/react-query';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import { api } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export interface MatrixAnswer {
  source: 'default' | 'organization' | 'site';
  site?: string;
  matrix: RiskMatrix;
  updatedAt: string | null;
  updatedBy: string | null;
  abilities: string[];
}

export const siteMatrixQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'risk-matrix'],
    queryFn: ({ signal }) => api<MatrixAnswer>(sitePath(site, 'risk-matrix'), { signal }),
  });

export const saveSiteMatrix = (site: string, matrix: RiskMatrix, reason: string | undefined) =>
  api<MatrixAnswer>(sitePath(site, 'risk-matrix'), { method: 'PUT', body: matrix, reason });

export const resetSiteMatrix = (site: string, reason: string | undefined) =>
  api<MatrixAnswer>(sitePath(site, 'risk-matrix'), { method: 'DELETE', reason });
