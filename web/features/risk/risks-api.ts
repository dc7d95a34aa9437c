// Threat scenarios of a site, i.e. its risk register (GET/POST /api/v1/sites/{site}/risks,
// docs/api.md). Each answer carries its unmitigated and residual risk on the site's matrix.
import { queryOptions } from '@tanstack/react-query';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import { api, apiAll } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export interface RiskRating {
  level: string;
  name: string;
  tolerable: boolean;
}

export type RiskView = ThreatScenarioDoc & {
  site: string;
  /** Null when the scenario's ratings fall off a matrix that was made smaller since. */
  unmitigatedRisk: RiskRating | null;
  residualRisk: RiskRating | null;
  warnings?: string[];
  abilities: string[];
};

export const risksQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'risks'],
    queryFn: () => apiAll<RiskView>(sitePath(site, 'risks')),
  });

export const createRisk = (site: string, body: ThreatScenarioDoc, reason: string | undefined) =>
  api<RiskView>(sitePath(site, 'risks'), { method: 'POST', body, reason });

export const deleteRisk = (site: string, id: string, reason: string | undefined) =>
  api<void>(sitePath(site, 'risks', id), { method: 'DELETE', reason });
