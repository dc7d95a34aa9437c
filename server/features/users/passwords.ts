// Password hashing with Argon2id (DESIGN §8), the @node-rs/argon2 defaults: 19 MiB, 2 passes,
// 1 lane, the OWASP-recommended minimum. Parameters live in each PHC string, so raising them
// later keeps old hashes verifiable. Passwords are never logged or put in errors.
import { hash, verify } from '@node-rs/argon2';

// NIST SP 800-63B §5.1.1.2: normalise Unicode so that the same password typed on another
// keyboard or platform (composed vs decomposed accents) still verifies.
const normalise = (password: string): string => password.normalize('NFKC');

/** The PHC-format Argon2id hash of the password (salted; a new salt each call). */
export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password));
}

/** Whether the password matches the stored hash; false (never an error) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalise(password));
  } catch {
    return false;
  }
}
