// SQL of the units' agency identifier codes (mã định danh) used by the exchange between systems.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { array, one, rows, run } from '../../../db/sql.ts';

export interface CodeRow {
  id: number;
  name: string;
  exchange_code: string | null;
  active: boolean;
}

export function byId(db: Db, id: number) {
  return one<CodeRow>(db, sql`SELECT id, name, exchange_code, active FROM orgs WHERE id = ${id}`);
}

export function byCodes(db: Db, codes: readonly string[]) {
  return rows<CodeRow>(
    db,
    sql`SELECT id, name, exchange_code, active FROM orgs WHERE exchange_code = ANY(${array([...codes])}::text[])`,
  );
}

export function withCodes(db: Db) {
  return rows<CodeRow>(
    db,
    sql`SELECT id, name, exchange_code, active FROM orgs WHERE exchange_code IS NOT NULL ORDER BY path`,
  );
}

export async function setCode(db: Db, id: number, code: string | null): Promise<void> {
  await run(db, sql`UPDATE orgs SET exchange_code = ${code} WHERE id = ${id}`);
}
