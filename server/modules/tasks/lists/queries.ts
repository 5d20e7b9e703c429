// SQL of the task lists and roll-ups: the filtered list, the counts per child unit, a unit's totals,
// the monthly trend, directive tracking, and the tasks of programme items. Each is one set-based
// statement with the access rule inside it: a list or a roll-up holds exactly the tasks the account
// may see (visibleTo, or visibleToIn over its scope read once), never a restatement of the rule.
import { type SQL, sql } from 'drizzle-orm';
import type { TaskStatusFilter } from '../../../../domain/programs/schemas.ts';
import { stalledCutoff } from '../../../../domain/tasks.ts';
import type { Actor } from '../../../auth/actor.ts';
import { type ResolvedScope, visibleToIn } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import type { Clock } from '../clock.ts';
import { COLS, ENTITY, FROM, reportedBefore, type TaskRow, visible } from '../queries.ts';

/** The SQL condition of a status filter; the same states the domain rules name. */
export function statusCondition(status: TaskStatusFilter, clock: Clock): SQL {
  switch (status) {
    case 'open':
      return sql`t.progress < 100`;
    case 'done':
      return sql`t.progress = 100`;
    case 'done_on_time':
      return sql`(t.progress = 100 AND t.done_on <= t.due_on)`;
    case 'done_late':
      return sql`(t.progress = 100 AND t.done_on > t.due_on)`;
    case 'overdue':
      return sql`(t.progress < 100 AND t.due_on < ${clock.today}::date)`;
    case 'stalled':
      return sql`(t.progress < 100 AND ${reportedBefore(sql`t.last_report_at`, stalledCutoff(clock.today, clock.stalledDays))})`;
    case 'bounced':
      return sql`t.bounced`;
    case 'extended':
      return sql`t.extension_count > 0`;
  }
}

/**
 * Tasks held in a unit's subtree (the unit asked about, not the account's scope: who may see what is
 * the access rule, added to every statement). The path is a constant, not a subquery: the planner then
 * estimates the subtree from the statistics and picks a hash join for a city and an index for a ward
 * (measured: docs/programs.md).
 */
function heldUnder(path: string): SQL {
  return sql`o.path <@ ${path}::ltree`;
}

/** The access rule over the actor's scope read once (see visibleToIn): the roll-ups' filter. */
function seen(scope: ResolvedScope, actor: { userId: number; clearance: number }): SQL {
  return visibleToIn(scope, actor, {
    entity: ENTITY,
    id: sql`t.id`,
    ownerOrgId: sql`t.owner_org_id`,
    secrecy: sql`t.secrecy`,
  });
}

export interface UnitRow {
  id: number;
  name: string;
  path: string;
}

/** Any unit by id (a list filtered by unit needs its path). */
export function unit(db: Db, id: number) {
  return one<UnitRow>(db, sql`SELECT id, name, path::text AS path FROM orgs WHERE id = ${id}`);
}

export interface ListQuery {
  mine: boolean;
  unitPath: string | null;
  status?: TaskStatusFilter | undefined;
  ref?: string | undefined;
  words: string[];
  /** Only tasks of these programme items (null: no such filter). */
  itemIds: number[] | null;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  after: { due: string; id: number } | null;
  limit: number;
}

export function list(db: Db, actor: Actor, f: ListQuery, clock: Clock) {
  const conds: SQL[] = [visible(actor)];
  if (f.mine) conds.push(sql`t.assignee_id = ${actor.userId}`);
  if (f.unitPath !== null) conds.push(heldUnder(f.unitPath));
  if (f.status) conds.push(statusCondition(f.status, clock));
  if (f.ref) conds.push(sql`t.source_ref = ${f.ref}`);
  // Every word, anywhere in the title, diacritics and case ignored; the trigram index on vn_fold(title)
  // serves it.
  for (const word of f.words) {
    conds.push(sql`vn_fold(t.title) LIKE '%' || vn_fold(${escapeLike(word)}) || '%'`);
  }
  if (f.itemIds !== null) conds.push(sql`t.program_item_id = ANY(${array(f.itemIds)}::integer[])`);
  if (f.dueFrom) conds.push(sql`t.due_on >= ${f.dueFrom}::date`);
  if (f.dueTo) conds.push(sql`t.due_on <= ${f.dueTo}::date`);
  if (f.after) conds.push(sql`(t.due_on, t.id) > (${f.after.due}::date, ${f.after.id}::integer)`);
  return rows<TaskRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${sql.join(conds, sql` AND `)}
         ORDER BY t.due_on, t.id LIMIT ${f.limit + 1}`,
  );
}

function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}

const COUNTS = (clock: Clock) => sql`
  count(*)::integer AS total,
  count(*) FILTER (WHERE t.progress = 100)::integer AS done,
  count(*) FILTER (WHERE ${statusCondition('done_on_time', clock)})::integer AS done_on_time,
  count(*) FILTER (WHERE ${statusCondition('overdue', clock)})::integer AS overdue,
  count(*) FILTER (WHERE ${statusCondition('stalled', clock)})::integer AS stalled,
  count(*) FILTER (WHERE t.bounced)::integer AS bounced`;

export interface CountRow {
  total: number;
  done: number;
  done_on_time: number;
  overdue: number;
  stalled: number;
  bounced: number;
}

export type Viewer = { userId: number; clearance: number };

/**
 * Per child unit of `target`, the tasks held anywhere in the child's subtree (by the unit that holds
 * each now) that the account may see. One pass over the subtree's tasks, grouped by the child's path
 * prefix: no loop per unit. Children that stopped (merged, dissolved) are listed only while they still
 * hold such tasks.
 */
export function rollUpByChild(
  db: Db,
  viewer: Viewer,
  scope: ResolvedScope,
  target: { id: number; path: string },
  clock: Clock,
) {
  const depth = target.path.split('.').length;
  return rows<CountRow & { org_id: number; name: string; active: boolean }>(
    db,
    sql`WITH agg AS (
          SELECT ltree2text(subpath(o.path, 0, ${depth + 1}::integer)) AS child_path, ${COUNTS(clock)}
            FROM orgs o JOIN tasks t ON t.owner_org_id = o.id
           WHERE ${heldUnder(target.path)} AND nlevel(o.path) > ${depth}::integer AND ${seen(scope, viewer)}
           GROUP BY 1)
        SELECT c.id AS org_id, c.name, c.active, coalesce(a.total, 0) AS total, coalesce(a.done, 0) AS done,
               coalesce(a.done_on_time, 0) AS done_on_time, coalesce(a.overdue, 0) AS overdue,
               coalesce(a.stalled, 0) AS stalled, coalesce(a.bounced, 0) AS bounced
          FROM orgs c LEFT JOIN agg a ON a.child_path = c.path::text
         WHERE c.parent_id = ${target.id} AND (c.active OR a.total > 0)`,
  );
}

/** The tasks held in the target's whole subtree that the account may see, counted. */
export function rollUpTotals(db: Db, viewer: Viewer, scope: ResolvedScope, targetPath: string, clock: Clock) {
  return one<CountRow>(
    db,
    sql`SELECT ${COUNTS(clock)} FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE ${heldUnder(targetPath)} AND ${seen(scope, viewer)}`,
  );
}

export interface TrendRow {
  month: string;
  total: number;
  done_on_time: number;
  done_late: number;
  overdue: number;
  open: number;
}

/** Tasks of the target's subtree the account may see, due from `first` to the end of this month. */
export function trend(
  db: Db,
  viewer: Viewer,
  scope: ResolvedScope,
  targetPath: string,
  clock: Clock,
  first: string,
) {
  return rows<TrendRow>(
    db,
    sql`SELECT to_char(t.due_on, 'YYYY-MM') AS month, count(*)::integer AS total,
               count(*) FILTER (WHERE ${statusCondition('done_on_time', clock)})::integer AS done_on_time,
               count(*) FILTER (WHERE ${statusCondition('done_late', clock)})::integer AS done_late,
               count(*) FILTER (WHERE ${statusCondition('overdue', clock)})::integer AS overdue,
               count(*) FILTER (WHERE t.progress < 100 AND t.due_on >= ${clock.today}::date)::integer AS open
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE ${heldUnder(targetPath)} AND ${seen(scope, viewer)}
           AND t.due_on >= ${first}::date AND t.due_on < (date_trunc('month', ${clock.today}::date) + interval '1 month')
         GROUP BY 1`,
  );
}

export interface DirectiveRow extends CountRow {
  ref: string;
  units: number;
  first_due: string;
  last_due: string;
  document_id: string | null;
}

/** Every directive symbol with the counts of the visible tasks that came from it. */
export function directives(db: Db, actor: Actor, clock: Clock, unitPath: string | null) {
  const conds: SQL[] = [visible(actor), sql`t.source_ref IS NOT NULL`];
  if (unitPath !== null) conds.push(heldUnder(unitPath));
  return rows<DirectiveRow>(
    db,
    sql`SELECT t.source_ref AS ref, ${COUNTS(clock)}, count(DISTINCT t.owner_org_id)::integer AS units,
               min(t.due_on)::text AS first_due, max(t.due_on)::text AS last_due,
               min(t.source_id) FILTER (WHERE t.source_kind = 'document')::text AS document_id
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE ${sql.join(conds, sql` AND `)}
         GROUP BY t.source_ref
         ORDER BY max(t.created_at) DESC
         LIMIT 500`,
  );
}

// ---- For the programmes area -----------------------------------------------------------------------

/** Tasks of each programme item, and how many are done (every task, visible or not: the item's count). */
export function countsByItem(db: Db, itemIds: readonly number[]) {
  return rows<{ item_id: number; tasks: number; done: number }>(
    db,
    sql`SELECT program_item_id AS item_id, count(*)::integer AS tasks,
               count(*) FILTER (WHERE progress = 100)::integer AS done
          FROM tasks WHERE program_item_id = ANY(${array(itemIds)}::integer[])
         GROUP BY program_item_id`,
  );
}

export interface LineRow {
  id: number;
  program_item_id: number;
  owner_org_id: number;
  org_name: string;
  progress: number;
  due_on: string;
  done_on: string | null;
  product: string | null;
}

/** The visible tasks of programme items due in a period (a review report). */
export function linesOfItems(db: Db, actor: Actor, itemIds: readonly number[], from: string, to: string) {
  return rows<LineRow>(
    db,
    sql`SELECT t.id, t.program_item_id, t.owner_org_id, o.name AS org_name, t.progress, t.due_on::text AS due_on,
               t.done_on::text AS done_on, t.product
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE t.program_item_id = ANY(${array(itemIds)}::integer[])
           AND t.due_on BETWEEN ${from}::date AND ${to}::date AND ${visible(actor)}
         ORDER BY t.due_on, t.id`,
  );
}

export interface HomeFigures {
  mine_week: number;
  mine_overdue: number;
  unit_week: number;
  unit_overdue: number;
}

/**
 * A staff home's task figures in one pass: open tasks assigned to the account, and open tasks held in
 * its unit's subtree, due between today and `weekEnd` or already overdue. The same conditions as the
 * lists they link to (view mine / unit, status open with a due range, or status overdue).
 */
export async function homeFigures(
  db: Db,
  actor: Actor,
  unitPath: string,
  clock: Clock,
  weekEnd: string,
): Promise<HomeFigures> {
  const mine = sql`t.assignee_id = ${actor.userId}`;
  const held = heldUnder(unitPath);
  const week = sql`t.due_on BETWEEN ${clock.today}::date AND ${weekEnd}::date`;
  const overdue = statusCondition('overdue', clock);
  const row = await one<HomeFigures>(
    db,
    sql`SELECT count(*) FILTER (WHERE ${mine} AND ${week})::integer AS mine_week,
               count(*) FILTER (WHERE ${mine} AND ${overdue})::integer AS mine_overdue,
               count(*) FILTER (WHERE ${held} AND ${week})::integer AS unit_week,
               count(*) FILTER (WHERE ${held} AND ${overdue})::integer AS unit_overdue
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE t.progress < 100 AND t.due_on <= ${weekEnd}::date AND (${mine} OR ${held}) AND ${visible(actor)}`,
  );
  return row ?? { mine_week: 0, mine_overdue: 0, unit_week: 0, unit_overdue: 0 };
}

/** Tasks by id (those another area's record names: a meeting's resolution), by deadline. */
export function byIds(db: Db, ids: readonly number[]) {
  return rows<TaskRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE t.id = ANY(${array(ids)}::integer[]) ORDER BY t.due_on, t.id`,
  );
}
