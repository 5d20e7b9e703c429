// What a sơ kết / tổng kết report says about a programme over a period: per content, each item and
// what became of its tasks (done on time, late, in progress, overdue), and the same counts per unit.
// The JSON feeds the page; the Word draft (report-docx.ts) is built from the same data. The tasks are
// the tasks area's: it answers with those the account sees.
import { todayVn } from '../../../../domain/dates.ts';
import { REPORT_KIND_LABELS, type ReportKind } from '../../../../domain/programs/labels.ts';
import { TASK_STATE_LABELS, type TaskState, taskState } from '../../../../domain/tasks.ts';
import { compareVi } from '../../../../domain/text.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { placeOf } from '../../orgs/service.ts';
import type { TaskLine } from '../../tasks/lists/presenter.ts';
import { taskLinesOfItems } from '../../tasks/lists/service.ts';
import { presentProgram } from '../presenter.ts';
import { programItems, visibleProgram } from '../service.ts';
import type { Counts, ProgressReport } from './presenter.ts';
import * as q from './queries.ts';
import { buildReportDocx } from './report-docx.ts';

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

export interface ReportPeriod {
  kind?: ReportKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function progress(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  opts: ReportPeriod,
): Promise<ProgressReport> {
  authorize(ctx, 'program.read');
  const db = deps.database.db;
  const row = await visibleProgram(db, ctx, id);
  const from = opts.from ?? row.starts_on;
  const to = opts.to ?? row.ends_on;
  if (to < from) throw new RuleError('ends_before_start', 'Ngày cuối kỳ báo cáo trước ngày đầu kỳ.');
  const today = todayVn();
  const list = await programItems(db, ctx, id);
  const tasks = await taskLinesOfItems(db, ctx, { itemIds: list.map((i) => i.id), from, to });
  const stateOf = (t: TaskLine) =>
    taskState({ progress: t.progress, dueOn: t.dueOn, doneOn: t.doneOn }, today);
  const byItem = new Map<number, TaskLine[]>();
  for (const t of tasks) byItem.set(t.programItemId, [...(byItem.get(t.programItemId) ?? []), t]);
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
            const u = units.get(t.orgId) ?? { orgId: t.orgId, orgName: t.orgName, ...zero() };
            add(u, s);
            units.set(t.orgId, u);
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
                orgName: t.orgName,
                progress: t.progress,
                dueOn: t.dueOn,
                doneOn: t.doneOn,
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
  const head = await q.heading(db, row.owner_org_id);
  return {
    program: presentProgram(row),
    kind,
    kindLabel: REPORT_KIND_LABELS[kind],
    from,
    to,
    today,
    org: { id: row.owner_org_id, name: row.org_name, shortCode: head?.short_code ?? '' },
    superior: head?.superior_id != null ? { id: head.superior_id, name: head.superior_name ?? '' } : null,
    totals,
    contents,
    units: [...units.values()].sort((a, b) => compareVi(a.orgName, b.orgName)),
  };
}

/** The draft report as a Word file, with its name. */
export async function reportDocx(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  opts: ReportPeriod,
): Promise<{ name: string; bytes: Buffer }> {
  authorize(ctx, 'program.read');
  const data = await progress(deps, ctx, id, opts);
  const name = `${data.kind === 'tong-ket' ? 'Tong-ket' : 'So-ket'}-chuong-trinh-${data.program.id}.docx`;
  const place = await placeOf(deps.database.db, ctx, data.org.id);
  return { name, bytes: await buildReportDocx(data, { place }) };
}
