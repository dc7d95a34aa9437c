// Threat scenarios of a site, i.e. its risk register (GET/POST /api/v1/sites/{site}/risks, PATCH and
// DELETE …/risks/{id}, docs/api.md). Each answer carries its unmitigated and residual risk on the site's matrix.
import { queryOptions } from '@tanstack/react-query';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import { api, apiAll } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { ScenarioPatch } from './scenario-form.js';

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
  /** The acceptance of the remaining intolerable risk (risk-acceptance.service.ts), or null. */
  acceptance: RiskAcceptance | null;
  abilities: string[];
};

export interface RiskAcceptance {
  by: string;
  byName: string;
  at: string;
  /** Last day it holds (YYYY-MM-DD, UTC). */
  expires: string;
  rationale: string;
  /** The day is past: the risk must be accepted again or treated. */
  expired: boolean;
}

export const risksQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'risks'],
    queryFn: () => apiAll<RiskView>(sitePath(site, 'risks')),
  });

export const createRisk = (site: string, body: ThreatScenarioDoc, reason: string | undefined) =>
  api<RiskView>(sitePath(site, 'risks'), { method: 'POST', body, reason });

/** PATCH …/risks/{id}: the changed fields (null clears an optional one); withdraws any acceptance. */
export const updateRisk = (site: string, id: string, patch: ScenarioPatch, reason: string | undefined) =>
  api<RiskView>(sitePath(site, 'risks', id), { method: 'PATCH', body: patch, reason });

export const deleteRisk = (site: string, id: string, reason: string | undefined) =>
  api<void>(sitePath(site, 'risks', id), { method: 'DELETE', reason });

export interface AcceptInput {
  expires: string;
  rationale: string;
  signature?: { password: string; meaning: string };
  reason?: string;
}

/** POST …/risks/{id}/accept (approvers): accept the remaining intolerable risk until a date. */
export const acceptRisk = (site: string, id: string, input: AcceptInput) =>
  api<RiskView>(sitePath(site, 'risks', id, 'accept'), {
    method: 'POST',
    body: {
      expires: input.expires,
      rationale: input.rationale,
      ...(input.signature ? { signature: input.signature } : {}),
    },
    reason: input.reason,
  });

/** DELETE …/risks/{id}/accept: withdraw the acceptance. */
export const withdrawAcceptance = (site: string, id: string, reason: string | undefined) =>
  api<RiskView>(sitePath(site, 'risks', id, 'accept'), { method: 'DELETE', reason });
