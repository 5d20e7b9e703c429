// Which columns hold the hash of a stored file. Every module that stores files lists its columns
// here, so that sweeps (crash recovery, fixity, disposal) know whether a file is still used.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { one, rows } from '../db/sql.ts';

export const FILE_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'document_files', column: 'sha256' }, // documents' files, scans of digitised documents
  { table: 'document_files', column: 'ocr_sha256' }, // their searchable PDF/A
  { table: 'task_files', column: 'sha256' }, // evidence and products of tasks
  { table: 'archive_disposal_lists', column: 'minutes_sha256' }, // destruction minutes (Word)
];

function referencedSql(sha: SQL): SQL {
  return sql.join(
    FILE_COLUMNS.map(
      (c) =>
        sql`EXISTS (SELECT 1 FROM ${sql.raw(`"${c.table}"`)} WHERE ${sql.raw(`"${c.column}"`)} = ${sha})`,
    ),
    sql` OR `,
  );
}

export async function isReferenced(db: Db, sha256: string): Promise<boolean> {
  const row = await one<{ used: boolean }>(db, sql`SELECT (${referencedSql(sql`${sha256}`)}) AS used`);
  return row?.used === true;
}

/** Intent rows: committed before a file is stored, removed with the row that references it. */
export async function openIntent(db: Db, sha256: string): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO file_intents (sha256) VALUES (${sha256}) RETURNING id`,
  );
  return Number((row as { id: number }).id);
}

export async function closeIntent(tx: Db, id: number): Promise<void> {
  await tx.execute(sql`DELETE FROM file_intents WHERE id = ${id}`);
}

/** Leftover intents (a crash between storing and committing): their unused files are removed. */
export async function sweepIntents(db: Db, remove: (sha256: string) => Promise<void>): Promise<number> {
  const left = await rows<{ id: number; sha256: string }>(
    db,
    sql`SELECT id, sha256 FROM file_intents ORDER BY id`,
  );
  let removed = 0;
  for (const intent of left) {
    if (!(await isReferenced(db, intent.sha256))) {
      await remove(intent.sha256);
      removed++;
    }
    await db.execute(sql`DELETE FROM file_intents WHERE id = ${intent.id}`);
  }
  return removed;
}
