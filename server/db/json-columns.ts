// Small lists (IPs, MACs, measures, evidence links) are stored as JSON text in one column.

export const toJson = (v: readonly unknown[] | undefined | null): string | null =>
  v && v.length > 0 ? JSON.stringify(v) : null;

export const fromJson = <T>(v: string | null): T[] | undefined => (v ? (JSON.parse(v) as T[]) : undefined);

/** SQLite and PostgreSQL both store our booleans as 0/1 integers. */
export const bool = (v: boolean | undefined): number => (v ? 1 : 0);
