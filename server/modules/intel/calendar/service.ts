// The reporting calendar (docs/intel.md): a superior sets, for each unit below it, whether it owes a
// weekly or a monthly report and by which day after the period; the office sees who is late; a
// daily job (jobs.ts) reminds a unit before the due day (rule intel.reminder_days) and once late.
import { addDays, formatDateVi, todayVn } from '../../../../domain/dates.ts';
import {
  answerOf,
  daysLate,
  nextDue,
  type Period,
  periodOf,
  periodState,
  periodsDue,
  type Received,
  type ScheduleRule,
} from '../../../../domain/intel/calendar.ts';
import type { calendarQuery, reminderRunBody, scheduleBody } from '../../../../domain/intel/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho } from '../../../auth/authorize.ts';
import { activeUnitInScope, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { ruleInForce } from '../../rules/service.ts';
import { entryBase, type IntelCalendar, type IntelCalendarEntry, stateLabel } from './presenter.ts';
import * as q from './queries.ts';

/** Periods looked at when counting how late a unit is. */
const LOOK_BACK = 6;

const ruleOf = (s: q.ScheduleRow): ScheduleRule => ({
  frequency: s.frequency,
  dueDay: s.due_day,
  startsOn: s.starts_on,
});

async function receivedBy(db: Db, schedules: readonly q.ScheduleRow[], today: string) {
  const from = addDays(today, -7 * 31);
  const all = await q.received(
    db,
    schedules.map((s) => Number(s.org_id)),
    from,
  );
  const by = new Map<number, (Received & { id: number })[]>();
  for (const r of all) {
    const list = by.get(Number(r.org_id)) ?? [];
    list.push({
      id: Number(r.id),
      periodStart: r.period_start,
      periodEnd: r.period_end,
      receivedOn: r.received_on,
    });
    by.set(Number(r.org_id), list);
  }
  return by;
}

function entryOf(
  s: q.ScheduleRow,
  received: readonly (Received & { id: number })[],
  today: string,
): IntelCalendarEntry {
  const rule = ruleOf(s);
  const due = periodsDue(rule, today, LOOK_BACK);
  const last = due[0];
  const next = nextDue(rule, today);
  const answer = last ? (answerOf(last, received) as (Received & { id: number }) | undefined) : undefined;
  const state = last ? periodState(last, received, today) : null;
  return {
    ...entryBase(s),
    last:
      last && state
        ? {
            ...last,
            state,
            stateLabel: stateLabel(state),
            daysLate: state === 'late' ? daysLate(last, today) : 0,
            reportId: answer?.id ?? null,
          }
        : null,
    latePeriods: due.filter((p) => periodState(p, received, today) === 'late').length,
    next: { start: next.start, end: next.end, dueOn: next.dueOn },
  };
}

export async function calendar(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof calendarQuery>,
): Promise<IntelCalendar> {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const within = await unitInScope(db, actor, f.orgId ?? actor.orgId);
  const on = f.on ?? todayVn();
  const schedules = await q.schedulesWithin(db, within.path);
  const received = await receivedBy(db, schedules, on);
  const items = schedules
    .map((s) => entryOf(s, received.get(Number(s.org_id)) ?? [], on))
    .sort((a, b) => b.latePeriods - a.latePeriods || a.orgName.localeCompare(b.orgName, 'vi'));
  return { on, late: items.filter((i) => i.latePeriods > 0).length, items };
}

/** Sets what a unit below the account's own owes (422 for one's own unit: the superior sets it). */
export async function setSchedule(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: z.infer<typeof scheduleBody>,
): Promise<IntelCalendarEntry> {
  const actor = authorize(ctx, 'intel.manage');
  await transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, orgId);
    if (unit.id === actor.orgId) {
      throw new RuleError('schedule_own_unit', 'Lịch báo cáo của một đơn vị do cấp trên của đơn vị đó đặt.');
    }
    await q.upsert(tx, { orgId: unit.id, ...input, setBy: actor.orgId, by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'intel.schedule.set',
      entity: 'org',
      entityId: unit.id,
      orgId: unit.id,
      after: input,
    });
  });
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, orgId);
  const row = (await q.schedulesWithin(db, unit.path)).find(
    (s) => Number(s.org_id) === orgId,
  ) as q.ScheduleRow;
  const today = todayVn();
  return entryOf(row, (await receivedBy(db, [row], today)).get(orgId) ?? [], today);
}

export async function removeSchedule(deps: Deps, ctx: RequestCtx, orgId: number): Promise<void> {
  const actor = authorize(ctx, 'intel.manage');
  await transact(deps, async (tx) => {
    const unit = await unitInScope(tx, actor, orgId);
    if (unit.id === actor.orgId) {
      throw new RuleError('schedule_own_unit', 'Lịch báo cáo của một đơn vị do cấp trên của đơn vị đó đặt.');
    }
    if ((await q.remove(tx, unit.id)) === 0) throw notFound('Lịch báo cáo');
    await recordAudit(tx, ctx, {
      action: 'intel.schedule.remove',
      entity: 'org',
      entityId: unit.id,
      orgId: unit.id,
    });
  });
}

const daysTo = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function periodWords(p: Period): string {
  return `kỳ ${formatDateVi(p.start)} – ${formatDateVi(p.end)}`;
}

/** Reminders due on `today`: before the due day, and once a period is late. Safe to run again. */
export async function runReminders(deps: Deps, ctx: RequestCtx, input: z.infer<typeof reminderRunBody> = {}) {
  authorizeWho(ctx, 'settings.manage');
  const today = input.today ?? todayVn();
  const db = deps.database.db;
  const ahead = (await ruleInForce(db, ctx, 'intel.reminder_days', today)).value;
  const schedules = await q.schedulesWithin(db, null);
  const received = await receivedBy(db, schedules, today);
  let notices = 0;
  await transact(deps, async (tx) => {
    for (const s of schedules) {
      const rule = ruleOf(s);
      const got = received.get(Number(s.org_id)) ?? [];
      const to = { orgId: Number(s.org_id), roles: ['leader', 'clerk'] as const };
      const next = nextDue(rule, today);
      const left = daysTo(today, next.dueOn);
      if (next.start >= periodOf(rule, s.starts_on).start && left <= ahead && !answerOf(next, got)) {
        notices += await notify(tx, to, {
          kind: 'intel.schedule.due',
          title: `Báo cáo tình hình ${periodWords(next)} hạn ${formatDateVi(next.dueOn)}`,
          link: '/tinh-hinh/gui-bao-cao',
          dedupeKey: `intel:${s.org_id}:${next.start}:due`,
        });
      }
      const last = periodsDue(rule, today, 1)[0];
      if (last && periodState(last, got, today) === 'late') {
        notices += await notify(tx, to, {
          kind: 'intel.schedule.late',
          title: `Quá hạn báo cáo tình hình ${periodWords(last)} (hạn ${formatDateVi(last.dueOn)})`,
          link: '/tinh-hinh/gui-bao-cao',
          dedupeKey: `intel:${s.org_id}:${last.start}:late`,
        });
      }
    }
  });
  deps.log.info({ today, schedules: schedules.length, notices }, 'intel reminders sent');
  return { today, schedules: schedules.length, notices };
}
