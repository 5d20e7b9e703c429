// SQL migrations from db/migrations, applied in order, each in its own transaction, at start and by
// `vanphong migrate`. An advisory lock keeps two app servers from migrating at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { one, rows } from './sql.ts';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../db/migrations',
);

export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.db.execute(
    sql`CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  const done = new Set(
    (await rows<{ version: string }>(database.db, sql`SELECT version FROM schema_migrations`)).map(
      (r) => r.version,
    ),
  );
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    if (done.has(version)) continue;
    const script = readFileSync(path.join(dir, file), 'utf8');
    await database.runScript(
      script,
      async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(7301)`);
        const row = await one(tx, sql`SELECT 1 FROM schema_migrations WHERE version = ${version}`);
        return !row;
      },
      async (tx) => {
        await tx.execute(sql`INSERT INTO schema_migrations (version) VALUES (${version})`);
        applied.push(version);
      },
    );
  }
  return applied;
}
