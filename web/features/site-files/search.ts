import { compact, oneOf, str, type Search } from '../../search.js';

/** Site files: the site and format of the export. */
export interface SiteFilesSearch {
  site?: string;
  format?: 'yaml' | 'json';
}
export const validateSiteFilesSearch = (s: Search): SiteFilesSearch =>
  compact({ site: str(s, 'site'), format: oneOf(s, 'format', ['yaml', 'json'] as const) });
