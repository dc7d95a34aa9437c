// Password rules for local accounts, after NIST SP 800-63B §3.1.1.2: length over composition
// rules, and a refusal of passwords known to be common or derived from the account itself.
// IEC 62443-3-3 SR 1.7 (strength of password-based authentication) asks for configurable
// minimum strength; these are the fixed floor. Messages never echo the password.
import { PASSWORD_MAX_LENGTH } from '../../../core/schemas/accounts.js';

export const PASSWORD_MIN_LENGTH = 12;

// The most common passwords that are long enough to pass the length rule (breach corpora and
// vendor defaults), plus this product's own name. Compared after `compact`, so case, spaces and
// punctuation do not get around them.
const DENIED = [
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'p@ssw0rd1234',
  'passw0rd1234',
  'correcthorsebatterystaple',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdf',
  'qwerty123456',
  'asdfghjkl123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '098765432109',
  'abcdefghijkl',
  'abc123abc123',
  'letmein12345',
  'iloveyou1234',
  'welcome12345',
  'changeme1234',
  'administrator',
  'administrator1',
  'admin1234567',
  'trustno1trustno1',
  'monkey123456',
  'football1234',
  'sunshine1234',
  'princess1234',
  'superman1234',
  'starwars1234',
  'dragon123456',
  'c981c981c981',
  'c981password',
  'iec62443iec62443',
].map(compact);

/** Lowercase letters and digits only (NFKC first), so "Pass word-1234" equals "password1234". */
function compact(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface PasswordOwner {
  email?: string;
  name?: string;
}

/** What is wrong with the password, one message per rule broken; empty when it is acceptable. */
export function passwordProblems(password: string, owner: PasswordOwner = {}): string[] {
  const problems: string[] = [];
  // Characters as a person counts them (code points), not UTF-16 units.
  const length = [...password.normalize('NFKC')].length;
  if (length < PASSWORD_MIN_LENGTH)
    problems.push(`must have at least ${PASSWORD_MIN_LENGTH} characters; got ${length}`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`must have at most ${PASSWORD_MAX_LENGTH} characters; got ${length}`);
  const c = compact(password);
  if (DENIED.includes(c)) problems.push('is a commonly used password; choose another');
  else if (/^(.{1,3})\1+$/su.test(password)) problems.push('must not be one short pattern repeated');
  if (owner.email !== undefined && containsEmail(c, owner.email)) problems.push('must not contain your email address');
  if (owner.name !== undefined && containsName(c, owner.name)) problems.push('must not contain your name');
  return problems;
}

function containsEmail(c: string, email: string): boolean {
  const local = compact(email.split('@')[0] ?? '');
  // Very short local parts ("al@…") would forbid ordinary words.
  return c.includes(compact(email)) || (local.length >= 3 && c.includes(local));
}

function containsName(c: string, name: string): boolean {
  const whole = compact(name);
  if (whole.length >= 3 && c.includes(whole)) return true;
  // Each longer part of the name on its own ("Berg" of "Anna Berg"); short ones are too common.
  return name
    .split(/[\s\-.,'’]+/u)
    .map(compact)
    .some((part) => part.length >= 4 && c.includes(part));
}
