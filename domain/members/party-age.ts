// Party age (tuổi Đảng, docs/domain.md): counted from the admission decision date, minus the
// periods of interruption (expulsion, removal from the rolls, lost contact, unrecorded transfer
// gaps). An interruption runs from `from` (first day out) to `to` (the day membership resumed), so
// it removes `to − from` days. Party age never decreases: a milestone once reached stays reached.
import { addDays, daysBetween, fullMonths, fullYears } from './calendar.ts';

export interface Interruption {
  from: string;
  to: string;
  reason?: string | null;
}

/** Days of interruption that fall between admission and `on` (each period clipped to that span). */
export function interruptionDays(
  admittedOn: string,
  interruptions: readonly Interruption[],
  on: string,
): number {
  let days = 0;
  for (const i of interruptions) {
    const from = i.from > admittedOn ? i.from : admittedOn;
    const to = i.to < on ? i.to : on;
    if (to > from) days += daysBetween(from, to);
  }
  return days;
}

/**
 * The date party age is counted from, as seen on `on`: the admission date pushed forward by the
 * interruptions up to `on`. Milestones: N years are reached on `on` when effectiveStart + N years ≤ on.
 */
export function effectiveStart(
  admittedOn: string,
  interruptions: readonly Interruption[],
  on: string,
): string {
  return addDays(admittedOn, interruptionDays(admittedOn, interruptions, on));
}

export interface PartyAge {
  years: number;
  /** Months beyond the whole years. */
  months: number;
}

export function partyAge(admittedOn: string, interruptions: readonly Interruption[], on: string): PartyAge {
  const start = effectiveStart(admittedOn, interruptions, on);
  const total = fullMonths(start, on);
  return { years: Math.floor(total / 12), months: total % 12 };
}

export function partyAgeYears(
  admittedOn: string,
  interruptions: readonly Interruption[],
  on: string,
): number {
  return fullYears(effectiveStart(admittedOn, interruptions, on), on);
}

/**
 * Why a list of interruptions cannot be stored, or null. Periods must be real (to after from),
 * start on or after admission, and not overlap (an overlap would be subtracted twice).
 */
export function interruptionsProblem(
  admittedOn: string,
  interruptions: readonly Interruption[],
): string | null {
  const sorted = [...interruptions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const [n, i] of sorted.entries()) {
    if (i.to <= i.from) return `Thời gian gián đoạn thứ ${n + 1}: ngày kết thúc phải sau ngày bắt đầu.`;
    if (i.from < admittedOn) return `Thời gian gián đoạn thứ ${n + 1} bắt đầu trước ngày vào Đảng.`;
    const prev = sorted[n - 1];
    if (prev && i.from < prev.to) return 'Các thời gian gián đoạn không được chồng lên nhau.';
  }
  return null;
}

/** Total days of all interruptions (stored on the member so that SQL can filter by party age). */
export function totalInterruptionDays(interruptions: readonly Interruption[]): number {
  return interruptions.reduce((s, i) => s + Math.max(0, daysBetween(i.from, i.to)), 0);
}
