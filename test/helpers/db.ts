// A fresh database per test file: PGlite in memory by default, or a new PostgreSQL database on the
// server named by TEST_DATABASE_URL, dropped at the end. With `migrated`, under vitest.config.ts, it
// starts as a copy of the run's migrated template (helpers/template.ts): the in-process test app asks
// for it; the CLI, fault and browser tests start real processes on an empty database, which migrate.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  /** DATABASE_URL for the runtime, undefined for PGlite. */
  url: string | undefined;
  backend: 'embedded' | 'postgres';
  /** PGlite: the migrated template's dump to load (openRuntime's `template`). */
  template?: Blob | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(opts: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const admin = process.env.TEST_DATABASE_URL;
  const template = opts.migrated ? inject('testTemplate') : undefined;
  if (!admin) {
    return {
      url: undefined,
      backend: 'embedded',
      template: template?.backend === 'embedded' ? new Blob([readFileSync(template.file)]) : undefined,
      drop: async () => {},
    };
  }
  const name = `vp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const from = template?.backend === 'postgres' ? ` TEMPLATE ${template.name}` : '';
  await client.query(`CREATE DATABASE ${name}${from}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    backend: 'postgres',
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
