// Working days of a Party body (ngày làm việc): Monday to Friday, less the public holidays of the
// Labour Code (Bộ luật Lao động 2019, Điều 112) — 1/1, Tết Nguyên đán, Giỗ Tổ Hùng Vương (10/3 âm
// lịch), 30/4, 1/5, 2/9 and one day next to it — with a holiday that falls on a Saturday or Sunday
// made up on the next working day (Điều 112 khoản 3), and the days an administrator enters: a day
// off the government adds or swaps (nghỉ bù, hoán đổi) and a Saturday worked in exchange (làm bù).
// How many days Tết lasts and where it starts are a versioned rule (workdays.holidays). Pure.
import { addDays } from '../dates.ts';
import { lunarToSolar, tetDate } from './lunar.ts';

/** The holiday rule's value (domain/rules/workdays.ts). */
export interface HolidayRule {
  /** Days of Tết before Mùng 1 (1: from the last day of the lunar year). */
  tetDaysBefore: number;
  /** Days of Tết in all. */
  tetDays: number;
  /** The day next to 2/9: -1 the day before, 1 the day after, 0 none. */
  nationalDayExtra: number;
}

export type EntryKind = 'off' | 'work';

/** The rule in force and the administrator's entries (date → off or work). */
export interface WorkCalendar {
  rule: HolidayRule;
  entries: ReadonlyMap<string, { kind: EntryKind; note: string }>;
}

export interface Holiday {
  date: string;
  name: string;
  /** 'holiday' itself, or the working day that makes up for one on a weekend. */
  kind: 'holiday' | 'compensation';
}

const isWeekend = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

const memo = new WeakMap<HolidayRule, Map<number, Holiday[]>>();

/** The public holidays of a year and the days that make up for those on a weekend, by date. */
export function holidaysOf(year: number, rule: HolidayRule): Holiday[] {
  let byYear = memo.get(rule);
  if (!byYear) {
    byYear = new Map();
    memo.set(rule, byYear);
  }
  const known = byYear.get(year);
  if (known) return known;
  const y = String(year);
  const days: Holiday[] = [{ date: `${y}-01-01`, name: 'Tết Dương lịch', kind: 'holiday' }];
  const tet = tetDate(year);
  for (let i = 0; i < rule.tetDays; i++) {
    const date = addDays(tet, i - rule.tetDaysBefore);
    days.push({ date, name: 'Tết Nguyên đán', kind: 'holiday' });
  }
  const hung = lunarToSolar(10, 3, year) as string;
  days.push({ date: hung, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' });
  days.push({ date: `${y}-04-30`, name: 'Ngày Chiến thắng (30/4)', kind: 'holiday' });
  days.push({ date: `${y}-05-01`, name: 'Ngày Quốc tế lao động (1/5)', kind: 'holiday' });
  days.push({ date: `${y}-09-02`, name: 'Quốc khánh (2/9)', kind: 'holiday' });
  if (rule.nationalDayExtra !== 0)
    days.push({
      date: addDays(`${y}-09-02`, rule.nationalDayExtra),
      name: 'Quốc khánh (ngày liền kề)',
      kind: 'holiday',
    });
  days.sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(days.map((d) => d.date));
  const made: Holiday[] = [];
  for (const d of days) {
    if (!isWeekend(d.date)) continue;
    let next = addDays(d.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    made.push({ date: next, name: `Nghỉ bù ${d.name}`, kind: 'compensation' });
  }
  const all = [...days, ...made].sort((a, b) => a.date.localeCompare(b.date));
  byYear.set(year, all);
  return all;
}

export interface DayStatus {
  date: string;
  working: boolean;
  /** Why the day is off, or why a weekend day is worked; '' for an ordinary working day. */
  reason: string;
}

/** Whether a day is worked, and why not. An administrator's entry wins over everything else. */
export function dayStatus(date: string, cal: WorkCalendar): DayStatus {
  const entry = cal.entries.get(date);
  if (entry)
    return {
      date,
      working: entry.kind === 'work',
      reason: entry.note || (entry.kind === 'work' ? 'Ngày làm bù' : 'Ngày nghỉ'),
    };
  const h = holidaysOf(Number(date.slice(0, 4)), cal.rule).find((d) => d.date === date);
  if (h) return { date, working: false, reason: h.name };
  if (isWeekend(date)) return { date, working: false, reason: 'Nghỉ cuối tuần' };
  return { date, working: true, reason: '' };
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  return dayStatus(date, cal).working;
}

/**
 * The date n working days after a date (the date itself not counted): a time limit of n working
 * days from the day something is received ends on that day. n = 0 gives the date itself.
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 0 || n > 3660) throw new RangeError(`addWorkingDays: ${n}`);
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later): how late a reply is. */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return n;
}
