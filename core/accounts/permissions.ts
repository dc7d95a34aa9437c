// Who may do what (issue #4): roles per site and organization-wide, dotted permissions, and the
// `abilities` entities carry so the UI never re-derives permissions. Pure: server and web share it.

import type { SiteRole } from '../schemas/accounts.js';

export type { SiteRole } from '../schemas/accounts.js';

export const PERMISSIONS = [
  'site.read',
  'site.update',
  'site.delete',
  'site.create',
  'zone.create',
  'zone.update',
  'zone.delete',
  'conduit.create',
  'conduit.update',
  'conduit.delete',
  'asset.create',
  'asset.update',
  'asset.delete',
  'result.update',
  'compensatingControl.create',
  'compensatingControl.update',
  'compensatingControl.delete',
  'compensatingControl.approve',
  'siteFile.import',
  'member.manage',
  'audit.read',
  'user.manage',
  'riskMatrix.manage',
  'riskMatrix.update',
  'risk.update',
  'riskAssessment.approve',
  // Issue #7: baselines, change requests, the remediation roadmap.
  'baseline.create',
  'changeRequest.create',
  'changeRequest.approve',
  'changeRequest.emergency',
  'roadmap.update',
  // Issue #9: analysing captures against a site, and deciding the drift queue's findings.
  'discovery.upload',
  'discovery.decide',
  // Issue #10: importing (and removing) vendor security advisories (CSAF) into the organisation's library.
  'advisory.import',
  // Issue #10: deciding what to do about advisories matched against a site's assets.
  'vulnerability.triage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['site.read', 'audit.read'];
const ASSESS: Permission[] = [
  'asset.create',
  'asset.update',
  'asset.delete',
  'result.update',
  'compensatingControl.create',
  'compensatingControl.update',
  'compensatingControl.delete',
  // Threat scenarios and the ZCR 1–7 workflow (IEC 62443-3-2): worked out by the assessment team.
  'risk.update',
  // Change control and remediation planning are the assessment team's daily work too.
  'baseline.create',
  'changeRequest.create',
  'roadmap.update',
  // Bringing captures from the plant floor is fieldwork; what the model makes of them is not.
  'discovery.upload',
  // Now / Next / Never for matched advisories is part of the assessment team's remediation planning.
  'vulnerability.triage',
];
const ADMINISTER: Permission[] = [
  'site.update',
  'zone.create',
  'zone.update',
  'zone.delete',
  'conduit.create',
  'conduit.update',
  'conduit.delete',
  'siteFile.import',
  'member.manage',
  // A site's own risk matrix (IEC 62443-3-2: the asset owner sets the risk criteria).
  'riskMatrix.update',
  // Applying a change before its approval (emergency path) is the site owner's call.
  'changeRequest.emergency',
  // Accepting drift changes the zone & conduit model (or files a change request for it).
  'discovery.decide',
];

/**
 * Site roles. Approval is a role of its own and is not implied by administering a site:
 * separation of duties between who changes the model and who accepts its risks.
 */
export const ROLE_PERMISSIONS: Readonly<Record<SiteRole, ReadonlySet<Permission>>> = {
  viewer: new Set(READ),
  assessor: new Set([...READ, ...ASSESS]),
  // The asset owner's sign-off of the risk assessment (IEC 62443-3-2 ZCR 7) is an approval too.
  approver: new Set([...READ, 'compensatingControl.approve', 'riskAssessment.approve', 'changeRequest.approve']),
  'site-admin': new Set([...READ, ...ASSESS, ...ADMINISTER]),
};

/** Permissions that exist only organization-wide. */
const ORG_ONLY: ReadonlySet<Permission> = new Set([
  'site.create',
  'site.delete',
  'user.manage',
  // The organization's risk matrix applies to every site without its own.
  'riskMatrix.manage',
  // The advisory library is organisation-wide (not per site): what one site's team imports changes
  // what every site's assets are matched against, so org-admins curate it.
  'advisory.import',
]);

export interface Principal {
  userId: string;
  /** 'org-admin' may do everything everywhere. */
  orgRole: 'org-admin' | null;
  siteRoles: ReadonlyMap<string, SiteRole>;
  /** API tokens: read-only, and/or limited to some sites (null: no limit). */
  readOnly: boolean;
  tokenSites: readonly string[] | null;
}

const isRead = (p: Permission): boolean => p === 'site.read' || p === 'audit.read';

/**
 * Whether the principal holds `permission` on `siteId` (or organization-wide when no site).
 *
 * @example
 * can({ userId: 'u', orgRole: null, siteRoles: new Map([['basel', 'assessor']]), readOnly: false, tokenSites: null },
 *   'asset.update', 'basel') // true
 */
export function can(p: Principal, permission: Permission, siteId?: string): boolean {
  if (p.readOnly && !isRead(permission)) return false;
  if (p.tokenSites !== null) {
    // A site-limited token acts only inside its sites: nothing organization-wide (creating
    // sites, managing users), or it could mint itself a wider grant.
    if (siteId === undefined || !p.tokenSites.includes(siteId)) return false;
  }
  if (p.orgRole === 'org-admin') return true;
  if (siteId === undefined || ORG_ONLY.has(permission)) return false;
  const role = p.siteRoles.get(siteId);
  return role !== undefined && ROLE_PERMISSIONS[role].has(permission);
}

/** The sites the principal may read: null means every site. */
export function readableSites(p: Principal): string[] | null {
  const own = p.orgRole === 'org-admin' ? null : [...p.siteRoles.keys()];
  if (p.tokenSites === null) return own;
  return own === null ? [...p.tokenSites] : own.filter((s) => p.tokenSites?.includes(s));
}

export type EntityKind = 'site' | 'zone' | 'conduit' | 'asset' | 'compensatingControl';

/** What the caller may do with one entity, for the `abilities` field of responses. */
export function abilities(p: Principal, kind: EntityKind, siteId: string): string[] {
  const out: string[] = [];
  if (can(p, 'site.read', siteId)) out.push('read');
  if (kind === 'site') {
    if (can(p, 'site.update', siteId)) out.push('update');
    if (can(p, 'site.delete', siteId)) out.push('delete');
    return out;
  }
  for (const action of ['update', 'delete'] as const)
    if (can(p, `${kind}.${action}` as Permission, siteId)) out.push(action);
  if (kind === 'compensatingControl' && can(p, 'compensatingControl.approve', siteId)) out.push('approve');
  return out;
}

/** Every site permission the principal holds on `siteId` (for `/auth/me`, so the UI asks, not guesses). */
export function sitePermissions(p: Principal, siteId: string): Permission[] {
  return PERMISSIONS.filter((perm) => !ORG_ONLY.has(perm) && can(p, perm, siteId));
}

/** The organization-wide permissions the principal holds (creating sites, managing users). */
export function orgPermissions(p: Principal): Permission[] {
  return [...ORG_ONLY].filter((perm) => can(p, perm));
}
