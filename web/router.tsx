// Every page of the app and its URL. Pages are loaded on demand (code splitting keeps the first
// load small); each page's filter state is validated from the URL by its feature's search.ts.
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { meQuery } from './auth/session.js';
import { AppShell } from './components/AppShell.js';
import { ErrorBox, Loading } from './components/states.js';
import { LoginPage } from './features/login/LoginPage.js';
import { validateAdvisoriesSearch } from './features/advisories/search.js';
import { validateAssetImportSearch } from './features/asset-import/search.js';
import { validateAuditSearch } from './features/audit/search.js';
import { validateChangesSearch } from './features/changes/search.js';
import { validateControlsSearch } from './features/controls/search.js';
import { validateDiscoverySearch } from './features/discovery/search.js';
import { validateInventorySearch } from './features/inventory/search.js';
import { validateAssessmentSearch } from './features/risk-assessment/search.js';
import { validateRiskSearch } from './features/risk/search.js';
import { validateRoadmapSearch } from './features/roadmap/search.js';
import { validatePortfolioSearch } from './features/portfolio/search.js';
import { validateSiteFilesSearch } from './features/site-files/search.js';
import { validateSiteSearch } from './features/site/search.js';
import { validateZoneSearch } from './features/zone/search.js';
import { validateTraceSearch } from './features/traceability/search.js';
import {
  validateVulnerabilitiesSearch,
  validatePortfolioVulnerabilitiesSearch,
} from './features/vulnerabilities/search.js';
import { str, type Search } from './search.js';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: () => <ErrorBox error={new Error('No such page.')} />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (s: Search): { redirect?: string } => {
    const to = str(s, 'redirect');
    // Only same-app paths: never send a user to another origin after sign-in.
    return to?.startsWith('/') && !to.startsWith('//') ? { redirect: to } : {};
  },
  component: LoginPage,
});

/** Everything behind sign-in. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    // TanStack Router's redirect is thrown by design (it is not an Error).
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: AppShell,
});

const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: validatePortfolioSearch,
  component: lazyRouteComponent(() => import('./features/portfolio/PortfolioPage.js'), 'PortfolioPage'),
});
const siteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site',
  validateSearch: validateSiteSearch,
  component: lazyRouteComponent(() => import('./features/site/SitePage.js'), 'SitePage'),
});
const zoneRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/zones/$zone',
  validateSearch: validateZoneSearch,
  component: lazyRouteComponent(() => import('./features/zone/ZonePage.js'), 'ZonePage'),
});
const controlsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/controls',
  validateSearch: validateControlsSearch,
  component: lazyRouteComponent(() => import('./features/controls/ControlsPage.js'), 'ControlsPage'),
});
const riskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/risk',
  validateSearch: validateRiskSearch,
  component: lazyRouteComponent(() => import('./features/risk/RiskPage.js'), 'RiskPage'),
});
const riskAssessmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/risk-assessment',
  validateSearch: validateAssessmentSearch,
  component: lazyRouteComponent(() => import('./features/risk-assessment/RiskAssessmentPage.js'), 'RiskAssessmentPage'),
});
const changesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/changes',
  validateSearch: validateChangesSearch,
  component: lazyRouteComponent(() => import('./features/changes/ChangesPage.js'), 'ChangesPage'),
});
const discoveryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/discovery',
  validateSearch: validateDiscoverySearch,
  component: lazyRouteComponent(() => import('./features/discovery/DiscoveryPage.js'), 'DiscoveryPage'),
});
const vulnerabilitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/vulnerabilities',
  validateSearch: validateVulnerabilitiesSearch,
  component: lazyRouteComponent(
    () => import('./features/vulnerabilities/VulnerabilitiesPage.js'),
    'VulnerabilitiesPage',
  ),
});
const traceabilityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/traceability',
  validateSearch: validateTraceSearch,
  component: lazyRouteComponent(() => import('./features/traceability/TraceabilityPage.js'), 'TraceabilityPage'),
});
const roadmapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/roadmap',
  validateSearch: validateRoadmapSearch,
  component: lazyRouteComponent(() => import('./features/roadmap/RoadmapPage.js'), 'RoadmapPage'),
});
const assetImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/import-assets',
  validateSearch: validateAssetImportSearch,
  component: lazyRouteComponent(() => import('./features/asset-import/AssetImportPage.js'), 'AssetImportPage'),
});
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$site/reports',
  component: lazyRouteComponent(() => import('./features/reports/ReportsPage.js'), 'ReportsPage'),
});
const inventoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inventory',
  validateSearch: validateInventorySearch,
  component: lazyRouteComponent(() => import('./features/inventory/InventoryPage.js'), 'InventoryPage'),
});
const advisoriesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/advisories',
  validateSearch: validateAdvisoriesSearch,
  component: lazyRouteComponent(() => import('./features/advisories/AdvisoriesPage.js'), 'AdvisoriesPage'),
});
const portfolioVulnerabilitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/vulnerabilities',
  validateSearch: validatePortfolioVulnerabilitiesSearch,
  component: lazyRouteComponent(
    () => import('./features/vulnerabilities/PortfolioVulnerabilitiesPage.js'),
    'PortfolioVulnerabilitiesPage',
  ),
});
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import('./features/audit/AuditPage.js'), 'AuditPage'),
});
const siteFilesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/site-files',
  validateSearch: validateSiteFilesSearch,
  component: lazyRouteComponent(() => import('./features/site-files/SiteFilesPage.js'), 'SiteFilesPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('./features/admin/UsersPage.js'), 'UsersPage'),
});
const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/tokens',
  component: lazyRouteComponent(() => import('./features/admin/TokensPage.js'), 'TokensPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    portfolioRoute,
    siteRoute,
    zoneRoute,
    controlsRoute,
    riskRoute,
    riskAssessmentRoute,
    changesRoute,
    discoveryRoute,
    vulnerabilitiesRoute,
    roadmapRoute,
    traceabilityRoute,
    reportsRoute,
    assetImportRoute,
    inventoryRoute,
    advisoriesRoute,
    portfolioVulnerabilitiesRoute,
    auditRoute,
    siteFilesRoute,
    usersRoute,
    tokensRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: () => <Loading />,
    defaultErrorComponent: ({ error }) => <ErrorBox error={error} />,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
