import { compact, str, type Search } from '../../search.js';

/** Site page: the selected zone or conduit (side panel). */
export interface SiteSearch {
  zone?: string;
  conduit?: string;
}
export const validateSiteSearch = (s: Search): SiteSearch =>
  compact({ zone: str(s, 'zone'), conduit: str(s, 'conduit') });
