// Builds dist/web before the browser tests when the web app's sources (web/, core/) are newer
// than the last build, so `npm test` on a fresh checkout needs no separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function setup(): void {
  const outDir = process.env.C981_WEB_ROOT ? resolve(root, process.env.C981_WEB_ROOT) : join(root, 'dist', 'web');
  const index = join(outDir, 'index.html');
  const sources = Math.max(
    newest(join(root, 'web')),
    newest(join(root, 'core')),
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  process.stderr.write('[e2e] building the web app (vite build)…\n');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give React's development build: test what ships.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('vite build failed: the browser tests cannot run');
}
