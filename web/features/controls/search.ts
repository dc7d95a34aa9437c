import { compact, str, type Search } from '../../search.js';

export interface ControlsSearch {
  status?: string;
  q?: string;
}
export const validateControlsSearch = (s: Search): ControlsSearch =>
  compact({ status: str(s, 'status'), q: str(s, 'q') });
