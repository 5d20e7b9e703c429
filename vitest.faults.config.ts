import { defineConfig } from 'vitest/config';

// Fault injection: real server processes killed with SIGKILL mid-write (KILL_RUNS per scenario).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 30 * 60_000,
    hookTimeout: 180_000,
  },
});
