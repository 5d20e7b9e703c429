// The reporting calendar: a unit owes a periodic report every week (Monday to Sunday) or every month,
// due on a set day after the period ends (the n-th weekday of the next week, or the n-th day of the
// next month). A periodic report answers the period in which its own period ends. Pure dates.
import { addDays } from '../dates.ts';
import type { Frequency } from './labels.ts';

export interface Period {
  start: string;
  end: string;
  dueOn: string;
}

export interface ScheduleRule {
  frequency: Frequency;
  /** weekly: 1 (Monday) … 7 (Sunday) of the next week; monthly: 1 … 28 of the next month. */
  dueDay: number;
  /** No period before the one holding this day is owed. */
  startsOn: string;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function nextMonthStart(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The period of the schedule that holds a date, with its due day. */
export function periodOf(rule: Pick<ScheduleRule, 'frequency' | 'dueDay'>, on: string): Period {
  if (rule.frequency === 'weekly') {
    const start = addDays(on, 1 - isoWeekday(on));
    const end = addDays(start, 6);
    return { start, end, dueOn: addDays(end, rule.dueDay) };
  }
  const start = monthStart(on);
  const next = nextMonthStart(on);
  return { start, end: addDays(next, -1), dueOn: addDays(next, rule.dueDay - 1) };
}

/** The period just before the given one. */
export function previousPeriod(rule: Pick<ScheduleRule, 'frequency' | 'dueDay'>, p: Period): Period {
  return periodOf(rule, addDays(p.start, -1));
}

/**
 * The periods owed by `today`: those whose due day has come, newest first, at most `count`, none
 * before the schedule started.
 */
export function periodsDue(rule: ScheduleRule, today: string, count: number): Period[] {
  const out: Period[] = [];
  let p = periodOf(rule, today);
  while (p.dueOn > today) p = previousPeriod(rule, p);
  const first = periodOf(rule, rule.startsOn);
  while (out.length < count && p.start >= first.start) {
    out.push(p);
    p = previousPeriod(rule, p);
  }
  return out;
}

/** The earliest period whose due day is still to come (today or later). */
export function nextDue(rule: Pick<ScheduleRule, 'frequency' | 'dueDay'>, today: string): Period {
  // The period holding today is always due later; an earlier one may be too.
  let p = periodOf(rule, today);
  for (let prev = previousPeriod(rule, p); prev.dueOn >= today; prev = previousPeriod(rule, prev)) p = prev;
  return p;
}

export interface Received {
  periodStart: string;
  periodEnd: string;
  /** The day (Vietnam time) it was sent. */
  receivedOn: string;
}

export type PeriodState = 'on_time' | 'late_received' | 'late' | 'pending';
export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  on_time: 'Đúng hạn',
  late_received: 'Nộp muộn',
  late: 'Chưa nộp, quá hạn',
  pending: 'Chưa đến hạn',
};

/** The report that answers a period: the first sent whose own period ends within it. */
export function answerOf(p: Period, received: readonly Received[]): Received | undefined {
  return received
    .filter((r) => r.periodEnd >= p.start && r.periodEnd <= p.end)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))[0];
}

export function periodState(p: Period, received: readonly Received[], today: string): PeriodState {
  const r = answerOf(p, received);
  if (r) return r.receivedOn <= p.dueOn ? 'on_time' : 'late_received';
  return p.dueOn < today ? 'late' : 'pending';
}

/** Whole days from the due day to today (0 when not past due). */
export function daysLate(p: Period, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${p.dueOn}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}
