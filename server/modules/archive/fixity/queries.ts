// SQL of fixity: every (hash, row) pair from the registry of file columns, and the reports kept.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';
import { FILE_COLUMNS } from '../../../files/references.ts';

/**
 * Every stored hash that a row references, with up to 20 of those rows, from the registry of file
 * columns (server/files/references.ts): "document:<id>" for a document's files, "<table>:<id>"
 * otherwise. The registry names the tables; this reads only its hash columns.
 */
export async function referencedHashes(db: Db): Promise<Map<string, string[]>> {
  const union = sql.join(
    FILE_COLUMNS.map((c) => {
      const t = sql.raw(`"${c.table}"`);
      const col = sql.raw(`"${c.column}"`);
      return c.table === 'document_files'
        ? sql`SELECT ${col} AS sha256, 'document:' || document_id AS ref FROM ${t} WHERE ${col} IS NOT NULL`
        : sql`SELECT ${col} AS sha256, ${`${c.table}:`} || id AS ref FROM ${t} WHERE ${col} IS NOT NULL`;
    }),
    sql` UNION ALL `,
  );
  const list = await rows<{ sha256: string; refs: string[] }>(
    db,
    sql`SELECT sha256, array_agg(ref ORDER BY ref) AS refs FROM (${union}) r GROUP BY sha256`,
  );
  return new Map(list.map((r) => [r.sha256, (r.refs ?? []).slice(0, 20)]));
}

export interface FixityProblem {
  sha256: string;
  /** Rows that reference it, e.g. "document:12" (a document's file), "task_files:3". */
  refs: string[];
  size?: number;
  actual?: string;
}

export interface UnreferencedFile {
  sha256: string;
  size: number;
  modifiedAt: string;
}

export interface RunRow {
  id: number;
  trigger: string;
  store: string;
  started_at: string;
  finished_at: string;
  referenced: number;
  checked: number;
  bytes: number;
  missing: FixityProblem[];
  corrupt: FixityProblem[];
  unreferenced: UnreferencedFile[];
  swept: number;
  ok: boolean;
}

export async function insertRun(
  tx: Db,
  r: {
    trigger: string;
    store: string;
    startedAt: string;
    referenced: number;
    checked: number;
    bytes: number;
    missing: FixityProblem[];
    corrupt: FixityProblem[];
    unreferenced: UnreferencedFile[];
    swept: number;
    ok: boolean;
  },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_fixity_runs (trigger, store, started_at, referenced, checked, bytes, missing, corrupt, unreferenced, swept, ok)
        VALUES (${r.trigger}, ${r.store}, ${r.startedAt}::timestamptz, ${r.referenced}, ${r.checked}, ${r.bytes},
                ${JSON.stringify(r.missing)}::jsonb, ${JSON.stringify(r.corrupt)}::jsonb, ${JSON.stringify(r.unreferenced)}::jsonb,
                ${r.swept}, ${r.ok})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export function runById(db: Db, id: number) {
  return one<RunRow>(db, sql`SELECT * FROM archive_fixity_runs WHERE id = ${id}`);
}

export function lastRun(db: Db) {
  return one<RunRow>(db, sql`SELECT * FROM archive_fixity_runs ORDER BY id DESC LIMIT 1`);
}

export function recentRuns(db: Db) {
  return rows<{ id: number; finished_at: string; ok: boolean; checked: number }>(
    db,
    sql`SELECT id, finished_at, ok, checked FROM archive_fixity_runs ORDER BY id DESC LIMIT 10`,
  );
}
