// Small helpers for routes: query-string parsing with C981 errors, shared response schemas.
import Type from 'typebox';
import { AppError } from './errors.js';

type Query = Record<string, unknown>;

const bad = (name: string, message: string): AppError =>
  new AppError('C981_ERR_VALIDATION', `${name}: ${message}`, [{ path: name, message }]);

export function qString(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw bad(name, 'give this parameter once');
  return v;
}

export function qInt(q: Query, name: string): number | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw bad(name, `must be a whole number; got "${v}"`);
  return Number(v);
}

export function qBool(q: Query, name: string): boolean | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw bad(name, `must be true or false; got "${v}"`);
}

export const PageParams = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ description: 'nextCursor of the previous page' })),
};
