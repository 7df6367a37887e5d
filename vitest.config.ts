import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker, which leaves a core idle while a test waits on a build or a
    // browser: two files at a time, browser files among the others. The served site is only read, so browser
    // files need not run one after another: with `fileParallelism: false` Vitest ran them last, on one
    // worker, after every unit file (4.5 of 12.5 minutes with one core idle).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        // Timeouts catch a hang, not a slow machine: CI shares its two cores with other work.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/wait-for-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
