// Electronic signatures, shared by every sign-off (compensating-control approvals, the risk
// assessment's ZCR 7 approval): the signer re-enters their password, and the record states the
// printed name, date and time and meaning, bound to the hash of what was signed (the shape of
// 21 CFR Part 11 §11.50 and §11.70).
import { createHash } from 'node:crypto';
import Type from 'typebox';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import { AppError } from '../../errors.js';
import { verifyPassword } from '../users/passwords.js';

export const SIGNATURE_MEANINGS = ['approved', 'reviewed'] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

/** The `signature` member of an approval body. */
export const SignatureBody = Type.Object(
  {
    password: Type.String({ maxLength: 1024, description: "the signer's password, entered again" }),
    meaning: Type.Enum([...SIGNATURE_MEANINGS], { description: 'what the signature means' }),
  },
  { additionalProperties: false },
);

export interface SignatureInput {
  password: string;
  meaning: SignatureMeaning;
}

export interface Signature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  /** SHA-256 of the signed content: the signature belongs to exactly this content. */
  contentHash: string;
}

/** SHA-256 (hex) of the JSON text of `content`; callers pass a canonical form. */
export const contentHash = (content: unknown): string =>
  createHash('sha256')
    .update(typeof content === 'string' ? content : JSON.stringify(content))
    .digest('hex');

/**
 * Signs `content` as the actor's user: refuses a missing signature (C981_ERR_SIGNATURE_REQUIRED,
 * with `requiredMessage`) and a wrong password (C981_ERR_SIGNATURE_INVALID). The password is
 * never returned nor recorded.
 */
export async function sign(
  db: Queryable,
  actor: Actor,
  input: SignatureInput | undefined,
  content: unknown,
  signedAt: string,
  requiredMessage = 'this approval is signed: send signature { password, meaning }',
): Promise<Signature> {
  if (!input) throw new AppError('C981_ERR_SIGNATURE_REQUIRED', requiredMessage);
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'password_hash'])
    .where('id', '=', actor.principal?.userId ?? '')
    .executeTakeFirst();
  if (!user || !(await verifyPassword(user.password_hash, input.password)))
    throw new AppError('C981_ERR_SIGNATURE_INVALID', 'the signature password is wrong');
  return {
    printedName: user.name,
    signedBy: user.id,
    signedAt,
    meaning: input.meaning,
    contentHash: contentHash(content),
  };
}
