// Shapes of the API answers the web app reads. Entities use the site file's field names
// (DESIGN §4); `abilities` says what the signed-in user may do with each one.
import type { Permission } from '../../core/accounts/permissions.js';

export type SlVector = [number, number, number, number, number, number, number];
/** A vector as the API answers it: seven numbers, or null when not set. */
export type MaybeVector = SlVector | null;

export interface Me {
  id: string;
  email: string;
  name: string;
  party: string | null;
  company: string | null;
  via: 'user' | 'token' | 'local';
  orgRole: 'org-admin' | null;
  readOnly: boolean;
  sites: { site: string; role: string }[];
  permissions: Permission[];
  sitePermissions: Record<string, Permission[]>;
  csrfToken?: string;
}

export interface Site {
  id: string;
  name: string;
  location?: string;
  timezone?: string;
  description?: string;
  regulated: boolean;
  abilities: string[];
  counts?: Record<string, number>;
}

export type { Portfolio, SitePortfolio as PortfolioSite } from '../../core/api/portfolio.js';
