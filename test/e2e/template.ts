// Vitest globalSetup of the browser journeys on the embedded database: each journey starts a real
// `vanphong serve`, whose first start on an empty data directory is PGlite's initdb plus the 27
// migrations (about 12 s on a quiet 2-core machine). The migrations run once here, by the real code
// path, into a template data directory whose `pgdata` each journey copies (helpers.ts); the server
// still runs them on start (nothing to apply) and bootstraps its own admin. On PostgreSQL nothing
// changes: each journey's server migrates its own new database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory whose `pgdata` is a migrated embedded database. */
    e2eTemplateDir: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('e2eTemplateDir', undefined);
    return undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'vanphong-e2e-template-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database);
  } finally {
    await database.close();
  }
  project.provide('e2eTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
