// The working-day calendar (docs/rules.md): weekends and public holidays computed from the Labour
// Code and the lunar calendar (domain/workdays/), with the Tết length as a versioned rule, plus the
// days an administrator enters. Everyone signed in reads it; administrators enter and remove days,
// audited. Other areas count due dates through dueInWorkingDays and lateness through loadCalendar.
import { addDays } from '../../../../domain/dates.ts';
import {
  addWorkingDays,
  dayStatus,
  holidaysOf,
  type WorkCalendar,
} from '../../../../domain/workdays/calendar.ts';
import { type RequestCtx, whoOf } from '../../../auth/actor.ts';
import { authorize, signedIn } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { ruleInForce } from '../service.ts';
import type { CalendarDay, DueDateJson, WorkCalendarYear } from './presenter.ts';
import * as q from './queries.ts';

/** The calendar for dates from `from` to `to`, with the holiday rule in force on `from`. */
export async function loadCalendar(
  db: Db,
  ctx: RequestCtx,
  from: string,
  to: string,
): Promise<WorkCalendar & { ruleVersionId: number; ruleSource: string }> {
  whoOf(ctx);
  const rule = await ruleInForce(db, ctx, 'workdays.holidays', from);
  const entries = await q.between(db, from, to);
  return {
    rule: rule.value,
    entries: new Map(entries.map((e) => [e.day, { kind: e.kind, note: e.note }])),
    ruleVersionId: rule.versionId,
    ruleSource: rule.source,
  };
}

/** A span of calendar days that surely holds n working days (weekends, Tết, entered days off). */
const spanFor = (n: number) => n * 2 + 60;

/** The date n working days after `from` (any signed-in caller; other areas call it within their own checks). */
export async function dueInWorkingDays(
  db: Db,
  ctx: RequestCtx,
  from: string,
  n: number,
): Promise<{ due: string; ruleSource: string }> {
  whoOf(ctx);
  const cal = await loadCalendar(db, ctx, from, addDays(from, spanFor(n)));
  return { due: addWorkingDays(from, n, cal), ruleSource: cal.ruleSource };
}

/** A year's days off and worked weekend days (everyone signed in). */
export async function yearCalendar(deps: Deps, ctx: RequestCtx, year: number): Promise<WorkCalendarYear> {
  signedIn(ctx);
  const db = deps.database.db;
  const first = `${year}-01-01`;
  const rule = await ruleInForce(db, ctx, 'workdays.holidays', first);
  const entries = await q.between(db, first, `${year}-12-31`);
  const entered = new Map(entries.map((e) => [e.day, e]));
  const days: CalendarDay[] = holidaysOf(year, rule.value)
    .filter((h) => !entered.has(h.date))
    .map((h) => ({ date: h.date, kind: h.kind, name: h.name, entered: false, createdByName: null }));
  for (const e of entries)
    days.push({ date: e.day, kind: e.kind, name: e.note, entered: true, createdByName: e.created_by_name });
  days.sort((a, b) => a.date.localeCompare(b.date));
  return {
    year,
    rule: {
      versionId: rule.versionId,
      source: rule.source,
      effectiveFrom: rule.effectiveFrom,
      ...rule.value,
    },
    days,
  };
}

/** The due date n working days after a date, with the days off it passed over (everyone signed in). */
export async function dueDate(deps: Deps, ctx: RequestCtx, from: string, n: number): Promise<DueDateJson> {
  signedIn(ctx);
  const cal = await loadCalendar(deps.database.db, ctx, from, addDays(from, spanFor(n)));
  const due = addWorkingDays(from, n, cal);
  const skipped: DueDateJson['skipped'] = [];
  for (let d = addDays(from, 1); d < due; d = addDays(d, 1)) {
    const s = dayStatus(d, cal);
    if (!s.working) skipped.push({ date: d, reason: s.reason });
  }
  return { from, days: n, due, skipped, ruleSource: cal.ruleSource };
}

/** Enters a day off or a day worked (admins): 409 when the date has an entry, 422 when it changes nothing. */
export async function addDay(
  deps: Deps,
  ctx: RequestCtx,
  input: { date: string; kind: 'off' | 'work'; note: string },
): Promise<WorkCalendarYear> {
  const actor = authorize(ctx, 'rules.manage');
  const year = Number(input.date.slice(0, 4));
  await transact(deps, async (tx) => {
    const cal = await loadCalendar(tx, ctx, input.date, input.date);
    if (cal.entries.has(input.date))
      throw new ConflictError('calendar_day_exists', 'Ngày này đã được nhập; xóa mục cũ trước khi nhập lại.');
    const now = dayStatus(input.date, cal);
    if (now.working === (input.kind === 'work'))
      throw new RuleError(
        'calendar_day_unchanged',
        input.kind === 'work'
          ? 'Ngày này vốn là ngày làm việc: không cần nhập làm bù.'
          : `Ngày này vốn đã nghỉ (${now.reason}).`,
      );
    const added = await q.insert(tx, {
      day: input.date,
      kind: input.kind,
      note: input.note,
      by: actor.userId,
    });
    if (!added)
      throw new ConflictError('calendar_day_exists', 'Ngày này đã được nhập; xóa mục cũ trước khi nhập lại.');
    await recordAudit(tx, ctx, {
      action: 'calendar.day.add',
      entity: 'calendar_day',
      entityId: input.date,
      after: input,
    });
  });
  return yearCalendar(deps, ctx, year);
}

/** Removes an entered day (admins); the computed calendar applies again. */
export async function removeDay(deps: Deps, ctx: RequestCtx, date: string): Promise<WorkCalendarYear> {
  authorize(ctx, 'rules.manage');
  await transact(deps, async (tx) => {
    const before = await q.byDay(tx, date);
    if (!before) throw notFound('Ngày đã nhập');
    await q.remove(tx, date);
    await recordAudit(tx, ctx, {
      action: 'calendar.day.remove',
      entity: 'calendar_day',
      entityId: date,
      before,
    });
  });
  return yearCalendar(deps, ctx, Number(date.slice(0, 4)));
}
