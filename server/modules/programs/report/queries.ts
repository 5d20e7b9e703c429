// SQL of the review report: the names of the reporting unit and of its superior (the heading block).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';

export function heading(db: Db, orgId: number) {
  return one<{ short_code: string; superior_id: number | null; superior_name: string | null }>(
    db,
    sql`SELECT o.short_code, s.id AS superior_id, s.name AS superior_name
          FROM orgs o LEFT JOIN orgs s ON s.id = o.parent_id WHERE o.id = ${orgId}`,
  );
}
