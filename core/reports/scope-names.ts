// Names of a site's zones and conduits, so every report prints "Control room (z-ctl)" rather than
// bare ids, and vectors in the form the model expects.
import { toVector } from '../iec62443/sl-vector.js';
import type { VectorCell } from './model.js';

export interface NamedScope {
  id: string;
  name: string | null;
}

/** id → display name; a conduit without a name shows its id. */
export class ScopeNames {
  private readonly names = new Map<string, string>();
  constructor(scopes: Iterable<NamedScope>) {
    for (const s of scopes) this.names.set(s.id, s.name ?? s.id);
  }

  name(id: string): string {
    return this.names.get(id) ?? id;
  }

  /** "Name (id)", or the id alone when the name is the id or unknown. */
  label(id: string): string {
    const n = this.names.get(id);
    return n === undefined || n === id ? id : `${n} (${id})`;
  }
}

/** A stored SL-T (a number or seven) as a vector cell; null when not set. */
export const vectorCell = (v: number | readonly number[] | undefined | null): VectorCell | null =>
  v === undefined || v === null ? null : toVector(v);

/** FR numbers as "FR 1, FR 3". */
export const frList = (frs: readonly number[]): string[] => frs.map((f) => `FR ${f}`);
