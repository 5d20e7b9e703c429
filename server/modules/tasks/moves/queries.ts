// SQL of extensions and transfers: the new deadline, the new holder, and where a task may go.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';

export async function extend(db: Db, id: number, dueOn: string): Promise<void> {
  await db.execute(sql`UPDATE tasks SET due_on = ${dueOn}::date, extension_count = extension_count + 1,
                         last_reminder = NULL, updated_at = now() WHERE id = ${id}`);
}

export async function transfer(db: Db, id: number, toOrgId: number, bounced: boolean): Promise<void> {
  // The receiving unit starts with a fresh stalled clock and assigns its own person.
  await db.execute(sql`UPDATE tasks SET owner_org_id = ${toOrgId}, transfer_count = transfer_count + 1,
                         bounced = bounced OR ${bounced}, assignee_id = NULL, last_report_at = now(),
                         updated_at = now() WHERE id = ${id}`);
  await db.execute(sql`DELETE FROM task_coordinators WHERE task_id = ${id} AND org_id = ${toOrgId}`);
}

/** A unit a task may be passed to: whether it lies in the actor's scope, and the assigning unit's path. */
export function transferTarget(db: Db, actor: Actor, orgId: number, assignerOrgId: number | null) {
  return one<{
    id: number;
    name: string;
    path: string;
    active: boolean;
    in_scope: boolean;
    assigner_path: string | null;
  }>(
    db,
    sql`SELECT o.id, o.name, o.path::text AS path, o.active, ${inScope(actor, sql`o.id`)} AS in_scope,
               (SELECT a.path::text FROM orgs a WHERE a.id = ${assignerOrgId}::integer) AS assigner_path
          FROM orgs o WHERE o.id = ${orgId}`,
  );
}
