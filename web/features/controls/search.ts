import { compact, oneOf, str, type Search } from '../../search.js';
import { STATUSES, type ControlStatus } from './control-status.js';

/** Controls register: status filter, free text, and the control opened for detail. */
export interface ControlsSearch {
  status?: ControlStatus;
  q?: string;
  open?: string;
}
export const validateControlsSearch = (s: Search): ControlsSearch =>
  compact({ status: oneOf(s, 'status', STATUSES), q: str(s, 'q'), open: str(s, 'open') });
