// Who is asking. Every service takes an actor so that authentication (a later issue) changes
// no service signature; until then the server and CLI act as the built-in local actor.

export interface Actor {
  /** Stable id written into the audit trail. */
  id: string;
  kind: 'local' | 'user' | 'token' | 'cli';
  name: string;
  /** Where the request came from (audit trail). */
  sourceIp?: string;
}

export const LOCAL_ACTOR: Actor = { id: 'local', kind: 'local', name: 'Local operator' };
