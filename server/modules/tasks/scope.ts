// What an actor may do to a task it can see: report progress (the person assigned, or a staff member of
// the holding unit's scope) and manage it (extend, transfer, edit: the holding unit's or the assigning
// unit's people). Seeing is visibleTo; these are the finer rights on top.
import { sql } from 'drizzle-orm';
import { roleCan } from '../../../domain/roles.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import type { TaskRow } from './queries.ts';

export interface Authority {
  report: boolean;
  manage: boolean;
}

export async function authority(
  db: Db,
  actor: Actor,
  row: Pick<TaskRow, 'owner_org_id' | 'assigner_org_id' | 'assignee_id'>,
): Promise<Authority> {
  const flags = await one<{ holder: boolean; assigner: boolean }>(
    db,
    sql`SELECT ${inScope(actor, sql`${row.owner_org_id}::integer`)} AS holder,
               coalesce(${inScope(actor, sql`${row.assigner_org_id}::integer`)}, false) AS assigner`,
  );
  const holder = flags?.holder ?? false;
  const assigner = flags?.assigner ?? false;
  const assignee = row.assignee_id !== null && row.assignee_id === actor.userId;
  return {
    // A member reports only on what is assigned to them personally.
    report: roleCan(actor.role, 'task.report') && (assignee || (holder && actor.role !== 'member')),
    manage: roleCan(actor.role, 'task.manage') && (holder || assigner),
  };
}
