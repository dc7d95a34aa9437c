// Request validation with the same schemas and messages as site files: compiled TypeBox for
// the fast path, the explain walker for what went wrong.
import type { TSchema } from 'typebox';
import { explain, type SchemaIssue } from '../core/schemas/explain.js';
import { formatPath } from '../core/sitefile/issue.js';
import { AppError } from './errors.js';

const compiled = new WeakMap<object, { Check(v: unknown): boolean }>();
// The schema compiler is loaded on first use, not at start-up: it is a large module and the
// health check must answer fast after a cold start (issue #2). main.ts preloads it after listen.
let compiler: Promise<typeof import('typebox/compile')> | undefined;
export const loadCompiler = (): Promise<typeof import('typebox/compile')> => (compiler ??= import('typebox/compile'));

async function checker(schema: TSchema): Promise<{ Check(v: unknown): boolean }> {
  let c = compiled.get(schema);
  if (!c) {
    c = (await loadCompiler()).Compile(schema);
    compiled.set(schema, c);
  }
  return c;
}

/** Removes `null` values of clearable PATCH fields; returns the body and the cleared keys. */
export function splitClears(schema: TSchema, value: unknown): { body: unknown; cleared: string[] } {
  const clearable = (schema as { 'x-clearable'?: string[] })['x-clearable'];
  if (!clearable || typeof value !== 'object' || value === null || Array.isArray(value))
    return { body: value, cleared: [] };
  const body: Record<string, unknown> = {};
  const cleared: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null && clearable.includes(k)) cleared.push(k);
    else body[k] = v;
  }
  return { body, cleared };
}

export function validationError(issues: SchemaIssue[], prefix: (string | number)[] = []): AppError {
  const details = issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
  const first = details[0];
  return new AppError(
    'C981_ERR_VALIDATION',
    first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input',
    details,
  );
}

/** Returns the value typed by the schema, or throws C981_ERR_VALIDATION naming each problem. */
export async function validate<T>(schema: TSchema, value: unknown, prefix: (string | number)[] = []): Promise<T> {
  const { body } = splitClears(schema, value);
  if ((await checker(schema)).Check(body)) return value as T;
  throw validationError(explain(schema, body), prefix);
}
