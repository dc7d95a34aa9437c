// Accounts (issue #4): who a user works for (DESIGN §2 "party"), what they may do organization-wide
// and per site, and the request bodies that create and change them. Pure: shared by server, CLI
// and web.
import Type, { type Static } from 'typebox';
import { Id } from './site-file.js';

// The vocabulary lives without TypeBox in core/accounts/roles.ts, so the CLI can load it cheaply.
export {
  ORG_ROLES,
  PARTIES,
  PASSWORD_MAX_LENGTH,
  SITE_ROLES,
  isParty,
  isSiteRole,
  type OrgRole,
  type Party,
  type SiteRole,
} from '../accounts/roles.js';
import { ORG_ROLES, PARTIES, PASSWORD_MAX_LENGTH, SITE_ROLES } from '../accounts/roles.js';

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
