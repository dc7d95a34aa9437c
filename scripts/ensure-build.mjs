// Builds dist/ when it is missing or older than the sources (used by `npm start` and the benchmarks):
// the server and CLI with tsc, the web app with Vite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

const staleAgainst = (built, dirs) =>
  !existsSync(built) || dirs.some((d) => newest(join(root, d)) > statSync(built).mtimeMs);

const run = (args) => {
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

export function ensureBuild() {
  const built = join(root, 'dist', 'cli', 'main.js');
  if (staleAgainst(built, ['core', 'server', 'cli'])) {
    process.stderr.write('c981: building the server…\n');
    run(['tsc', '-p', 'tsconfig.build.json']);
  }
  if (staleAgainst(join(root, 'dist', 'web', 'index.html'), ['web', 'core'])) {
    process.stderr.write('c981: building the web app…\n');
    run(['vite', 'build', '--logLevel', 'warn']);
  }
  return built;
}
