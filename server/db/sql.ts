// Small helpers over Drizzle's raw SQL so that both backends return the same shapes.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function one<T>(db: Db, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

export async function run(db: Db, query: SQL): Promise<number> {
  const result = (await db.execute(query)) as unknown as { rowCount?: number | null; affectedRows?: number };
  return result.rowCount ?? result.affectedRows ?? 0;
}

/** Timestamps come back as PostgreSQL text ("2026-11-25 07:17:00.123+00"); the API speaks ISO 8601. */
export function toIso(value: string | Date | null | undefined): string | null {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  const s = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/**
 * A JS array as ONE bind parameter (Drizzle would otherwise expand it into a list), for
 * `= ANY(${array(ids)}::integer[])`.
 */
export function array(values: readonly (string | number)[]): SQL {
  return sql`${sql.param(values)}`;
}
