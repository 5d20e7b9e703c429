// SQL of a scheme's measures: the list, a new one, removing one, and linking it to its task.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export interface MeasureRow {
  id: number;
  title: string;
  lead_org_id: number;
  lead_org_name: string;
  due_on: string;
  task_id: number | null;
}

const COLS = sql`m.id, m.title, m.lead_org_id, o.name AS lead_org_name, m.due_on::text AS due_on, m.task_id`;

export function list(db: Db, proposalId: number) {
  return rows<MeasureRow>(
    db,
    sql`SELECT ${COLS} FROM proposal_measures m JOIN orgs o ON o.id = m.lead_org_id
         WHERE m.proposal_id = ${proposalId} ORDER BY m.id`,
  );
}

export function byId(db: Db, proposalId: number, id: number) {
  return one<MeasureRow>(
    db,
    sql`SELECT ${COLS} FROM proposal_measures m JOIN orgs o ON o.id = m.lead_org_id
         WHERE m.proposal_id = ${proposalId} AND m.id = ${id}`,
  );
}

export async function insert(
  db: Db,
  m: { proposalId: number; title: string; leadOrgId: number; dueOn: string; by: number },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO proposal_measures (proposal_id, title, lead_org_id, due_on, created_by)
        VALUES (${m.proposalId}, ${m.title}, ${m.leadOrgId}, ${m.dueOn}, ${m.by}) RETURNING id`,
  );
  return Number(row?.id);
}

export function remove(db: Db, proposalId: number, id: number) {
  return run(
    db,
    sql`DELETE FROM proposal_measures WHERE proposal_id = ${proposalId} AND id = ${id} AND task_id IS NULL`,
  );
}

export function setTask(db: Db, id: number, taskId: number) {
  return run(db, sql`UPDATE proposal_measures SET task_id = ${taskId} WHERE id = ${id} AND task_id IS NULL`);
}
