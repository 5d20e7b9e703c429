// SQL of congresses and their timetables. Access: the congress's unit in the actor's scope.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, run } from '../../db/sql.ts';

export interface CongressRow {
  id: number;
  org_id: number;
  org_name: string;
  org_kind: string;
  title: string;
  term: string;
  held_on: string;
  created_by_name: string | null;
  created_at: string | Date;
}

export interface MilestoneRow {
  id: number;
  congress_id: number;
  title: string;
  due_on: string;
  done_on: string | null;
}

/** The access condition on congresses aliased `c`. */
export function congressVisible(actor: Actor): SQL {
  return inScope(actor, sql`c.org_id`);
}

const COLS = sql`c.id, c.org_id, o.name AS org_name, o.kind AS org_kind, c.title, c.term,
  to_char(c.held_on, 'YYYY-MM-DD') AS held_on, u.full_name AS created_by_name, c.created_at`;
const FROM = sql`congresses c JOIN orgs o ON o.id = c.org_id LEFT JOIN users u ON u.id = c.created_by`;

export async function insert(
  db: Db,
  v: { orgId: number; title: string; term: string; heldOn: string; by: number },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congresses (org_id, title, term, held_on, created_by)
        VALUES (${v.orgId}, ${v.title}, ${v.term}, ${v.heldOn}::date, ${v.by}) RETURNING id`,
  );
  return Number(r?.id);
}

export function byId(db: Db, id: number, cond: SQL, lock = false) {
  return one<CongressRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE c.id = ${id}::integer AND ${cond}
        ${lock ? sql`FOR UPDATE OF c` : sql``}`,
  );
}

export function list(db: Db, cond: SQL, orgId: number | undefined) {
  return rows<CongressRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${cond}
        ${orgId === undefined ? sql`` : sql`AND c.org_id = ${orgId}::integer`}
        ORDER BY c.held_on DESC, c.id DESC LIMIT 200`,
  );
}

export async function insertMilestone(
  db: Db,
  v: { congressId: number; title: string; dueOn: string },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congress_milestones (congress_id, title, due_on)
        VALUES (${v.congressId}, ${v.title}, ${v.dueOn}::date) RETURNING id`,
  );
  return Number(r?.id);
}

export function milestones(db: Db, congressId: number) {
  return rows<MilestoneRow>(
    db,
    sql`SELECT id, congress_id, title, to_char(due_on, 'YYYY-MM-DD') AS due_on,
               to_char(done_on, 'YYYY-MM-DD') AS done_on
          FROM congress_milestones WHERE congress_id = ${congressId}::integer ORDER BY due_on, id`,
  );
}

export function setMilestoneDone(db: Db, congressId: number, id: number, doneOn: string | null) {
  return run(
    db,
    sql`UPDATE congress_milestones SET done_on = ${doneOn}::date
         WHERE id = ${id}::integer AND congress_id = ${congressId}::integer`,
  );
}
