import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.tsx'],
    // The CLI tests start c981 processes from the sources and the browser tests drive Chromium: on a
    // quiet 2-vCPU machine the longest single tests take 15–25 s, and a busy host doubles that
    // (a CI rehearsal beside a benchmark timed out four of them at 30 s).
    testTimeout: 90000,
    hookTimeout: 60000,
    // Two cores here: keep parallelism modest so database tests do not starve each other.
    maxWorkers: 2,
    // The browser tests need the built web app: built once here when web/ or core/ changed.
    globalSetup: ['test/pg-global-setup.ts', 'test/web-build-setup.ts'],
  },
});
