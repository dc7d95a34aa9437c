import { compact, str, type Search } from '../../search.js';

/** Site page: the selected zone or conduit (side panel), and the observed-traffic overlay. */
export interface SiteSearch {
  zone?: string;
  conduit?: string;
  /** Draw the traffic captures showed between zones (issue #9). */
  observed?: boolean;
}
/** `?observed=1`, `?observed=true` (the router's own form) switch the overlay on. */
const flag = (s: Search, key: string): true | undefined =>
  s[key] === true || s[key] === 1 || s[key] === '1' || s[key] === 'true' ? true : undefined;
export const validateSiteSearch = (s: Search): SiteSearch =>
  // observed is always returned (undefined when off) so a raw `?observed=maybe` cannot slip through.
  ({ ...compact({ zone: str(s, 'zone'), conduit: str(s, 'conduit') }), observed: flag(s, 'observed') });
