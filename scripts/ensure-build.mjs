// Builds dist/ when it is missing or older than the sources (used by `npm start` and the benchmarks).
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

export function ensureBuild() {
  const built = join(root, 'dist', 'cli', 'main.js');
  const stale =
    !existsSync(built) || ['core', 'server', 'cli'].some((d) => newest(join(root, d)) > statSync(built).mtimeMs);
  if (stale) {
    process.stderr.write('c981: building…\n');
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  return built;
}
