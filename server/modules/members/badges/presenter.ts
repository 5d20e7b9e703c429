// JSON shapes of badges: the members due on a date (with the cash gift), and the base salaries.
import { z } from '@hono/zod-openapi';
import {
  CASH_GIFT_MULTIPLES,
  cashGift,
  isMilestone,
  type Occasion,
} from '../../../../domain/members/badges.ts';
import type { DueRow } from './queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

export const BadgeDueItem = z
  .object({
    memberId: int(),
    fullName: z.string(),
    /** The highest milestone reached (years of party age). */
    years: int(),
    orgId: int(),
    orgName: z.string(),
    birthDate: date(),
    admittedOn: date(),
    partyCardNo: z.string().nullable(),
    reachedOn: date(),
    early: z.boolean(),
    posthumous: z.boolean(),
    cashGift: z.number().nullable(),
  })
  .openapi('BadgeDueItem');
export type BadgeDueItem = z.infer<typeof BadgeDueItem>;

export const BadgeDueList = z
  .object({
    on: date(),
    occasion: z.string().nullable(),
    nextOccasion: z.object({ date: date(), label: z.string() }),
    orgId: int(),
    orgName: z.string(),
    baseSalary: z.object({ amount: z.number(), effectiveFrom: date() }).nullable(),
    items: z.array(BadgeDueItem),
    /** Opaque: send it back as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .openapi('BadgeDueList');
export type BadgeDueList = z.infer<typeof BadgeDueList>;

export const BadgeDueSummary = z
  .object({
    on: date(),
    occasion: z.string().nullable(),
    orgId: int(),
    orgName: z.string(),
    baseSalary: z.object({ amount: z.number(), effectiveFrom: date() }).nullable(),
    /** Members due, all pages together. */
    total: int(),
    /** The cash gifts of all of them (null without a base salary for the date). */
    cashGiftTotal: z.number().nullable(),
    byYears: z.array(z.object({ years: int(), n: int() })),
  })
  .openapi('BadgeDueSummary');
export type BadgeDueSummary = z.infer<typeof BadgeDueSummary>;

export const BaseSalaries = z
  .object({
    items: z.array(z.object({ effectiveFrom: date(), amount: z.number(), note: z.string().nullable() })),
    multiples: z.array(z.object({ years: int(), multiple: z.number(), confirmed: z.boolean() })),
  })
  .openapi('BaseSalaries');
export type BaseSalaries = z.infer<typeof BaseSalaries>;

type Salary = { effective_from: string; amount: number | string } | undefined;

const salaryJson = (salary: Salary) =>
  salary ? { amount: Number(salary.amount), effectiveFrom: salary.effective_from } : null;

export function presentDue(
  f: { on: string; occasion: string | null; nextOccasion: Occasion },
  unit: { id: number; name: string },
  salary: Salary,
  list: readonly DueRow[],
  nextCursor: string | null,
): BadgeDueList {
  const base = salary ? Number(salary.amount) : null;
  return {
    on: f.on,
    occasion: f.occasion,
    nextOccasion: f.nextOccasion,
    orgId: unit.id,
    orgName: unit.name,
    baseSalary: salaryJson(salary),
    nextCursor,
    items: list.map((r) => ({
      memberId: r.member_id,
      fullName: r.full_name,
      years: r.years,
      orgId: r.org_id,
      orgName: r.org_name,
      birthDate: r.birth_date,
      admittedOn: r.admitted_on,
      partyCardNo: r.party_card_no,
      reachedOn: r.reached_on,
      early: r.early,
      posthumous: r.posthumous,
      cashGift: base !== null && isMilestone(r.years) ? cashGift(r.years, base) : null,
    })),
  };
}

export function presentDueSummary(
  f: { on: string; occasion: string | null },
  unit: { id: number; name: string },
  salary: Salary,
  counts: readonly { years: number; n: number }[],
): BadgeDueSummary {
  const base = salary ? Number(salary.amount) : null;
  return {
    on: f.on,
    occasion: f.occasion,
    orgId: unit.id,
    orgName: unit.name,
    baseSalary: salaryJson(salary),
    total: counts.reduce((s, c) => s + c.n, 0),
    cashGiftTotal:
      base === null
        ? null
        : counts.reduce((s, c) => s + (isMilestone(c.years) ? cashGift(c.years, base) * c.n : 0), 0),
    byYears: counts.map((c) => ({ years: c.years, n: c.n })),
  };
}

export function presentSalaries(
  rows: readonly { effective_from: string; amount: number | string; note: string | null }[],
): BaseSalaries {
  return {
    items: rows.map((r) => ({ effectiveFrom: r.effective_from, amount: Number(r.amount), note: r.note })),
    multiples: Object.entries(CASH_GIFT_MULTIPLES).map(([years, v]) => ({ years: Number(years), ...v })),
  };
}

/** The multiple of the base salary given with a badge, when the years are a milestone. */
export function multipleOf(years: number): number | null {
  return isMilestone(years) ? CASH_GIFT_MULTIPLES[years].multiple : null;
}
