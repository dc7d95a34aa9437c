// Who is asking. Every service takes an actor; its principal says what it may do.
import type { Principal } from '../core/accounts/permissions.js';

export interface Actor {
  /** Stable id written into the audit trail. */
  id: string;
  kind: 'local' | 'user' | 'token' | 'cli';
  name: string;
  /** Where the request came from (audit trail). */
  sourceIp?: string;
  /** Why (header X-C981-Reason); regulated sites require one for changes to their model. */
  reason?: string;
  /** What the actor may do; absent means full access (the local operator, the command line). */
  principal?: Principal;
}

export const LOCAL_ACTOR: Actor = { id: 'local', kind: 'local', name: 'Local operator' };
