// SQL of tasks: rows with the names the pages show, the history, coordinators, the rights of an
// account on a task, and the people a task may be assigned to. Every read that returns tasks to an
// actor filters with visibleTo (entity 'task'). The programme item a task comes from is only an id
// here: the programmes area answers for its items (registered in server/integrations.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { TaskSourceKind } from '../../../domain/tasks.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';

export const ENTITY = 'task';

export interface TaskRow {
  id: number;
  title: string;
  description: string | null;
  owner_org_id: number;
  org_name: string;
  org_path: string;
  assigner_org_id: number | null;
  assigner_org_name: string | null;
  assignee_id: number | null;
  assignee_name: string | null;
  secrecy: number;
  starts_on: string | null;
  due_on: string;
  original_due_on: string;
  rule_article: string | null;
  progress: number;
  done_on: string | null;
  product: string | null;
  source_kind: TaskSourceKind;
  source_id: string | number | null;
  source_ref: string | null;
  program_item_id: number | null;
  transfer_count: number;
  extension_count: number;
  bounced: boolean;
  last_report_at: string;
  last_report_on: string;
  last_reminder: string | null;
  created_at: string;
}

/** The Vietnamese calendar day of a timestamp (UTC+7, no daylight saving; no time zone names needed). */
export function vnDate(col: SQL): SQL {
  return sql`((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`;
}

/** Open tasks whose last report is on or before `cutoff` (a Vietnamese day): stalled. Sargable. */
export function reportedBefore(col: SQL, cutoff: string): SQL {
  return sql`${col} < (((${cutoff}::date + 1)::timestamp - interval '7 hours') AT TIME ZONE 'UTC')`;
}

export const COLS = sql`t.id, t.title, t.description, t.owner_org_id, o.name AS org_name, o.path::text AS org_path,
  t.assigner_org_id, ao.name AS assigner_org_name, t.assignee_id, u.full_name AS assignee_name, t.secrecy,
  t.starts_on::text AS starts_on, t.due_on::text AS due_on, t.original_due_on::text AS original_due_on,
  t.rule_article, t.progress, t.done_on::text AS done_on, t.product, t.source_kind, t.source_id, t.source_ref,
  t.program_item_id, t.transfer_count, t.extension_count, t.bounced, t.last_report_at,
  ${vnDate(sql`t.last_report_at`)}::text AS last_report_on, t.last_reminder,
  t.created_at`;

export const FROM = sql`tasks t
  JOIN orgs o ON o.id = t.owner_org_id
  LEFT JOIN orgs ao ON ao.id = t.assigner_org_id
  LEFT JOIN users u ON u.id = t.assignee_id`;

/** The access rule on the task aliased `t`. */
export function visible(actor: Actor): SQL {
  return visibleTo(actor, {
    entity: ENTITY,
    id: sql`t.id`,
    ownerOrgId: sql`t.owner_org_id`,
    secrecy: sql`t.secrecy`,
  });
}

export function byId(db: Db, id: number) {
  return one<TaskRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE t.id = ${id}`);
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<TaskRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE t.id = ${id} AND ${visible(actor)}`);
}

/** Locks the task row: changes to one task are serialised (transfer counts, bounced flag). */
export async function lock(db: Db, id: number): Promise<void> {
  await db.execute(sql`SELECT id FROM tasks WHERE id = ${id} FOR UPDATE`);
}

/** Whether the holding unit and the assigning unit lie in the actor's scope (the finer rights). */
export async function rightsFlags(
  db: Db,
  actor: Actor,
  ownerOrgId: number,
  assignerOrgId: number | null,
): Promise<{ holder: boolean; assigner: boolean }> {
  const flags = await one<{ holder: boolean; assigner: boolean }>(
    db,
    sql`SELECT ${inScope(actor, sql`${ownerOrgId}::integer`)} AS holder,
               coalesce(${inScope(actor, sql`${assignerOrgId}::integer`)}, false) AS assigner`,
  );
  return { holder: flags?.holder ?? false, assigner: flags?.assigner ?? false };
}

export interface NewTask {
  title: string;
  description: string | null;
  ownerOrgId: number;
  assignerOrgId: number | null;
  assigneeId: number | null;
  secrecy: number;
  startsOn: string | null;
  dueOn: string;
  sourceKind: TaskSourceKind;
  sourceId: number | null;
  sourceRef: string | null;
  programItemId: number | null;
  createdBy: number | null;
  workRuleId?: number | null;
  ruleArticle?: string | null;
}

export async function insert(db: Db, t: NewTask): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO tasks (title, description, owner_org_id, assigner_org_id, assignee_id, secrecy, starts_on,
          due_on, original_due_on, source_kind, source_id, source_ref, program_item_id, created_by, work_rule_id, rule_article)
        VALUES (${t.title}, ${t.description}, ${t.ownerOrgId}, ${t.assignerOrgId}::integer, ${t.assigneeId}::integer,
          ${t.secrecy}, ${t.startsOn}::date, ${t.dueOn}::date, ${t.dueOn}::date, ${t.sourceKind},
          ${t.sourceId}::bigint, ${t.sourceRef}, ${t.programItemId}::integer, ${t.createdBy}::integer,
          ${t.workRuleId ?? null}::integer, ${t.ruleArticle ?? null})
        RETURNING id`,
  );
  if (!row) throw new Error('insert task returned nothing');
  return row.id;
}

export interface NewEvent {
  taskId: number;
  kind: 'create' | 'update' | 'extend' | 'transfer' | 'edit';
  actorId: number | null;
  progress?: number | null;
  note?: string | null;
  fromOrgId?: number | null;
  toOrgId?: number | null;
  oldDueOn?: string | null;
  newDueOn?: string | null;
  reason?: string | null;
}

export async function insertEvent(db: Db, e: NewEvent): Promise<number> {
  const row = await one<{ id: string | number }>(
    db,
    sql`INSERT INTO task_events (task_id, kind, actor_id, progress, note, from_org_id, to_org_id, old_due_on,
          new_due_on, reason)
        VALUES (${e.taskId}, ${e.kind}, ${e.actorId}::integer, ${e.progress ?? null}::smallint, ${e.note ?? null},
          ${e.fromOrgId ?? null}::integer, ${e.toOrgId ?? null}::integer, ${e.oldDueOn ?? null}::date,
          ${e.newDueOn ?? null}::date, ${e.reason ?? null})
        RETURNING id`,
  );
  return Number(row?.id);
}

export interface EventRow {
  id: string | number;
  kind: NewEvent['kind'];
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  progress: number | null;
  note: string | null;
  from_org_id: number | null;
  from_org_name: string | null;
  to_org_id: number | null;
  to_org_name: string | null;
  old_due_on: string | null;
  new_due_on: string | null;
  reason: string | null;
}

export function events(db: Db, taskId: number) {
  return rows<EventRow>(
    db,
    sql`SELECT e.id, e.kind, e.at, e.actor_id, u.full_name AS actor_name, e.progress, e.note,
               e.from_org_id, fo.name AS from_org_name, e.to_org_id, tor.name AS to_org_name,
               e.old_due_on::text AS old_due_on, e.new_due_on::text AS new_due_on, e.reason
          FROM task_events e
          LEFT JOIN users u ON u.id = e.actor_id
          LEFT JOIN orgs fo ON fo.id = e.from_org_id
          LEFT JOIN orgs tor ON tor.id = e.to_org_id
         WHERE e.task_id = ${taskId} ORDER BY e.id`,
  );
}

/** Transfers of a task in order: the bounced rule, and the units that passed it on. */
export function transfers(db: Db, taskId: number) {
  return rows<{ from_org_id: number; to_org_id: number }>(
    db,
    sql`SELECT from_org_id, to_org_id FROM task_events WHERE task_id = ${taskId} AND kind = 'transfer' ORDER BY id`,
  );
}

export function coordinators(db: Db, taskId: number) {
  return rows<{ org_id: number; name: string }>(
    db,
    sql`SELECT c.org_id, o.name FROM task_coordinators c JOIN orgs o ON o.id = c.org_id
         WHERE c.task_id = ${taskId} ORDER BY o.name`,
  );
}

/** Replaces the coordinating units of a task (their grants are the service's). */
export async function setCoordinators(db: Db, taskId: number, orgIds: readonly number[]): Promise<void> {
  await db.execute(sql`DELETE FROM task_coordinators WHERE task_id = ${taskId}`);
  if (orgIds.length === 0) return;
  await db.execute(sql`INSERT INTO task_coordinators (task_id, org_id)
                       SELECT ${taskId}, x FROM unnest(${array(orgIds)}::integer[]) AS x`);
}

export async function setProgress(
  db: Db,
  id: number,
  p: { progress: number; doneOn: string | null; product: string | null },
): Promise<void> {
  await db.execute(sql`UPDATE tasks SET progress = ${p.progress}, done_on = ${p.doneOn}::date,
                         product = coalesce(${p.product}, product), last_report_at = now(), updated_at = now()
                        WHERE id = ${id}`);
}

export async function edit(
  db: Db,
  id: number,
  e: { title: string; description: string | null; assigneeId: number | null },
): Promise<void> {
  await db.execute(sql`UPDATE tasks SET title = ${e.title}, description = ${e.description},
                         assignee_id = ${e.assigneeId}::integer, updated_at = now() WHERE id = ${id}`);
}

export interface FileRow {
  id: string | number;
  task_id: number;
  event_id: string | number | null;
  name: string;
  mime: string;
  size: string | number;
  sha256: string;
  created_by_name: string | null;
  created_at: string;
}

/** The files of a task (the task page). */
export function files(db: Db, taskId: number) {
  return rows<FileRow>(
    db,
    sql`SELECT f.id, f.task_id, f.event_id, f.name, f.mime, f.size, f.sha256, u.full_name AS created_by_name,
               f.created_at
          FROM task_files f LEFT JOIN users u ON u.id = f.created_by
         WHERE f.task_id = ${taskId} ORDER BY f.id`,
  );
}

// ---- Units and people ------------------------------------------------------------------------------

export interface UnitRow {
  id: number;
  name: string;
  path: string;
  active: boolean;
}

export function unitById(db: Db, id: number) {
  return one<UnitRow>(db, sql`SELECT id, name, path::text AS path, active FROM orgs WHERE id = ${id}`);
}

/** An account with its unit's path (may it do a task of a unit?). */
export function account(db: Db, userId: number) {
  return one<{ id: number; org_path: string; disabled: boolean }>(
    db,
    sql`SELECT u.id, o.path::text AS org_path, u.disabled_at IS NOT NULL AS disabled
          FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = ${userId}`,
  );
}

export interface AssigneeRow {
  id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  role: string;
}

/** Active accounts of a unit and the units below it, within the actor's scope, optionally by name. */
export function assignable(db: Db, actor: Actor, orgId: number, q: string | undefined) {
  return rows<AssigneeRow>(
    db,
    sql`SELECT u.id, u.full_name, u.org_id, o.name AS org_name, u.role
          FROM users u JOIN orgs o ON o.id = u.org_id
         WHERE ${inScope(actor, sql`u.org_id`)} AND u.disabled_at IS NULL
           AND o.path <@ (SELECT path FROM orgs WHERE id = ${orgId})
           ${q ? sql`AND (vn_fold(u.full_name) LIKE '%' || vn_fold(${q}) || '%' OR lower(u.username) LIKE '%' || lower(${q}) || '%')` : sql``}
         LIMIT 5000`,
  );
}

// ---- The rating's and the review's figures (a member's year or quarter) ----------------------------

/** An account's tasks due between two days: how many are already due, done on time, late, overdue. */
export function figuresBetween(db: Db, userId: number, from: string, to: string, today: string) {
  return one<{ total: number; due: number; on_time: number; done_late: number; overdue: number }>(
    db,
    sql`SELECT count(*)::integer AS total,
               count(*) FILTER (WHERE done_on IS NOT NULL OR due_on < ${today}::date)::integer AS due,
               count(*) FILTER (WHERE done_on IS NOT NULL AND done_on <= due_on)::integer AS on_time,
               count(*) FILTER (WHERE done_on IS NOT NULL AND done_on > due_on)::integer AS done_late,
               count(*) FILTER (WHERE done_on IS NULL AND due_on < ${today}::date)::integer AS overdue
          FROM tasks
         WHERE assignee_id = ${userId} AND due_on BETWEEN ${from}::date AND ${to}::date`,
  );
}
