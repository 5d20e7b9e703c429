// Huy hiệu Đảng (Hướng dẫn 01-HD/TW of 2021, docs/domain.md): the milestones, the occasions on
// which badges are awarded, the early-award limits, and the cash gift that goes with each badge as a
// multiple of the base salary. The numbers live here and nowhere else; SQL receives them as data.
import { addMonths, addYears } from './calendar.ts';
import { effectiveStart, type Interruption } from './party-age.ts';

export const BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
export type BadgeYears = (typeof BADGE_MILESTONES)[number];

export function isMilestone(years: number): years is BadgeYears {
  return (BADGE_MILESTONES as readonly number[]).includes(years);
}

/**
 * How early a badge may be awarded. Seriously ill members: up to 12 months early for 30–65 years,
 * up to 24 months for 70–90 years. Posthumous awards: up to 12 months early (counted at death).
 */
export const EARLY_AWARD = {
  seriouslyIll: [
    { fromYears: 30, toYears: 65, months: 12 },
    { fromYears: 70, toYears: 90, months: 24 },
  ],
  posthumousMonths: 12,
} as const;

export type EarlyKind = 'ill' | 'posthumous';

/** Months a badge of `years` may come early for the kind of case (0 when no early award applies). */
export function earlyMonths(years: number, kind: EarlyKind | null): number {
  if (kind === 'posthumous') return EARLY_AWARD.posthumousMonths;
  if (kind === 'ill') {
    const band = EARLY_AWARD.seriouslyIll.find((b) => years >= b.fromYears && years <= b.toYears);
    return band?.months ?? 0;
  }
  return 0;
}

/** The days of the year on which badges are awarded. */
export const BADGE_OCCASIONS = [
  { month: 2, day: 3, code: '03-02', label: 'Kỷ niệm Ngày thành lập Đảng (3/2)' },
  { month: 5, day: 19, code: '19-05', label: 'Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5)' },
  { month: 9, day: 2, code: '02-09', label: 'Quốc khánh (2/9)' },
  { month: 11, day: 7, code: '07-11', label: 'Kỷ niệm Cách mạng Tháng Mười Nga (7/11)' },
] as const;

export interface Occasion {
  date: string;
  label: string;
}

function occasionOn(year: number, o: (typeof BADGE_OCCASIONS)[number]): Occasion {
  const date = `${String(year).padStart(4, '0')}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`;
  return { date, label: `${o.label} năm ${year}` };
}

/** The occasions of a year, in date order. */
export function occasionsOf(year: number): Occasion[] {
  return BADGE_OCCASIONS.map((o) => occasionOn(year, o));
}

/** The first occasion on or after a date. */
export function nextOccasion(from: string): Occasion {
  const year = Number(from.slice(0, 4));
  const hit = occasionsOf(year).find((o) => o.date >= from);
  return hit ?? (occasionsOf(year + 1)[0] as Occasion);
}

/** Whether a date is one of the occasions. */
export function occasionOf(date: string): Occasion | null {
  return occasionsOf(Number(date.slice(0, 4))).find((o) => o.date === date) ?? null;
}

export interface BadgeMember {
  admittedOn: string;
  interruptions: readonly Interruption[];
  seriouslyIll: boolean;
  /** Set when the member has died (status từ trần). */
  diedOn: string | null;
  /** Milestones already awarded. */
  awarded: readonly number[];
}

export interface BadgeDue {
  years: BadgeYears;
  /** The date the milestone is (or was) reached by party age. */
  reachedOn: string;
  /** Awarded before the milestone is reached (seriously ill) or after death before it. */
  early: boolean;
  posthumous: boolean;
}

/** The date on which `years` of party age are reached (with the interruptions known up to `on`). */
export function milestoneDate(
  m: Pick<BadgeMember, 'admittedOn' | 'interruptions'>,
  years: number,
  on: string,
) {
  return addYears(effectiveStart(m.admittedOn, m.interruptions, on), years);
}

/**
 * The badge a member is due on date `on`: the highest milestone reached (or reachable early by the
 * member's case) whose badge — or a higher one — has not been awarded; null when none. A member who
 * died is considered for a posthumous award from the day of death, with party age stopped at death.
 */
export function badgeDue(m: BadgeMember, on: string): BadgeDue | null {
  const dead = m.diedOn !== null && m.diedOn <= on;
  const kind: EarlyKind | null = dead ? 'posthumous' : m.seriouslyIll ? 'ill' : null;
  // Party age stops at death.
  const ageOn = dead ? (m.diedOn as string) : on;
  const topAwarded = m.awarded.reduce((a, b) => Math.max(a, b), 0);
  for (const years of [...BADGE_MILESTONES].reverse()) {
    const reachedOn = milestoneDate(m, years, ageOn);
    const eligibleFrom = addMonths(reachedOn, -earlyMonths(years, kind));
    if (eligibleFrom <= ageOn) {
      if (topAwarded >= years) return null;
      return { years, reachedOn, early: reachedOn > ageOn, posthumous: dead };
    }
  }
  return null;
}

/**
 * Cash gift with each badge, as a multiple of the base salary. 30, 40, 50, 55, 60 and 65 years are
 * the checked figures (docs/domain.md); the others are vanphong's reading of the scale and are
 * marked to be confirmed (docs/members.md).
 */
export const CASH_GIFT_MULTIPLES: Record<BadgeYears, { multiple: number; confirmed: boolean }> = {
  30: { multiple: 1.5, confirmed: true },
  40: { multiple: 2, confirmed: true },
  45: { multiple: 2.5, confirmed: false },
  50: { multiple: 3, confirmed: true },
  55: { multiple: 3.5, confirmed: true },
  60: { multiple: 5, confirmed: true },
  65: { multiple: 6, confirmed: true },
  70: { multiple: 7, confirmed: false },
  75: { multiple: 8, confirmed: false },
  80: { multiple: 9, confirmed: false },
  85: { multiple: 10, confirmed: false },
  90: { multiple: 11, confirmed: false },
};

/** The cash gift in đồng, rounded to the đồng. */
export function cashGift(years: BadgeYears, baseSalary: number): number {
  return Math.round(CASH_GIFT_MULTIPLES[years].multiple * baseSalary);
}
