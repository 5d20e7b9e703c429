// SQL of a congress's delegates.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export interface DelegateRow {
  id: number;
  member_id: number;
  full_name: string;
  kind: 'official' | 'alternate';
  problems: string[];
}

export function list(db: Db, congressId: number) {
  return rows<DelegateRow>(
    db,
    sql`SELECT id, member_id, full_name, kind, problems FROM congress_delegates
         WHERE congress_id = ${congressId}::integer ORDER BY kind DESC, id`,
  );
}

export async function insert(
  db: Db,
  v: {
    congressId: number;
    memberId: number;
    fullName: string;
    kind: string;
    problems: string[];
    ruleVersionId: number;
    by: number;
  },
): Promise<number | null> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congress_delegates (congress_id, member_id, full_name, kind, problems, discipline_rule_version_id, created_by)
        VALUES (${v.congressId}, ${v.memberId}, ${v.fullName}, ${v.kind}, ${JSON.stringify(v.problems)}::jsonb,
          ${v.ruleVersionId}, ${v.by})
        ON CONFLICT (congress_id, member_id) DO NOTHING RETURNING id`,
  );
  return r ? Number(r.id) : null;
}

export function remove(db: Db, congressId: number, id: number) {
  return run(
    db,
    sql`DELETE FROM congress_delegates WHERE id = ${id}::integer AND congress_id = ${congressId}::integer`,
  );
}
