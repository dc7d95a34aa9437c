import { compact, str, type Search } from '../../search.js';

export interface SiteFilesSearch {
  site?: string;
}
export const validateSiteFilesSearch = (s: Search): SiteFilesSearch => compact({ site: str(s, 'site') });
