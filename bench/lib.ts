// Small timing helpers for the benchmarks: wall-clock runs of child processes, percentiles.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export const median = (xs: number[]): number => percentile(xs, 50);

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * s.length) - 1;
  return s[Math.min(s.length - 1, Math.max(0, rank))] ?? NaN;
}

/** Runs a command to completion and returns its wall time in ms; throws on a non-zero exit. */
export function timeCommand(
  cmd: string,
  args: string[],
  opts: { cwd?: string; stdout?: 'ignore' | 'inherit' } = {},
): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['ignore', opts.stdout ?? 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(performance.now() - start)
        : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}

export const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export function row(name: string, value: string, target: string, note = ''): void {
  process.stdout.write(`${name.padEnd(44)} ${value.padStart(12)}   target ${target.padEnd(10)} ${note}\n`);
}

/** The newest modification time under `dir` (ms). */
function newest(folder: string): number {
  let t = 0;
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    const p = join(folder, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * How to run c981 the way a user does: the built dist/ when it is there and newer than the
 * sources (`npm run bench` builds it first), else the sources through tsx (slower to start: every
 * module is compiled on load). The bench never builds dist/ itself.
 */
export function c981Command(): { args: string[]; label: string } {
  const built = join(ROOT, 'dist', 'cli', 'main.js');
  const fresh =
    existsSync(built) && ['core', 'server', 'cli'].every((d) => newest(join(ROOT, d)) <= statSync(built).mtimeMs);
  return fresh
    ? { args: [built], label: 'c981 from dist/' }
    : { args: ['--import', 'tsx', 'cli/main.ts'], label: 'c981 from the sources (tsx)' };
}
