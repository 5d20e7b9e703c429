// SQL of directions, handling lines and the inboxes.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows, run } from '../../../db/sql.ts';
import { DOC_COLS, type DocRow, docVisible } from '../queries.ts';

export function activeUser(db: Db, userId: number) {
  return one<{ id: number; org_id: number; full_name: string }>(
    db,
    sql`SELECT id, org_id, full_name FROM users WHERE id = ${userId} AND disabled_at IS NULL`,
  );
}

export async function insertDirection(
  db: Db,
  d: {
    documentId: number;
    authorId: number;
    text: string;
    leadOrgId: number | null;
    coordinatingOrgIds: number[];
    assigneeId: number | null;
    deadline: string | null;
    workRuleId: number | null;
    ruleArticle: string | null;
  },
): Promise<number> {
  const row = (await one<{ id: number }>(
    db,
    sql`INSERT INTO document_directions (document_id, author_id, text, lead_org_id, coordinating_org_ids, assignee_id, deadline,
                                         work_rule_id, rule_article)
        VALUES (${d.documentId}, ${d.authorId}, ${d.text}, ${d.leadOrgId}, ${array(d.coordinatingOrgIds)}::integer[],
                ${d.assigneeId}, ${d.deadline}::date, ${d.workRuleId}::integer, ${d.ruleArticle})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export async function setDirectionTask(db: Db, directionId: number, taskId: number | null): Promise<void> {
  await run(db, sql`UPDATE document_directions SET task_id = ${taskId} WHERE id = ${directionId}`);
}

/**
 * After a direction: the document follows the leader's deadline and an incoming one is in progress;
 * the registering unit's line follows too.
 */
export async function markDirected(db: Db, documentId: number, deadline: string | null): Promise<void> {
  await run(
    db,
    sql`UPDATE documents SET deadline = coalesce(${deadline}::date, deadline),
               status = CASE WHEN direction = 'in' AND status = 'new' THEN 'in_progress' ELSE status END, updated_at = now()
         WHERE id = ${documentId}`,
  );
  await run(
    db,
    sql`UPDATE document_handling
           SET status = CASE WHEN status = 'new' THEN 'in_progress' ELSE status END,
               deadline = coalesce(${deadline}::date, deadline), updated_at = now()
         WHERE document_id = ${documentId} AND role = 'register'`,
  );
}

/** Sets the status of the actor's own lines (as a person, or its unit's); the roles changed. */
export function setOwnHandling(db: Db, documentId: number, actor: Actor, status: string) {
  return rows<{ id: number; role: string }>(
    db,
    sql`UPDATE document_handling SET status = ${status}, updated_at = now()
         WHERE document_id = ${documentId} AND (user_id = ${actor.userId} OR (user_id IS NULL AND org_id = ${actor.orgId}))
         RETURNING id, role`,
  );
}

/** An incoming document is done when its lead unit (or, without a direction, the registering unit) is. */
export async function recomputeIncomingStatus(db: Db, documentId: number): Promise<void> {
  await run(
    db,
    sql`UPDATE documents d SET status = CASE
          WHEN EXISTS (SELECT 1 FROM document_handling h WHERE h.document_id = d.id AND h.role = 'lead')
            THEN CASE WHEN NOT EXISTS (SELECT 1 FROM document_handling h WHERE h.document_id = d.id AND h.role = 'lead' AND h.status <> 'done')
                      THEN 'done' ELSE 'in_progress' END
          ELSE CASE (SELECT h.status FROM document_handling h WHERE h.document_id = d.id AND h.role = 'register' LIMIT 1)
                 WHEN 'done' THEN 'done' WHEN 'in_progress' THEN 'in_progress' ELSE d.status END
        END, updated_at = now()
       WHERE d.id = ${documentId} AND d.direction = 'in'`,
  );
}

export interface InboxRow extends DocRow {
  handling_status: string;
  handling_role: string;
  handling_deadline: string | null;
  overdue: boolean;
}

function whose(actor: Actor, scope: 'unit' | 'me'): SQL {
  return scope === 'me'
    ? sql`h.user_id = ${actor.userId}`
    : sql`h.org_id = ${actor.orgId} AND h.user_id IS NULL`;
}

/** Documents waiting on the actor's unit or on the actor: overdue first, then urgency, then deadline. */
export function inboxPage(
  db: Db,
  actor: Actor,
  opts: { scope: 'unit' | 'me'; status?: string | undefined; limit: number; offset: number; today: string },
) {
  const status: SQL =
    opts.status === 'open' || !opts.status ? sql`h.status <> 'done'` : sql`h.status = ${opts.status}`;
  return rows<InboxRow>(
    db,
    sql`SELECT ${DOC_COLS}, h.status AS handling_status, h.role AS handling_role, h.deadline AS handling_deadline,
               ((coalesce(h.deadline, d.deadline) < ${opts.today}::date) IS TRUE AND h.status <> 'done') AS overdue
          FROM document_handling h JOIN documents d ON d.id = h.document_id JOIN orgs o ON o.id = d.owner_org_id
         WHERE ${whose(actor, opts.scope)} AND ${status} AND ${docVisible(actor)}
         ORDER BY ((coalesce(h.deadline, d.deadline) < ${opts.today}::date) IS TRUE AND h.status <> 'done') DESC, d.urgency DESC,
                  coalesce(h.deadline, d.deadline) ASC NULLS LAST, d.id DESC, h.role
         LIMIT ${opts.limit + 1} OFFSET ${opts.offset}`,
  );
}

export async function inboxCounts(db: Db, actor: Actor, scope: 'unit' | 'me') {
  const row = await one<{ new: number; in_progress: number; done: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE h.status = 'new')::integer AS new,
               count(*) FILTER (WHERE h.status = 'in_progress')::integer AS in_progress,
               count(*) FILTER (WHERE h.status = 'done')::integer AS done
          FROM document_handling h JOIN documents d ON d.id = h.document_id
         WHERE ${whose(actor, scope)} AND ${docVisible(actor)}`,
  );
  return { new: row?.new ?? 0, inProgress: row?.in_progress ?? 0, done: row?.done ?? 0 };
}
