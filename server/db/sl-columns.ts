// SL vectors live in seven integer columns (prefix + FR number), so SQL can filter on any FR
// ("zones whose FR 3 target is at least 2") with a plain indexable comparison.

type SlRow<P extends string> = Record<`${P}${1 | 2 | 3 | 4 | 5 | 6 | 7}`, number | null>;

export function vectorToColumns<P extends 'slt' | 'slc'>(prefix: P, v: readonly number[] | null | undefined): SlRow<P> {
  const row: Record<string, number | null> = {};
  for (let i = 0; i < 7; i++) row[`${prefix}${i + 1}`] = v ? (v[i] ?? null) : null;
  return row as SlRow<P>;
}

/** The vector, or undefined when the columns hold none (all null). */
export function columnsToVector(prefix: 'slt' | 'slc', row: Record<string, unknown>): number[] | undefined {
  const v: number[] = [];
  for (let i = 1; i <= 7; i++) {
    const n = row[`${prefix}${i}`];
    if (typeof n !== 'number') return undefined;
    v.push(n);
  }
  return v;
}
