// Builds the Fastify application. Never listens: main.ts does, tests use app.inject().
import { join } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from './db/connection.js';
import { registerAssetSearchRoute } from './features/assets/assets.routes.js';
import { registerControlApprovalRoute } from './features/compensating-controls/control-approval.routes.js';
import { registerEvaluationRoutes } from './features/evaluation/evaluation.routes.js';
import { registerRequirementRoutes } from './features/requirements/requirements.routes.js';
import { registerZoneAssessmentRoutes } from './features/zones/zone-assessment.routes.js';
import { registerHealthRoute } from './features/health/health.routes.js';
import { registerResultRoutes } from './features/results/results.routes.js';
import { registerSiteFileRoutes } from './features/site-files/site-files.routes.js';
import { registerAssetImportRoutes } from './features/asset-import/asset-import.routes.js';
import { registerDiscoveryRoutes } from './features/discovery/discovery.routes.js';
import { registerAdvisoryRoutes } from './features/advisories/advisories.routes.js';
import { registerVulnerabilityRoutes } from './features/vulnerabilities/vulnerabilities.routes.js';
import { registerSiteResources } from './features/site-routes.js';
import { registerSiteRoutes } from './features/sites/sites.routes.js';
import { ERROR_STATUS } from './errors.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerWebFallback } from './plugins/web-fallback.js';
import { actorOf, registerAuth } from './plugins/auth.js';
import { registerAuthorization } from './plugins/authorize.js';
import { registerAuthRoutes } from './features/auth/auth.routes.js';
import { registerUserRoutes } from './features/users/users.routes.js';
import { registerTokenRoutes } from './features/tokens/tokens.routes.js';
import { registerAuditLogRoutes } from './features/audit/audit-log.routes.js';
import { registerInventoryRoutes } from './features/inventory/inventory.routes.js';
import { registerRiskMatrixRoutes } from './features/risk-matrix/risk-matrix.routes.js';
import { registerRiskRoutes } from './features/risks/risks.routes.js';
import { registerRiskAssessmentRoutes } from './features/risk-assessment/risk-assessment.routes.js';
import { registerCrsRoutes } from './features/crs/crs.routes.js';
import { registerRoadmapRoutes } from './features/roadmap/roadmap.routes.js';
import { registerTrendRoutes } from './features/trends/trends.routes.js';
import { startTrendRecorder } from './features/trends/trends.recorder.js';
import { registerTraceabilityRoutes } from './features/traceability/traceability.routes.js';
import { registerBaselineRoutes } from './features/baselines/baselines.routes.js';
import { registerChangeControlGuard } from './features/change-requests/change-control.settings.js';
import { registerChangeRequestRoutes } from './features/change-requests/change-requests.routes.js';
import { registerReportRoutes } from './features/reports/reports.routes.js';
import { registerOfflineAssessmentRoutes } from './features/offline-assessment/offline-assessment.routes.js';

export interface AppOptions {
  db: Db;
  logger?: boolean;
  /** Where logs go (default stdout); tests read them to prove no secret is logged. */
  logStream?: NodeJS.WritableStream;
  /** Folder with the built web app (index.html). */
  webRoot?: string;
  version?: string;
  /** Record every site's SL history at start and hourly (`serve` does; tests only when they ask). */
  recordTrendsDaily?: boolean;
}

export const JSON_BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: process.env.C981_LOG_LEVEL ?? 'info',
          ...(options.logStream ? { stream: options.logStream } : {}),
          // Credentials never reach the log, whatever a future log line includes.
          redact: [
            'req.headers.authorization',
            'req.headers.cookie',
            'req.headers["x-csrf-token"]',
            'res.headers["set-cookie"]',
          ],
        }
      : false,
    bodyLimit: JSON_BODY_LIMIT,
    // Behind a TLS-terminating reverse proxy, C981_TRUST_PROXY=1 (or its address) makes
    // req.protocol and req.ip reflect the client: Secure cookies and audited source addresses.
    ...(process.env.C981_TRUST_PROXY
      ? { trustProxy: process.env.C981_TRUST_PROXY === '1' ? true : process.env.C981_TRUST_PROXY }
      : {}),
    // Services validate bodies themselves, with the site file's messages; Fastify's schemas
    // only document the API.
    ajv: { customOptions: { strict: false } },
  });
  app.setValidatorCompiler(() => (data: unknown) => ({ value: data }));
  // API bodies are JSON only; site files go to the upload route, which has its own parser.
  app.removeContentTypeParser('text/plain');
  registerErrorHandler(app);
  // Same-origin by default: no CORS plugin, so browsers refuse cross-origin reads; helmet sets the
  // usual security headers (the API docs page needs inline scripts and styles).
  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerAuth(app, options.db);
  registerAuthorization(app);
  registerChangeControlGuard(app, options.db);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'C-981 API',
        version: options.version ?? '0.1.0',
        description: `IEC 62443 programme API. Errors answer { error: { code, message, details? } } with codes: ${Object.keys(ERROR_STATUS).join(', ')}.`,
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const db = options.db;
  registerHealthRoute(app, db, options.version ?? '0.1.0');
  registerAuthRoutes(app, db);
  registerUserRoutes(app, db, actorOf);
  registerTokenRoutes(app, db, actorOf);
  registerSiteRoutes(app, db, actorOf);
  registerSiteResources(app, db, actorOf);
  registerResultRoutes(app, db, actorOf);
  registerAssetSearchRoute(app, db, actorOf);
  registerInventoryRoutes(app, db, actorOf);
  registerSiteFileRoutes(app, db, actorOf);
  registerAssetImportRoutes(app, db, actorOf);
  registerDiscoveryRoutes(app, db, actorOf);
  registerAdvisoryRoutes(app, db, actorOf);
  registerVulnerabilityRoutes(app, db, actorOf);
  registerEvaluationRoutes(app, db, actorOf);
  registerZoneAssessmentRoutes(app, db, actorOf);
  registerControlApprovalRoute(app, db, actorOf);
  registerRequirementRoutes(app);
  registerAuditLogRoutes(app, db, actorOf);
  registerRiskMatrixRoutes(app, db, actorOf);
  registerRiskRoutes(app, db, actorOf);
  registerRiskAssessmentRoutes(app, db, actorOf);
  registerCrsRoutes(app, db, actorOf);
  registerRoadmapRoutes(app, db, actorOf);
  registerTrendRoutes(app, db, actorOf);
  if (options.recordTrendsDaily) startTrendRecorder(app, db);
  registerTraceabilityRoutes(app, db, actorOf);
  registerBaselineRoutes(app, db, actorOf);
  registerChangeRequestRoutes(app, db, actorOf);
  registerReportRoutes(app, db, actorOf);
  registerOfflineAssessmentRoutes(app, db, actorOf);
  await registerWebFallback(app, options.webRoot ?? join(process.cwd(), 'dist', 'web'));
  return app;
}
