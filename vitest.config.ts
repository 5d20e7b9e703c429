import { defineConfig } from 'vitest/config';

// Unit and API tests. The database is PGlite in memory, or PostgreSQL when TEST_DATABASE_URL is set
// (each test file then creates and drops its own database). Browser journeys: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: [
      'domain/**/*.test.ts',
      'server/**/*.test.ts',
      'test/architecture/**/*.test.ts',
      'test/api/**/*.test.ts',
      // Word outputs; render.test.ts prints them through LibreOffice (skipped when it is absent).
      'test/office/**/*.test.ts',
    ],
    // The migrations run once into a template that each test file copies (test/helpers/template.ts).
    globalSetup: ['test/helpers/template.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // Every JSON answer is checked against the schema its route declares (server/http/router.ts).
    env: { VANPHONG_CHECK_RESPONSES: '1' },
  },
});
