// Lists and roll-ups of tasks: the filtered list (mine, my unit's, by directive, the dashboard's
// drill-down), the counts per child unit, a unit's totals, the monthly trend and directive tracking;
// and, for the programmes area, the tasks of programme items.
//
// What a roll-up counts: the tasks held (now) anywhere in the unit's subtree that the account may see
// by the access rule — the same rule as the lists, so a figure and the list it opens agree. The unit
// itself must lie in the account's scope (404 otherwise); its whole subtree then does too, so in
// practice that is every task of the subtree within the account's clearance.
// domain/tasks.ts rollUp() is the rule in TypeScript; test/api/access-property-tasks.test.ts keeps
// the two equal.
import type { taskListQuery } from '../../../../domain/programs/schemas.ts';
import { compareVi } from '../../../../domain/text.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho, may } from '../../../auth/authorize.ts';
import { resolvedScope, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, readDb } from '../../../deps.ts';
import { notFound, ValidationError } from '../../../http/errors.ts';
import type { HomeCount, HomeTasksSection, HomeWeek } from '../../home/presenter.ts';
import { clockOf } from '../clock.ts';
import { presentTask, type TaskJson } from '../presenter.ts';
import { itemsOfProgram, programsOfTasks } from '../program-items.ts';
import {
  presentCounts,
  presentDirective,
  type TaskDirectives,
  type TaskLine,
  type TaskList,
  type TaskSummaryRow,
  type TaskTotals,
  type TaskTrend,
} from './presenter.ts';
import * as q from './queries.ts';

function parseCursor(cursor: string): { due: string; id: number } {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(cursor);
  if (!m) throw new ValidationError('Con trỏ trang: không hợp lệ');
  return { due: m[1] as string, id: Number(m[2]) };
}

async function unitPath(db: Db, orgId: number): Promise<string> {
  const org = await q.unit(db, orgId);
  if (!org) throw notFound('Đơn vị');
  return org.path;
}

export async function list(deps: Deps, ctx: RequestCtx, f: z.infer<typeof taskListQuery>): Promise<TaskList> {
  const actor = authorize(ctx, 'task.read');
  const db = await readDb(deps, ctx);
  const clock = await clockOf(db);
  const view = f.view ?? 'all';
  const found = await q.list(
    db,
    actor,
    {
      mine: view === 'mine',
      unitPath: view === 'unit' || f.orgId ? await unitPath(db, f.orgId ?? actor.orgId) : null,
      status: f.status,
      ref: f.ref?.trim(),
      words: (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8),
      itemIds: f.programId ? await itemsOfProgram(db, ctx, f.programId) : null,
      dueFrom: f.dueFrom,
      dueTo: f.dueTo,
      after: f.cursor ? parseCursor(f.cursor) : null,
      limit: f.limit,
    },
    clock,
  );
  const page = found.slice(0, f.limit);
  const programs = await programsOfTasks(db, ctx, page);
  const last = page[page.length - 1];
  return {
    items: page.map((r) =>
      presentTask(r, clock, r.program_item_id === null ? null : (programs.get(r.program_item_id) ?? null)),
    ),
    nextCursor: found.length > f.limit && last ? `${last.due_on}_${last.id}` : null,
  };
}

/** The unit a roll-up is asked for (the account's own by default), its scope and the clock. */
async function rollUpOf(db: Db, ctx: RequestCtx, orgId: number | undefined) {
  const actor = authorize(ctx, 'task.read');
  const org = await unitInScope(db, actor, orgId ?? actor.orgId);
  const [scope, clock] = await Promise.all([resolvedScope(db, actor), clockOf(db)]);
  return { actor, org, scope, clock };
}

export async function summary(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId?: number | undefined },
): Promise<TaskSummaryRow[]> {
  authorize(ctx, 'task.read');
  const db = deps.database.db;
  const { actor, org, scope, clock } = await rollUpOf(db, ctx, input.orgId);
  const found = await q.rollUpByChild(db, actor, scope, org, clock);
  return found
    .map((r) => ({ orgId: r.org_id, name: r.name, active: r.active, ...presentCounts(r) }))
    .sort((a, b) => b.total - a.total || compareVi(a.name, b.name));
}

/** The unit's own totals over its whole subtree (the dashboard's headline figures). */
export async function totals(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId?: number | undefined },
): Promise<TaskTotals> {
  authorize(ctx, 'task.read');
  const db = deps.database.db;
  const { actor, org, scope, clock } = await rollUpOf(db, ctx, input.orgId);
  const r = await q.rollUpTotals(db, actor, scope, org.path, clock);
  return { orgId: org.id, name: org.name, ...presentCounts(r) };
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
export async function trend(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId?: number | undefined; months?: number | undefined },
): Promise<TaskTrend> {
  authorize(ctx, 'task.read');
  const db = deps.database.db;
  const { actor, org, scope, clock } = await rollUpOf(db, ctx, input.orgId);
  const labels = monthsBack(clock.today, input.months ?? 12);
  const found = await q.trend(db, actor, scope, org.path, clock, `${labels[0]}-01`);
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

/** Directive tracking: every directive symbol with the counts of the visible tasks that came from it. */
export async function directives(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId?: number | undefined },
): Promise<TaskDirectives> {
  const actor = authorize(ctx, 'task.read');
  const db = deps.database.db;
  const clock = await clockOf(db);
  const path = input.orgId ? await unitPath(db, input.orgId) : null;
  return { items: (await q.directives(db, actor, clock, path)).map(presentDirective) };
}

/** For the programmes area: each item's tasks and how many are done (items without tasks are absent). */
export async function taskCountsByItem(
  db: Db,
  ctx: RequestCtx,
  itemIds: readonly number[],
): Promise<Map<number, { tasks: number; done: number }>> {
  authorizeWho(ctx, 'program.read');
  if (itemIds.length === 0) return new Map();
  return new Map(
    (await q.countsByItem(db, itemIds)).map((r) => [r.item_id, { tasks: r.tasks, done: r.done }]),
  );
}

/** For the programmes' review report: the tasks of these items due in the period that the account sees. */
export async function taskLinesOfItems(
  db: Db,
  ctx: RequestCtx,
  input: { itemIds: readonly number[]; from: string; to: string },
): Promise<TaskLine[]> {
  const actor = authorize(ctx, 'task.read');
  if (input.itemIds.length === 0) return [];
  return (await q.linesOfItems(db, actor, input.itemIds, input.from, input.to)).map((t) => ({
    id: t.id,
    programItemId: t.program_item_id,
    orgId: t.owner_org_id,
    orgName: t.org_name,
    progress: t.progress,
    dueOn: t.due_on,
    doneOn: t.done_on,
    product: t.product,
  }));
}

/**
 * A member's home: the open tasks given to the account, soonest due first. The person assigned may
 * report on their task (the rule of rightsOn in tasks/service.ts), so `canReport` is the role's
 * right to report.
 */
export async function homeTasks(deps: Deps, ctx: RequestCtx): Promise<HomeTasksSection> {
  const actor = authorize(ctx, 'task.read');
  const db = deps.database.db;
  const clock = await clockOf(db);
  const limit = 20;
  const found = await q.list(
    db,
    actor,
    { mine: true, unitPath: null, status: 'open', words: [], itemIds: null, after: null, limit },
    clock,
  );
  const canReport = may(actor, 'task.report');
  return {
    items: found.slice(0, limit).map((r) => {
      const t = presentTask(r, clock);
      return {
        id: t.id,
        title: t.title,
        dueOn: t.dueOn,
        progress: t.progress,
        overdue: t.overdue,
        stateLabel: t.stateLabel,
        orgName: t.orgName,
        sourceRef: t.source.ref,
        canReport: canReport && t.assigneeId === actor.userId,
      };
    }),
    more: found.length > limit,
  };
}

/** A staff home's task figures: mine and my unit's, due this week or overdue, with their lists. */
export async function homeCounts(deps: Deps, ctx: RequestCtx, week: HomeWeek): Promise<HomeCount[]> {
  const actor = authorize(ctx, 'task.read');
  const db = deps.database.db;
  const clock = await clockOf(db);
  const f = await q.homeFigures(db, actor, await unitPath(db, actor.orgId), clock, week.weekEnd);
  const range = `status=open&dueFrom=${clock.today}&dueTo=${week.weekEnd}`;
  const base = '/chuong-trinh/nhiem-vu';
  return [
    {
      key: 'tasks.mine_week',
      group: 'tasks',
      label: 'Nhiệm vụ của tôi đến hạn trong tuần',
      count: f.mine_week,
      link: `${base}?view=mine&${range}`,
      tone: 'warning',
    },
    {
      key: 'tasks.mine_overdue',
      group: 'tasks',
      label: 'Nhiệm vụ của tôi quá hạn',
      count: f.mine_overdue,
      link: `${base}?view=mine&status=overdue`,
      tone: 'danger',
    },
    {
      key: 'tasks.unit_week',
      group: 'tasks',
      label: 'Nhiệm vụ của đơn vị đến hạn trong tuần',
      count: f.unit_week,
      link: `${base}?view=unit&${range}`,
      tone: 'warning',
    },
    {
      key: 'tasks.unit_overdue',
      group: 'tasks',
      label: 'Nhiệm vụ của đơn vị quá hạn',
      count: f.unit_overdue,
      link: `${base}?view=unit&status=overdue`,
      tone: 'danger',
    },
  ];
}

/**
 * Tasks by id as another area shows them on its own record (a meeting's resolution lists its tasks
 * and brings the unfinished ones back on the next agenda): the ids come from that record, which the
 * caller has already shown the account, so no access rule is applied beyond the caller's.
 */
export async function tasksByIds(db: Db, ctx: RequestCtx, ids: readonly number[]): Promise<TaskJson[]> {
  authorizeWho(ctx, 'task.read');
  if (ids.length === 0) return [];
  const clock = await clockOf(db);
  return (await q.byIds(db, ids)).map((r) => presentTask(r, clock));
}
