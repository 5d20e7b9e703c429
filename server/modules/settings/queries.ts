import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';

export function all(db: Db) {
  return rows<{ key: string; value: unknown }>(db, sql`SELECT key, value FROM settings`);
}

export async function put(db: Db, key: string, value: unknown, by: number | null): Promise<void> {
  await db.execute(sql`
    INSERT INTO settings (key, value, updated_by) VALUES (${key}, ${JSON.stringify(value)}::jsonb, ${by})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now(), updated_by = excluded.updated_by`);
}
