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

export interface PortfolioSite {
  id: string;
  name: string;
  regulated: boolean;
  zones: number;
  zonesMeetingTarget: number;
  fr: { fr: number; zonesWithGap: number; maxGap: number }[];
  worstZones: { site: string; id: string; name: string; totalGap: number; gap: number[] }[];
}

export interface Portfolio {
  asOf: string;
  sites: PortfolioSite[];
}
