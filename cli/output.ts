// CLI output rules (DESIGN §5): with --json exactly one JSON document on stdout; logs and
// human messages on stderr; exit 0 ok, 1 problems found, 2 bad input or usage.

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 2,
    readonly details?: unknown[],
  ) {
    super(message);
  }
}

/** Indented for a person at a terminal; compact when piped, where large outputs (an estate's evaluation) would double in size. */
export function printJson(value: unknown): void {
  process.stdout.write(`${process.stdout.isTTY ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}

/** Prints an error the way the caller asked for and returns the exit code. */
export function reportError(err: unknown, json: boolean): number {
  const e = err as { code?: unknown; message?: unknown; details?: unknown; status?: unknown; exitCode?: unknown };
  const known = typeof e.code === 'string' && e.code.startsWith('C981_ERR_');
  const code = known ? (e.code as string) : 'C981_ERR_INTERNAL';
  const message = err instanceof Error ? err.message : String(err);
  const details = Array.isArray(e.details) ? e.details : undefined;
  const exit =
    typeof e.exitCode === 'number' ? e.exitCode : known && (typeof e.status !== 'number' || e.status < 500) ? 2 : 1;
  if (json) printJson({ error: { code, message, ...(details ? { details } : {}) } });
  else {
    process.stderr.write(`c981: ${message}\n`);
    for (const d of (details ?? []).slice(1, 20) as {
      file?: string;
      line?: number;
      column?: number;
      path?: string;
      message?: string;
    }[]) {
      const where = d.file ? `${d.file}:${d.line}:${d.column}: ` : d.path ? `${d.path}: ` : '';
      process.stderr.write(`  ${where}${d.message ?? ''}\n`);
    }
    if ((details?.length ?? 0) > 20) process.stderr.write(`  … and ${(details?.length ?? 0) - 20} more\n`);
    if (!known) process.stderr.write(`${err instanceof Error && err.stack ? err.stack : ''}\n`);
  }
  return exit;
}
