// What creating an API token accepts. Site ids use the site file's id form, so a typo is
// reported the same way everywhere.
import Type, { type Static } from 'typebox';
import { Id, Text } from '../../../core/schemas/site-file.js';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 3650;

export const TokenCreate = Type.Object(
  {
    userId: Type.String({ minLength: 1, maxLength: 200 }),
    name: Type.Optional(Text(200, 'what the token is for, shown in token lists')),
    readOnly: Type.Boolean({ description: 'the token may only read, whatever the user may do' }),
    // An empty list would read as "no limit" to some and "no sites" to others: omit it instead.
    sites: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500, description: 'limit the token to these sites' })),
    expiresInDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_TOKEN_DAYS,
        description: `lifetime in days (default ${DEFAULT_TOKEN_DAYS})`,
      }),
    ),
  },
  { additionalProperties: false },
);
export type TokenCreateInput = Static<typeof TokenCreate>;

/** A token for the caller (POST /api/v1/tokens): the owner is whoever asks, never named in the body. */
export const OwnTokenCreate = Type.Omit(TokenCreate, ['userId'], { additionalProperties: false });
export type OwnTokenCreateInput = Static<typeof OwnTokenCreate>;
