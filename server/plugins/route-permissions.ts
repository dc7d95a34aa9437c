// What each API route requires, in one table. The authorization hook enforces it; the route
// registry refuses to start when a route has no entry, and the authorization-matrix test walks
// the same table, so no route can slip through unguarded.
import type { Permission } from '../../core/accounts/permissions.js';

/**
 * - a Permission: checked on the route's `:site` (or organization-wide without one);
 * - 'authenticated': any signed-in caller (services filter what they answer by readable sites);
 * - 'public': no sign-in.
 * Every route with a `:site` also needs `site.read` on it, else it answers 404 (no leak).
 */
export type RouteRequirement = Permission | 'authenticated' | 'public';

const crud = (
  path: string,
  kind: 'zone' | 'conduit' | 'asset' | 'compensatingControl',
): Record<string, RouteRequirement> => ({
  [`GET /api/v1/sites/:site/${path}`]: 'site.read',
  [`POST /api/v1/sites/:site/${path}`]: `${kind}.create`,
  [`GET /api/v1/sites/:site/${path}/:id`]: 'site.read',
  [`PATCH /api/v1/sites/:site/${path}/:id`]: `${kind}.update`,
  [`DELETE /api/v1/sites/:site/${path}/:id`]: `${kind}.delete`,
});

export const ROUTE_REQUIREMENTS: Readonly<Record<string, RouteRequirement>> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'authenticated',
  'GET /api/v1/auth/me': 'authenticated',
  'GET /api/v1/sites': 'authenticated',
  'POST /api/v1/sites': 'site.create',
  'GET /api/v1/sites/:site': 'site.read',
  'PATCH /api/v1/sites/:site': 'site.update',
  'DELETE /api/v1/sites/:site': 'site.delete',
  ...crud('zones', 'zone'),
  ...crud('conduits', 'conduit'),
  ...crud('assets', 'asset'),
  ...crud('compensating-controls', 'compensatingControl'),
  'POST /api/v1/sites/:site/compensating-controls/:id/approve': 'compensatingControl.approve',
  'GET /api/v1/sites/:site/results': 'site.read',
  'PUT /api/v1/sites/:site/results': 'result.update',
  'GET /api/v1/assets': 'authenticated',
  // The inventory service answers only readable sites (a named unreadable site: 404).
  'GET /api/v1/inventory': 'authenticated',
  'GET /api/v1/inventory/count': 'authenticated',
  'POST /api/v1/sites/:site/assets/move': 'asset.update',
  'POST /api/v1/site-files': 'authenticated',
  'GET /api/v1/sites/:site/export': 'site.read',
  // Spreadsheet import of asset lists (issue #8 item 2): creating assets is the floor; the service
  // also checks asset.update when rows update existing assets (a route cannot know before reading).
  'POST /api/v1/sites/:site/asset-imports': 'asset.create',
  'GET /api/v1/sites/:site/evaluation': 'site.read',
  'GET /api/v1/sites/:site/zones/:id/evaluation': 'site.read',
  'GET /api/v1/sites/:site/conduits/:id/evaluation': 'site.read',
  'GET /api/v1/portfolio': 'authenticated',
  'GET /api/v1/sites/:site/zones/:zone/requirements': 'site.read',
  'POST /api/v1/sites/:site/zones/:zone/qualify': 'site.read',
  'GET /api/v1/requirements': 'authenticated',
  // Account administration. "Or the user themself" and token ownership cannot be said here:
  // those routes are 'authenticated' and their services check (user-admin, own-tokens).
  'GET /api/v1/users': 'user.manage',
  'POST /api/v1/users': 'user.manage',
  'GET /api/v1/users/:id': 'authenticated',
  'PATCH /api/v1/users/:id/sites/:site': 'member.manage',
  'POST /api/v1/users/:id/disable': 'user.manage',
  'PUT /api/v1/users/:id/password': 'authenticated',
  'GET /api/v1/tokens': 'authenticated',
  'POST /api/v1/tokens': 'authenticated',
  'DELETE /api/v1/tokens/:id': 'authenticated',
  // The audit service filters by the sites the caller may audit (no :site to check here).
  'GET /api/v1/audit': 'authenticated',
  'GET /api/v1/audit.csv': 'authenticated',
  // Risk matrix (issue #6): the organization's is read by anyone signed in, set by org-admins;
  // a site's own is set by its site-admins.
  'GET /api/v1/risk-matrix': 'authenticated',
  'PUT /api/v1/risk-matrix': 'riskMatrix.manage',
  'GET /api/v1/sites/:site/risk-matrix': 'site.read',
  'PUT /api/v1/sites/:site/risk-matrix': 'riskMatrix.update',
  'DELETE /api/v1/sites/:site/risk-matrix': 'riskMatrix.update',
  // Threat scenarios (IEC 62443-3-2 ZCR 5) are worked out by the assessment team (risk.update);
  // adopting a recommended SL-T changes the zone or conduit, so it needs that update permission.
  'GET /api/v1/sites/:site/risks': 'site.read',
  'POST /api/v1/sites/:site/risks': 'risk.update',
  'GET /api/v1/sites/:site/risks/:id': 'site.read',
  'PATCH /api/v1/sites/:site/risks/:id': 'risk.update',
  'DELETE /api/v1/sites/:site/risks/:id': 'risk.update',
  // Accepting a remaining intolerable risk is a sign-off, like approving the assessment.
  'POST /api/v1/sites/:site/risks/:id/accept': 'riskAssessment.approve',
  'DELETE /api/v1/sites/:site/risks/:id/accept': 'riskAssessment.approve',
  'GET /api/v1/sites/:site/zones/:id/slt-recommendation': 'site.read',
  'POST /api/v1/sites/:site/zones/:id/slt-recommendation/adopt': 'zone.update',
  'GET /api/v1/sites/:site/conduits/:id/slt-recommendation': 'site.read',
  'POST /api/v1/sites/:site/conduits/:id/slt-recommendation/adopt': 'conduit.update',
  // Risk assessment (issue #6, IEC 62443-3-2 ZCR 1–7): assessors edit it, approvers sign it off.
  'GET /api/v1/sites/:site/risk-assessment': 'site.read',
  'PATCH /api/v1/sites/:site/risk-assessment': 'risk.update',
  'POST /api/v1/sites/:site/risk-assessment/approve': 'riskAssessment.approve',
  // Baselines (issue #7): anyone who reads the site reads its history; taking one is assessment work.
  'GET /api/v1/sites/:site/baselines': 'site.read',
  'POST /api/v1/sites/:site/baselines': 'baseline.create',
  'GET /api/v1/sites/:site/baselines/:baseline': 'site.read',
  'GET /api/v1/sites/:site/baselines/:baseline/diff': 'site.read',
  // Change requests (issue #7): proposed by the assessment team, approved by approvers (never
  // their own, checked in the service), applied by the team once approved.
  'GET /api/v1/sites/:site/change-control': 'site.read',
  'PUT /api/v1/sites/:site/change-control': 'site.update',
  'GET /api/v1/sites/:site/change-requests': 'site.read',
  'POST /api/v1/sites/:site/change-requests': 'changeRequest.create',
  'GET /api/v1/sites/:site/change-requests/:id': 'site.read',
  'PATCH /api/v1/sites/:site/change-requests/:id': 'changeRequest.create',
  'POST /api/v1/sites/:site/change-requests/:id/approve': 'changeRequest.approve',
  'POST /api/v1/sites/:site/change-requests/:id/reject': 'changeRequest.approve',
  'POST /api/v1/sites/:site/change-requests/:id/apply': 'changeRequest.create',
  'POST /api/v1/sites/:site/change-requests/:id/rebase': 'changeRequest.create',
  'POST /api/v1/sites/:site/change-requests/:id/withdraw': 'changeRequest.create',
  // The CRS (ZCR 6) is generated from data the reader may already see.
  'GET /api/v1/sites/:site/crs': 'site.read',
  // Remediation roadmap (issue #7 item 3): the assessment team plans the actions (roadmap.update);
  // the projection and its what-if are computed reads that store nothing.
  // Passive discovery (issue #9): assessors bring captures (discovery.upload); site-admins decide
  // what the drift queue's findings do to the model (discovery.decide).
  'POST /api/v1/sites/:site/discovery/runs': 'discovery.upload',
  'GET /api/v1/sites/:site/discovery/runs': 'site.read',
  'GET /api/v1/sites/:site/discovery/runs/:id': 'site.read',
  'GET /api/v1/sites/:site/discovery/findings': 'site.read',
  'POST /api/v1/sites/:site/discovery/findings/:id/accept': 'discovery.decide',
  'POST /api/v1/sites/:site/discovery/findings/:id/reject': 'discovery.decide',
  'GET /api/v1/sites/:site/discovery/zone-traffic': 'site.read',
  // Vendor advisories (issue #10): one library for the organisation, curated by org-admins
  // (advisory.import is organisation-wide); anyone signed in may read it (public vendor data).
  'POST /api/v1/advisories': 'advisory.import',
  'GET /api/v1/advisories': 'authenticated',
  'GET /api/v1/advisories/:id': 'authenticated',
  'DELETE /api/v1/advisories/:id': 'advisory.import',
  // Advisories matched against a site's assets: read with the site; triage by the assessment team.
  'GET /api/v1/sites/:site/vulnerabilities': 'site.read',
  'PUT /api/v1/sites/:site/vulnerabilities/triage': 'vulnerability.triage',
  // Across readable sites; the service filters by what the caller may read.
  'GET /api/v1/vulnerabilities': 'authenticated',
  'GET /api/v1/sites/:site/roadmap/actions': 'site.read',
  'POST /api/v1/sites/:site/roadmap/actions': 'roadmap.update',
  'GET /api/v1/sites/:site/roadmap/actions/:id': 'site.read',
  'PATCH /api/v1/sites/:site/roadmap/actions/:id': 'roadmap.update',
  'DELETE /api/v1/sites/:site/roadmap/actions/:id': 'roadmap.update',
  'GET /api/v1/sites/:site/roadmap/projection': 'site.read',
  'POST /api/v1/sites/:site/roadmap/projection': 'site.read',
  // Progress over time and the traceability matrix (issue #7): read-only views of what the
  // reader may already see; the estate's trends are filtered to the readable sites.
  'GET /api/v1/sites/:site/trends': 'site.read',
  'GET /api/v1/trends': 'authenticated',
  'GET /api/v1/sites/:site/traceability': 'site.read',
  // Reports (issue #8 item 1): documents of what the reader may already see; the portfolio's
  // covers the readable sites only (its service filters them).
  'GET /api/v1/sites/:site/reports/:kind': 'site.read',
  'GET /api/v1/reports/portfolio': 'authenticated',
  // Offline assessment (issue #8 item 3): every reader may take the checklist away; bringing it
  // back writes results, so it needs what PUT …/results needs.
  'GET /api/v1/sites/:site/zones/:zone/checklist.xlsx': 'site.read',
  'POST /api/v1/sites/:site/zones/:zone/checklist.xlsx': 'result.update',
  'GET /api/v1/sites/:site/conduits/:id/checklist.xlsx': 'site.read',
  'POST /api/v1/sites/:site/conduits/:id/checklist.xlsx': 'result.update',
};

export const routeKey = (method: string, url: string): string => `${method} ${url}`;
