// Keyset pagination (DESIGN §6): `limit` (default 50, at most 500) and an opaque `cursor`.
import { AppError } from '../errors.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new AppError('C981_ERR_VALIDATION', 'limit must be a whole number from 1 to 500', [
      { path: 'limit', message: 'out of range' },
    ]);
  return limit;
}

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(v) && v.length === arity) return v as unknown[];
  } catch {
    // fall through to the error below
  }
  throw new AppError('C981_ERR_VALIDATION', 'cursor is not valid; use the nextCursor of a previous page', [
    { path: 'cursor', message: 'invalid cursor' },
  ]);
}

/** Builds a page from rows fetched with limit + 1. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => unknown[]): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return { items: shown.map(map), nextCursor: more && last !== undefined ? encodeCursor(key(last)) : null };
}
