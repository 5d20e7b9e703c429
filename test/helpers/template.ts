// Vitest globalSetup: the migrations run once per run into a template, and each test file starts
// from a copy (helpers/db.ts) instead of migrating its own database: 27 migrations cost about 3 s a
// file on PostgreSQL, and PGlite's initdb plus the migrations about 12 s, against 4 s to load a dump.
// The template is made by the real code path (openDatabase, then migrate); every runtime still runs
// migrate() on its copy, which finds nothing to apply. Random per-file state (the admin's password
// hash, sessions, keys) is made after the copy by bootstrap, as before.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the template database's name; PGlite: the path of a data directory dump. */
    testTemplate: { backend: 'postgres'; name: string } | { backend: 'embedded'; file: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const database = await openDatabase({});
    await migrate(database);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    await database.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'vanphong-template-'));
    const file = path.join(dir, 'pgdata.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('testTemplate', { backend: 'embedded', file });
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  const name = `vp_tpl_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  await migrate(database);
  await database.close();
  // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: wait for the
  // migration's backend to be gone before the first test file copies it.
  const connected = 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1';
  for (let i = 0; i < 50; i++) {
    const n = await adminQuery(admin, connected, [name]);
    if (n.rows[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  project.provide('testTemplate', { backend: 'postgres', name });
  return async () => {
    await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}

async function adminQuery(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
