import { compact, str, type Search } from '../../search.js';

export interface AuditSearch {
  site?: string;
  actor?: string;
  action?: string;
  entity?: string;
  from?: string;
  to?: string;
}
export const validateAuditSearch = (s: Search): AuditSearch =>
  compact({
    site: str(s, 'site'),
    actor: str(s, 'actor'),
    action: str(s, 'action'),
    entity: str(s, 'entity'),
    from: str(s, 'from'),
    to: str(s, 'to'),
  });
