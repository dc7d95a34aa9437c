import { userInfo } from 'node:os';
import type { Actor } from '../../server/actor.js';

/** Changes made from the shell are recorded as `cli:<os user>` (issue #4 audit trail). */
export function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep "unknown".
  }
  return { id: `cli:${user}`, kind: 'cli', name: `Command line (${user})` };
}
