// The SQL of the file store's bookkeeping: intents (a file stored before the row that references it)
// and the question "does any row still reference this file?" over the columns listed in
// references.ts.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { one, rows } from '../db/sql.ts';

export interface FileColumn {
  table: string;
  column: string;
}

function referencedSql(columns: readonly FileColumn[], sha: SQL): SQL {
  return sql.join(
    columns.map(
      (c) =>
        sql`EXISTS (SELECT 1 FROM ${sql.raw(`"${c.table}"`)} WHERE ${sql.raw(`"${c.column}"`)} = ${sha})`,
    ),
    sql` OR `,
  );
}

export async function referenced(db: Db, columns: readonly FileColumn[], sha256: string): Promise<boolean> {
  const row = await one<{ used: boolean }>(
    db,
    sql`SELECT (${referencedSql(columns, sql`${sha256}`)}) AS used`,
  );
  return row?.used === true;
}

export async function insertIntent(db: Db, sha256: string): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO file_intents (sha256) VALUES (${sha256}) RETURNING id`,
  );
  return Number((row as { id: number }).id);
}

export async function deleteIntent(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM file_intents WHERE id = ${id}`);
}

export function allIntents(db: Db) {
  return rows<{ id: number; sha256: string }>(db, sql`SELECT id, sha256 FROM file_intents ORDER BY id`);
}

/** Whether another upload is storing the same file right now (its intent is open). */
export async function otherIntent(db: Db, sha256: string, exceptId: number): Promise<boolean> {
  const row = await one(
    db,
    sql`SELECT 1 FROM file_intents WHERE sha256 = ${sha256} AND id <> ${exceptId} LIMIT 1`,
  );
  return row !== undefined;
}
