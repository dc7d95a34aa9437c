// Who a user works for and the roles they can hold (issue #4, DESIGN §2): plain constants with no
// schema library, shared by the schemas, the server, the web app and the CLI.

/** The kind of company a user works for (IEC 62443-2-4 / 4-1 roles in the supply chain). */
export const PARTIES = ['asset-owner', 'system-integrator', 'product-supplier', 'service-provider', 'auditor'] as const;
export type Party = (typeof PARTIES)[number];

/** Organization-wide roles; everyone else holds roles per site. */
export const ORG_ROLES = ['org-admin'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** Per-site roles, from least to most privileged. */
export const SITE_ROLES = ['viewer', 'assessor', 'approver', 'site-admin'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const isSiteRole = (v: string): v is SiteRole => (SITE_ROLES as readonly string[]).includes(v);
export const isParty = (v: string): v is Party => (PARTIES as readonly string[]).includes(v);

/**
 * Longest password accepted. Argon2 takes any length, but hashing megabytes on an
 * unauthenticated login route would be a cheap denial of service.
 */
export const PASSWORD_MAX_LENGTH = 1024;
