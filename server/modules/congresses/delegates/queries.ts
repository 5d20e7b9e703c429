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

/**
 * The congress's unit and the units below it (its subtree in the org tree, by path): a đảng bộ's
 * congress takes its delegates from the chi bộ under it. Active units only, the unit itself first.
 */
export async function unitAndBelow(db: Db, orgId: number): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`SELECT o.id FROM orgs o, orgs top
         WHERE top.id = ${orgId}::integer AND o.path <@ top.path AND (o.active OR o.id = top.id)
         ORDER BY nlevel(o.path), o.id`,
  );
  return r.map((x) => Number(x.id));
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
