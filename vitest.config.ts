import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.tsx'],
    testTimeout: 30000,
    hookTimeout: 60000,
    // Two cores here: keep parallelism modest so database tests do not starve each other.
    maxWorkers: 2,
    // The browser tests need the built web app: built once here when web/ or core/ changed.
    globalSetup: ['test/pg-global-setup.ts', 'test/web-build-setup.ts'],
  },
});
