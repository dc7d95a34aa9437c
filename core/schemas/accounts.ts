// Accounts (issue #4): who a user works for (DESIGN §2 "party"), what they may do organization-wide
// and per site, and the request bodies that create and change them. Pure: shared by server, CLI
// and web.
import Type, { type Static } from 'typebox';
import { Id } from './site-file.js';

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

const enumOf = <T extends readonly string[]>(values: T, description: string) =>
  Type.Enum([...values] as T[number][], { description });

export const PartySchema = enumOf(PARTIES, 'party');
export const OrgRoleSchema = enumOf(ORG_ROLES, 'organization role');
export const SiteRoleSchema = enumOf(SITE_ROLES, 'site role');

// Deliberately loose: one "@", no spaces, a dot in the domain. Deliverability is the mail
// server's business; this only catches a name or a typo given where an address belongs.
export const Email = Type.String({
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  maxLength: 254,
  description: 'an email address (name@example.com)',
});

/**
 * Only type and length here: the strength rules need the user's email and name, and a schema
 * message must never echo the password back.
 */
export const Password = Type.String({ maxLength: PASSWORD_MAX_LENGTH, description: 'password' });

export const SiteMembership = Type.Object({ site: Id, role: SiteRoleSchema }, { additionalProperties: false });

export const UserCreate = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    password: Password,
    party: PartySchema,
    company: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    orgRole: Type.Optional(Type.Union([OrgRoleSchema, Type.Null()])),
    sites: Type.Optional(Type.Array(SiteMembership, { maxItems: 10000 })),
  },
  { additionalProperties: false },
);

export const PasswordSet = Type.Object({ password: Password }, { additionalProperties: false });

/**
 * Changing a password over the API. `currentPassword` is optional here because an org-admin may
 * set anyone's without it; the service requires it when users change their own.
 */
export const PasswordChange = Type.Object(
  { currentPassword: Type.Optional(Password), password: Password },
  { additionalProperties: false },
);

/** `null` removes the user from the site. */
export const SiteRoleSet = Type.Object(
  { role: Type.Union([SiteRoleSchema, Type.Null()]) },
  { additionalProperties: false },
);

export type UserCreateBody = Static<typeof UserCreate>;
export type PasswordChangeBody = Static<typeof PasswordChange>;
export type SiteMembershipDoc = Static<typeof SiteMembership>;
