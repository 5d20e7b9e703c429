// What a sơ kết / tổng kết report says about a programme over a period: per content, each item and
// what became of its tasks (done on time, late, in progress, overdue), and the same counts per unit.
// The JSON feeds the page; the Word draft (report-docx.ts) is built from the same data.
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../domain/dates.ts';
import { REPORT_KIND_LABELS, type ReportKind } from '../../../domain/programs/labels.ts';
import { TASK_STATE_LABELS, type TaskState, taskState } from '../../../domain/tasks.ts';
import { compareVi } from '../../../domain/text.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { RuleError } from '../../http/errors.ts';
import * as orgQueries from '../orgs/queries.ts';
import * as taskQueries from '../tasks/queries.ts';
import * as items from './item-queries.ts';
import { presentItems, presentProgram } from './presenter.ts';
import { visibleProgram } from './service.ts';

export interface Counts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  openInTime: number;
  overdue: number;
}

const KEY: Record<TaskState, keyof Omit<Counts, 'total'>> = {
  done_on_time: 'doneOnTime',
  done_late: 'doneLate',
  open_in_time: 'openInTime',
  open_overdue: 'overdue',
};

function zero(): Counts {
  return { total: 0, doneOnTime: 0, doneLate: 0, openInTime: 0, overdue: 0 };
}

function add(c: Counts, state: TaskState): void {
  c.total++;
  c[KEY[state]]++;
}

interface TaskLine {
  id: number;
  program_item_id: number;
  owner_org_id: number;
  org_name: string;
  progress: number;
  due_on: string;
  done_on: string | null;
  product: string | null;
}

export async function progress(
  db: Db,
  actor: Actor,
  id: number,
  opts: { kind?: ReportKind | undefined; from?: string | undefined; to?: string | undefined },
) {
  const row = await visibleProgram(db, actor, id);
  const from = opts.from ?? row.starts_on;
  const to = opts.to ?? row.ends_on;
  if (to < from) throw new RuleError('ends_before_start', 'Ngày cuối kỳ báo cáo trước ngày đầu kỳ.');
  const today = todayVn();
  const list = presentItems(await items.ofProgram(db, id));
  const tasks = await rows<TaskLine>(
    db,
    sql`SELECT t.id, t.program_item_id, t.owner_org_id, o.name AS org_name, t.progress, t.due_on::text AS due_on,
               t.done_on::text AS done_on, t.product
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
          JOIN program_items pi ON pi.id = t.program_item_id
         WHERE pi.program_id = ${id} AND t.due_on BETWEEN ${from}::date AND ${to}::date
           AND ${taskQueries.visible(actor)}
         ORDER BY t.due_on, t.id`,
  );
  const stateOf = (t: TaskLine) =>
    taskState({ progress: t.progress, dueOn: t.due_on, doneOn: t.done_on }, today);
  const byItem = new Map<number, TaskLine[]>();
  for (const t of tasks) byItem.set(t.program_item_id, [...(byItem.get(t.program_item_id) ?? []), t]);
  const contentOf = new Map<number, number>();
  for (const i of list)
    contentOf.set(i.id, i.parentItemId === null ? i.id : (contentOf.get(i.parentItemId) ?? i.id));

  const totals = zero();
  const units = new Map<number, Counts & { orgId: number; orgName: string }>();
  const contents = list
    .filter((i) => i.depth === 1)
    .map((content) => {
      const counts = zero();
      const lines = list
        .filter((i) => contentOf.get(i.id) === content.id)
        .map((i) => {
          const own = byItem.get(i.id) ?? [];
          for (const t of own) {
            const s = stateOf(t);
            add(counts, s);
            add(totals, s);
            const u = units.get(t.owner_org_id) ?? { orgId: t.owner_org_id, orgName: t.org_name, ...zero() };
            add(u, s);
            units.set(t.owner_org_id, u);
          }
          return {
            itemId: i.id,
            number: i.number,
            depth: i.depth,
            title: i.title,
            leadOrgName: i.leadOrgName,
            dueOn: i.dueOn,
            product: i.product,
            tasks: own.map((t) => {
              const s = stateOf(t);
              return {
                id: t.id,
                orgName: t.org_name,
                progress: t.progress,
                dueOn: t.due_on,
                doneOn: t.done_on,
                product: t.product,
                state: s,
                stateLabel: TASK_STATE_LABELS[s],
              };
            }),
          };
        });
      return { itemId: content.id, number: content.number, title: content.title, counts, items: lines };
    });
  const kind = opts.kind ?? 'so-ket';
  const org = await orgQueries.byId(db, row.owner_org_id);
  const superior = org?.parent_id ? await orgQueries.byId(db, org.parent_id) : undefined;
  return {
    program: presentProgram(row),
    kind,
    kindLabel: REPORT_KIND_LABELS[kind],
    from,
    to,
    today,
    org: { id: row.owner_org_id, name: row.org_name, shortCode: org?.short_code ?? '' },
    superior: superior ? { id: superior.id, name: superior.name } : null,
    totals,
    contents,
    units: [...units.values()].sort((a, b) => compareVi(a.orgName, b.orgName)),
  };
}

export type ProgressReport = Awaited<ReturnType<typeof progress>>;
