import { compact, int, str, type Search } from '../../search.js';

/** Zone page: the checklist filters. */
export interface ZoneSearch {
  fr?: number;
  status?: string;
  q?: string;
}
export const validateZoneSearch = (s: Search): ZoneSearch =>
  compact({ fr: int(s, 'fr', 1, 7), status: str(s, 'status'), q: str(s, 'q') });
