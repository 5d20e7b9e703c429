// Lists and roll-ups of tasks: the filtered list (mine, my unit's, by directive, dashboard drill-down),
// the summary per child unit, the monthly trend and directive tracking. Each is one set-based query;
// the access rule is inside it.
import { type SQL, sql } from 'drizzle-orm';
import type { TaskStatusFilter } from '../../../domain/programs/schemas.ts';
import { stalledCutoff } from '../../../domain/tasks.ts';
import { compareVi } from '../../../domain/text.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { notFound, ValidationError } from '../../http/errors.ts';
import * as orgQueries from '../orgs/queries.ts';
import { type Clock, presentTask } from './presenter.ts';
import * as q from './queries.ts';
import { clockOf } from './service.ts';

export interface ListFilters {
  view?: 'mine' | 'unit' | 'all' | undefined;
  orgId?: number | undefined;
  status?: TaskStatusFilter | undefined;
  ref?: string | undefined;
  q?: string | undefined;
  programId?: number | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

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
      return sql`(t.progress < 100 AND ${q.reportedBefore(sql`t.last_report_at`, stalledCutoff(clock.today, clock.stalledDays))})`;
    case 'bounced':
      return sql`t.bounced`;
    case 'extended':
      return sql`t.extension_count > 0`;
  }
}

/**
 * Tasks held in a unit's subtree. The path is a constant, not a subquery: the planner then estimates
 * the subtree from the statistics and picks a hash join for a city and an index for a ward (measured:
 * docs/programs.md).
 */
function subtreeOf(path: string): SQL {
  return sql`o.path <@ ${path}::ltree`;
}

async function pathOf(db: Db, orgId: number): Promise<string> {
  const org = await orgQueries.byId(db, orgId);
  if (!org) throw notFound('Đơn vị');
  return org.path;
}

function parseCursor(cursor: string): { due: string; id: number } {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(cursor);
  if (!m) throw new ValidationError('Con trỏ trang: không hợp lệ');
  return { due: m[1] as string, id: Number(m[2]) };
}

export async function list(db: Db, actor: Actor, f: ListFilters) {
  const clock = await clockOf(db);
  const conds: SQL[] = [q.visible(actor)];
  const view = f.view ?? 'all';
  if (view === 'mine') conds.push(sql`t.assignee_id = ${actor.userId}`);
  if (view === 'unit' || f.orgId) conds.push(subtreeOf(await pathOf(db, f.orgId ?? actor.orgId)));
  if (f.status) conds.push(statusCondition(f.status, clock));
  if (f.ref) conds.push(sql`t.source_ref = ${f.ref.trim()}`);
  // Every word, anywhere in the title, diacritics and case ignored; the trigram index on vn_fold(title)
  // serves it.
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    conds.push(sql`vn_fold(t.title) LIKE '%' || vn_fold(${escapeLike(word)}) || '%'`);
  }
  if (f.programId) conds.push(sql`pi.program_id = ${f.programId}`);
  if (f.dueFrom) conds.push(sql`t.due_on >= ${f.dueFrom}::date`);
  if (f.dueTo) conds.push(sql`t.due_on <= ${f.dueTo}::date`);
  if (f.cursor) {
    const c = parseCursor(f.cursor);
    conds.push(sql`(t.due_on, t.id) > (${c.due}::date, ${c.id}::integer)`);
  }
  const found = await rows<q.TaskRow>(
    db,
    sql`SELECT ${q.COLS} FROM ${q.FROM} WHERE ${sql.join(conds, sql` AND `)}
         ORDER BY t.due_on, t.id LIMIT ${f.limit + 1}`,
  );
  const page = found.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => presentTask(r, clock)),
    nextCursor: found.length > f.limit && last ? `${last.due_on}_${last.id}` : null,
  };
}

function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}

/** The unit whose roll-up is asked for: in the actor's scope, else 404. */
async function target(db: Db, actor: Actor, orgId: number | undefined) {
  const org = await orgQueries.byIdInScope(db, actor, orgId ?? actor.orgId);
  if (!org) throw notFound('Đơn vị');
  return org;
}

export interface SummaryRow {
  orgId: number;
  name: string;
  active: boolean;
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  stalled: number;
  bounced: number;
}

const COUNTS = (clock: Clock) => sql`
  count(*)::integer AS total,
  count(*) FILTER (WHERE t.progress = 100)::integer AS done,
  count(*) FILTER (WHERE t.progress = 100 AND t.done_on <= t.due_on)::integer AS done_on_time,
  count(*) FILTER (WHERE ${statusCondition('overdue', clock)})::integer AS overdue,
  count(*) FILTER (WHERE ${statusCondition('stalled', clock)})::integer AS stalled,
  count(*) FILTER (WHERE t.bounced)::integer AS bounced`;

interface CountRow {
  total: number;
  done: number;
  done_on_time: number;
  overdue: number;
  stalled: number;
  bounced: number;
}

/**
 * Per child unit of `orgId`, counts over the child's whole subtree by the unit that holds each task
 * now. One pass over the subtree's tasks, grouped by the child's path prefix: no loop per unit.
 * Children that stopped (merged, dissolved) are listed only while they still hold tasks.
 */
export async function summary(db: Db, actor: Actor, orgId: number | undefined): Promise<SummaryRow[]> {
  const org = await target(db, actor, orgId);
  const clock = await clockOf(db);
  const depth = org.path.split('.').length;
  const found = await rows<CountRow & { org_id: number; name: string; active: boolean }>(
    db,
    sql`WITH agg AS (
          SELECT ltree2text(subpath(o.path, 0, ${depth + 1}::integer)) AS child_path, ${COUNTS(clock)}
            FROM orgs o JOIN tasks t ON t.owner_org_id = o.id
           WHERE ${subtreeOf(org.path)} AND nlevel(o.path) > ${depth}::integer
             AND t.secrecy <= ${actor.clearance}::integer
           GROUP BY 1)
        SELECT c.id AS org_id, c.name, c.active, coalesce(a.total, 0) AS total, coalesce(a.done, 0) AS done,
               coalesce(a.done_on_time, 0) AS done_on_time, coalesce(a.overdue, 0) AS overdue,
               coalesce(a.stalled, 0) AS stalled, coalesce(a.bounced, 0) AS bounced
          FROM orgs c LEFT JOIN agg a ON a.child_path = c.path::text
         WHERE c.parent_id = ${org.id} AND (c.active OR a.total > 0)`,
  );
  return found
    .map((r) => ({
      orgId: r.org_id,
      name: r.name,
      active: r.active,
      total: r.total,
      done: r.done,
      doneOnTime: r.done_on_time,
      overdue: r.overdue,
      stalled: r.stalled,
      bounced: r.bounced,
    }))
    .sort((a, b) => b.total - a.total || compareVi(a.name, b.name));
}

/** The unit's own totals over its whole subtree (the dashboard's headline figures). */
export async function totals(db: Db, actor: Actor, orgId: number | undefined) {
  const org = await target(db, actor, orgId);
  const clock = await clockOf(db);
  const r = await one<CountRow>(
    db,
    sql`SELECT ${COUNTS(clock)} FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE ${subtreeOf(org.path)} AND t.secrecy <= ${actor.clearance}::integer`,
  );
  return {
    orgId: org.id,
    name: org.name,
    total: r?.total ?? 0,
    done: r?.done ?? 0,
    doneOnTime: r?.done_on_time ?? 0,
    overdue: r?.overdue ?? 0,
    stalled: r?.stalled ?? 0,
    bounced: r?.bounced ?? 0,
  };
}

function monthsBack(today: string, months: number): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** Tasks due in each of the last `months` months, by what became of them. */
export async function trend(db: Db, actor: Actor, orgId: number | undefined, months = 12) {
  const org = await target(db, actor, orgId);
  const clock = await clockOf(db);
  const labels = monthsBack(clock.today, months);
  const first = `${labels[0]}-01`;
  const found = await rows<{
    month: string;
    total: number;
    done_on_time: number;
    done_late: number;
    overdue: number;
    open: number;
  }>(
    db,
    sql`SELECT to_char(t.due_on, 'YYYY-MM') AS month, count(*)::integer AS total,
               count(*) FILTER (WHERE ${statusCondition('done_on_time', clock)})::integer AS done_on_time,
               count(*) FILTER (WHERE ${statusCondition('done_late', clock)})::integer AS done_late,
               count(*) FILTER (WHERE ${statusCondition('overdue', clock)})::integer AS overdue,
               count(*) FILTER (WHERE t.progress < 100 AND t.due_on >= ${clock.today}::date)::integer AS open
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE ${subtreeOf(org.path)} AND t.secrecy <= ${actor.clearance}::integer
           AND t.due_on >= ${first}::date AND t.due_on < (date_trunc('month', ${clock.today}::date) + interval '1 month')
         GROUP BY 1`,
  );
  const byMonth = new Map(found.map((r) => [r.month, r]));
  return {
    orgId: org.id,
    months: labels.map((month) => {
      const r = byMonth.get(month);
      return {
        month,
        total: r?.total ?? 0,
        doneOnTime: r?.done_on_time ?? 0,
        doneLate: r?.done_late ?? 0,
        overdue: r?.overdue ?? 0,
        open: r?.open ?? 0,
      };
    }),
  };
}

/** Directive tracking: every directive symbol with the counts of the tasks that came from it. */
export async function directives(db: Db, actor: Actor, orgId: number | undefined) {
  const clock = await clockOf(db);
  const conds: SQL[] = [q.visible(actor), sql`t.source_ref IS NOT NULL`];
  if (orgId) conds.push(subtreeOf(await pathOf(db, orgId)));
  const found = await rows<
    CountRow & { ref: string; units: number; first_due: string; last_due: string; document_id: string | null }
  >(
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
  return {
    items: found.map((r) => ({
      ref: r.ref,
      documentId: r.document_id === null ? null : Number(r.document_id),
      total: r.total,
      done: r.done,
      doneOnTime: r.done_on_time,
      overdue: r.overdue,
      stalled: r.stalled,
      bounced: r.bounced,
      units: r.units,
      firstDueOn: r.first_due,
      lastDueOn: r.last_due,
    })),
  };
}
