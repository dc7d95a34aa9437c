// Helpers to read URL search parameters: every page and filter state lives in the URL so links
// can be shared (issue #5). Unknown or malformed values are dropped, never trusted.
export type Search = Record<string, unknown>;

export const str = (s: Search, key: string): string | undefined => {
  const v = s[key];
  if (typeof v === 'string' && v !== '') return v.slice(0, 500);
  if (typeof v === 'number') return String(v);
  return undefined;
};

export const int = (s: Search, key: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined => {
  const v = typeof s[key] === 'string' ? Number(s[key]) : s[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
};

export const oneOf = <T extends string>(s: Search, key: string, values: readonly T[]): T | undefined => {
  const v = s[key];
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
};

/** Drops undefined entries so URLs stay short. */
export const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
