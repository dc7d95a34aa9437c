// Turns a JSON-schema mismatch into messages a plant engineer can act on. The compiled TypeBox
// check is the fast path; this walker runs only on invalid input, so it favours clarity.

export type Path = (string | number)[];

export interface SchemaIssue {
  /** Where the problem is; for an unknown key, the path ends with that key. */
  path: Path;
  message: string;
  /** True when the issue is about the key itself (unknown key), not its value. */
  key?: boolean;
  /** A scalar was given where text was expected: YAML users should quote it. */
  quote?: boolean;
}

interface Schema {
  type?: string;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  patternProperties?: Record<string, Schema>;
  description?: string;
}

const MAX_ISSUES = 50;

/** Lists what is wrong with `value` against `schema` (empty when it is valid). */
export function explain(schema: unknown, value: unknown, path: Path = []): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  walk(schema as Schema, value, path, issues);
  return issues;
}

function walk(s: Schema, v: unknown, path: Path, out: SchemaIssue[]): void {
  if (out.length >= MAX_ISSUES) return;
  if (s.anyOf) return walkAnyOf(s, v, path, out);
  if (s.enum) {
    if (!s.enum.includes(v)) {
      const what = s.description ?? 'value';
      out.push({ path, message: `${what} must be one of ${s.enum.join(', ')}; got ${got(v)}` });
    }
    return;
  }
  if ('const' in s && s.const !== undefined) {
    if (v !== s.const) out.push({ path, message: `must be ${JSON.stringify(s.const)}; got ${got(v)}` });
    return;
  }
  switch (s.type) {
    case 'null':
      if (v !== null) out.push({ path, message: `must be null; got ${got(v)}` });
      return;
    case 'string':
      return walkString(s, v, path, out);
    case 'integer':
    case 'number':
      return walkNumber(s, v, path, out);
    case 'boolean':
      if (typeof v !== 'boolean') out.push({ path, message: `must be true or false; got ${got(v)}` });
      return;
    case 'array':
      return walkArray(s, v, path, out);
    case 'object':
      return walkObject(s, v, path, out);
    default:
      return;
  }
}

function walkAnyOf(s: Schema, v: unknown, path: Path, out: SchemaIssue[]): void {
  const branches = s.anyOf ?? [];
  const results = branches.map((b) => explain(b, v, path));
  if (results.some((r) => r.length === 0)) return;
  // Report against the branch whose JSON type matches the value (e.g. the array branch of an
  // SL vector when an array was given); otherwise describe the whole alternative.
  const t = jsonType(v);
  const matching = branches.findIndex((b) => typeMatches(b, t));
  if (matching >= 0 && branches.filter((b) => typeMatches(b, t)).length === 1) {
    out.push(...(results[matching] ?? []));
    return;
  }
  out.push({ path, message: `must be ${describe(s)}; got ${got(v)}`, quote: expectsText(s) && isScalar(v) });
}

function walkString(s: Schema, v: unknown, path: Path, out: SchemaIssue[]): void {
  if (typeof v !== 'string') {
    out.push({ path, message: `must be text; got ${got(v)}`, quote: isScalar(v) && v !== null });
    return;
  }
  if (s.minLength !== undefined && v.length < s.minLength)
    out.push({ path, message: `must have at least ${s.minLength} characters` });
  if (s.maxLength !== undefined && v.length > s.maxLength)
    out.push({ path, message: `must have at most ${s.maxLength} characters; got ${v.length}` });
  if (s.pattern !== undefined && !new RegExp(s.pattern).test(v))
    out.push({ path, message: `must be ${describe(s)}; got ${got(v)}` });
}

function walkNumber(s: Schema, v: unknown, path: Path, out: SchemaIssue[]): void {
  const integer = s.type === 'integer';
  if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
    out.push({ path, message: `must be ${describe(s)}; got ${got(v)}` });
    return;
  }
  if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum))
    out.push({ path, message: `must be ${describe(s)}; got ${v}` });
}

function walkArray(s: Schema, v: unknown, path: Path, out: SchemaIssue[]): void {
  if (!Array.isArray(v)) {
    out.push({ path, message: `must be ${describe(s)}; got ${got(v)}` });
    return;
  }
  if (s.minItems !== undefined && s.minItems === s.maxItems && v.length !== s.minItems)
    out.push({ path, message: `must be ${describe(s)}; got ${got(v)}` });
  else if (s.minItems !== undefined && v.length < s.minItems)
    out.push({ path, message: `must have at least ${s.minItems} entries; got ${v.length}` });
  if (s.maxItems !== undefined && v.length > s.maxItems)
    out.push({ path, message: `must have at most ${s.maxItems} entries; got ${v.length}` });
  if (s.items) v.forEach((item, i) => walk(s.items as Schema, item, [...path, i], out));
}

function walkObject(s: Schema, v: unknown, path: Path, out: SchemaIssue[]): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.push({ path, message: `must be a mapping of keys to values; got ${got(v)}` });
    return;
  }
  const obj = v as Record<string, unknown>;
  for (const key of s.required ?? []) {
    if (!(key in obj)) out.push({ path, message: `missing required key "${key}"` });
  }
  const known = s.properties ?? {};
  for (const [key, value] of Object.entries(obj)) {
    const prop = known[key];
    if (prop) {
      walk(prop, value, [...path, key], out);
      continue;
    }
    const pattern = s.patternProperties ? Object.values(s.patternProperties)[0] : undefined;
    if (pattern) walk(pattern, value, [...path, key], out);
    else if (s.additionalProperties === false) {
      const expected = Object.keys(known);
      out.push({
        path: [...path, key],
        key: true,
        message: `unknown key "${key}"${suggest(key, expected)}`,
      });
    }
  }
}

/** A short human description of what a schema accepts. */
export function describe(s: Schema): string {
  if (s.description) return s.description;
  if (s.enum) return `one of ${s.enum.join(', ')}`;
  if (s.anyOf) return s.anyOf.map(describe).join(' or ');
  switch (s.type) {
    case 'string':
      return s.pattern ? `text matching ${s.pattern}` : 'text';
    case 'integer':
    case 'number': {
      const noun = s.type === 'integer' ? 'a whole number' : 'a number';
      if (s.minimum !== undefined && s.maximum !== undefined) return `${noun} from ${s.minimum} to ${s.maximum}`;
      return noun;
    }
    case 'array':
      return s.minItems !== undefined && s.minItems === s.maxItems ? `a list of ${s.minItems} entries` : 'a list';
    case 'object':
      return 'a mapping of keys to values';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    default:
      return 'a valid value';
  }
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(s: Schema, t: string): boolean {
  if (s.anyOf) return s.anyOf.some((b) => typeMatches(b, t));
  if (s.enum) return s.enum.some((e) => jsonType(e) === t);
  const st = s.type;
  return st === t || (st === 'number' && t === 'integer') || (st === 'integer' && t === 'number');
}

function expectsText(s: Schema): boolean {
  if (s.anyOf) return s.anyOf.some(expectsText);
  return s.type === 'string' || (s.enum?.some((e) => typeof e === 'string') ?? false);
}

function isScalar(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean';
}

/** How a value is named in a message: `the number 2.1`, `"abc"`, `a list`, … */
export function got(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'a mapping';
}

function suggest(key: string, candidates: string[]): string {
  const lower = key.toLowerCase();
  const close = candidates.find((c) => c.toLowerCase() === lower || editDistance(c.toLowerCase(), lower) <= 2);
  return close ? ` (did you mean "${close}"?)` : `; expected one of ${candidates.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}
