import { expect, it } from 'vitest';
import { forEachDialect } from '../../test/dialects.js';
import { isUniqueViolation } from './unique-violation.js';

forEachDialect('unique violations', (ctx) => {
  it("recognises the driver's error for a duplicate key, and nothing else", async () => {
    const site = {
      id: 'plant',
      name: 'Plant',
      regulated: 0,
      updated_at: '2026-01-01T00:00:00Z',
      created_at: '2026-01-01T00:00:00Z',
    };
    await ctx.db.kysely.insertInto('sites').values(site).execute();
    const err = await ctx.db.kysely
      .insertInto('sites')
      .values(site)
      .execute()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(err)).toBe(true);
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
