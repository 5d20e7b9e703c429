import { defineConfig } from 'vitest/config';

// Browser journeys: a real server process and Debian's Chromium driven by playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // The embedded database migrated once, copied by each journey (test/e2e/template.ts).
    globalSetup: ['test/e2e/template.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A page's first visit loads its area's chunk: on a busy 2-core machine that alone can take more
    // than expect.poll's default second, so the journeys wait longer for what should appear.
    expect: { poll: { timeout: 15_000 } },
  },
});
