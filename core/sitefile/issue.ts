import type { Path } from '../schemas/explain.js';

/** One problem found in a site file or request body, before it is placed on a line. */
export interface Issue {
  path: Path;
  message: string;
  /** The problem is the key at the end of `path` (unknown key), not its value. */
  key?: boolean;
  quote?: boolean;
}

/** An issue placed in its file (DESIGN §5 error details). */
export interface LocatedIssue {
  file: string;
  line: number;
  column: number;
  /** Where in the document, e.g. `sites[0].zones[2].kind`. */
  path: string;
  message: string;
}

/** `sites[0].zones[2].kind` from ['sites', 0, 'zones', 2, 'kind']. */
export function formatPath(path: Path): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}
