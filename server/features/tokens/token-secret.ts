// API token secrets (DESIGN §8): 256 random bits, shown once, stored only as their SHA-256.
// A fast unsalted hash is enough here because the secret itself has full entropy: there is no
// password to guess, and a leaked table gives no usable bearer tokens.
import { createHash, randomBytes } from 'node:crypto';

/** The prefix lets secret scanners and people recognise a C-981 token at a glance. */
export const TOKEN_PREFIX = 'c981_';

// 32 bytes in unpadded base64url are exactly 43 characters.
const TOKEN_FORMAT = /^c981_[A-Za-z0-9_-]{43}$/;

export const newTokenSecret = (): string => `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

/** Hex SHA-256 of the whole presented string, prefix included. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Rejects garbage before it costs a hash and a query. */
export const looksLikeToken = (presented: string): boolean => TOKEN_FORMAT.test(presented);
