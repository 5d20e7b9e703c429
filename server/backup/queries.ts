// The SQL of backup and restore: the catalogue of the application's tables, one snapshot read through
// cursors, and the restore's bulk load. Table and column names come from the catalogue and are
// checked by ident() before they reach a statement.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { one, rows } from '../db/sql.ts';

/** A table or column name as a quoted identifier; anything but a plain lower-case name is refused. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return `"${name}"`;
}

// ---- The catalogue --------------------------------------------------------------------------------

export function columns(db: Db) {
  return rows<{ table_name: string; column_name: string; is_generated: string; is_identity: string }>(
    db,
    sql`SELECT table_name, column_name, is_generated, is_identity FROM information_schema.columns
         WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
}

export function primaryKeys(db: Db) {
  return rows<{ table_name: string; column_name: string }>(
    db,
    sql`SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
          JOIN information_schema.key_column_usage kcu
            ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
         WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'
         ORDER BY tc.table_name, kcu.ordinal_position`,
  );
}

export function foreignKeys(db: Db) {
  return rows<{ child: string; parent: string }>(
    db,
    sql`SELECT DISTINCT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
          FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
}

export function baseTables(db: Db) {
  return rows<{ table_name: string }>(
    db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
}

export async function migrationVersions(db: Db): Promise<string[]> {
  return (
    await rows<{ version: string }>(db, sql`SELECT version FROM schema_migrations ORDER BY version`)
  ).map((r) => r.version);
}

// ---- The backup: one snapshot --------------------------------------------------------------------

/** The first statement of the backup's transaction: every table read from one snapshot. */
export async function readOnlySnapshot(tx: Db): Promise<void> {
  await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
}

/** A cursor over a table's rows as JSON text, generated columns left out, in the given order. */
export async function openRowCursor(
  tx: Db,
  cursor: string,
  table: { name: string; generated: string[]; orderBy: string[] },
): Promise<void> {
  const drop = table.generated.length
    ? sql.raw(` - ARRAY[${table.generated.map((g) => `'${g}'`).join(',')}]::text[]`)
    : sql``;
  await tx.execute(
    sql`DECLARE ${sql.raw(ident(cursor))} NO SCROLL CURSOR FOR
        SELECT (to_jsonb(t)${drop})::text AS line FROM ${sql.raw(ident(table.name))} t
        ORDER BY ${sql.raw(table.orderBy.map(ident).join(', '))}`,
  );
}

export async function fetchLines(tx: Db, cursor: string, count: number): Promise<string[]> {
  const batch = await rows<{ line: string }>(
    tx,
    sql`FETCH ${sql.raw(String(count))} FROM ${sql.raw(ident(cursor))}`,
  );
  return batch.map((r) => r.line);
}

export async function closeCursor(tx: Db, cursor: string): Promise<void> {
  await tx.execute(sql`CLOSE ${sql.raw(ident(cursor))}`);
}

// ---- The restore ----------------------------------------------------------------------------------

export async function unitCount(db: Db): Promise<number> {
  return (await one<{ n: number }>(db, sql`SELECT count(*)::integer AS n FROM orgs`))?.n ?? 0;
}

/** Empties a table (migrations seed some: the backup's rows replace them). */
export async function emptyTable(tx: Db, table: string): Promise<void> {
  await tx.execute(sql.raw(`DELETE FROM ${ident(table)}`));
}

/** Inserts rows given as JSON objects (one per line of the backup), identity values kept. */
export async function insertJsonRows(
  tx: Db,
  table: { name: string; columns: string[]; identity: string[] },
  lines: string[],
): Promise<void> {
  const cols = table.columns.map(ident).join(', ');
  const overriding = table.identity.length ? sql.raw(' OVERRIDING SYSTEM VALUE') : sql``;
  await tx.execute(
    sql`INSERT INTO ${sql.raw(ident(table.name))} (${sql.raw(cols)})${overriding}
        SELECT ${sql.raw(cols)} FROM json_populate_recordset(NULL::${sql.raw(ident(table.name))}, ${`[${lines.join(',')}]`}::json)`,
  );
}

/** The next identity value after the restored rows. */
export async function resetIdentity(tx: Db, table: string, column: string): Promise<void> {
  await tx.execute(
    sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), coalesce((SELECT max(${sql.raw(ident(column))}) FROM ${sql.raw(ident(table))}), 0) + 1, false)`,
  );
}
