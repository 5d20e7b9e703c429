// JSON shapes of party fees: a unit's month sheet, the payments recorded, the arrears list.
import { z } from '@hono/zod-openapi';
import { FEE_BASES, FEE_BASIS_LABELS, type FeeAmount } from '../../../../domain/members/fees.ts';
import type { ArrearsRow, FeeMemberRow } from './queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });
const month = () => z.string().openapi({ pattern: '^\\d{4}-\\d{2}$', example: '2026-01' });

export const FeeRow = z
  .object({
    memberId: int(),
    fullName: z.string(),
    orgId: int(),
    orgName: z.string(),
    feeBasis: z.enum(FEE_BASES),
    feeBasisLabel: z.string(),
    feeBase: z.number().nullable(),
    /** The amount owed for the month under the rules (đồng). */
    due: z.number(),
    exempt: z.boolean(),
    /** How the amount was reached, in Vietnamese. */
    rule: z.string(),
    /** First day of the first month owed, when the member owes the month asked. */
    owedSince: date().nullable(),
    paid: z.number().nullable(),
    paidOn: date().nullable(),
  })
  .openapi('FeeRow');
export type FeeRow = z.infer<typeof FeeRow>;

export const FeeMonthSheet = z
  .object({
    orgId: int(),
    orgName: z.string(),
    month: month(),
    items: z.array(FeeRow),
    totals: z.object({ members: int(), due: z.number(), paid: z.number(), unpaid: int() }),
  })
  .openapi('FeeMonthSheet');
export type FeeMonthSheet = z.infer<typeof FeeMonthSheet>;

export const FeePaymentsRecorded = z.object({ recorded: int() }).openapi('FeePaymentsRecorded');

export const FeeArrears = z
  .object({
    orgId: int(),
    orgName: z.string(),
    through: month(),
    minMonths: int(),
    items: z.array(
      z.object({
        memberId: int(),
        fullName: z.string(),
        orgId: int(),
        orgName: z.string(),
        lastPaidMonth: month().nullable(),
        monthsOwed: int(),
      }),
    ),
  })
  .openapi('FeeArrears');
export type FeeArrears = z.infer<typeof FeeArrears>;

/** One member's line of the month sheet; `month` is the first day of the month asked. */
export function presentFeeRow(r: FeeMemberRow, fee: FeeAmount, month: string): FeeRow {
  return {
    memberId: r.id,
    fullName: r.full_name,
    orgId: r.org_id,
    orgName: r.org_name,
    feeBasis: r.fee_basis,
    feeBasisLabel: FEE_BASIS_LABELS[r.fee_basis],
    feeBase: r.fee_base === null ? null : Number(r.fee_base),
    due: fee.amount,
    exempt: fee.exempt,
    rule: fee.rule,
    owedSince: r.fee_from > month ? null : r.fee_from,
    paid: r.paid_amount === null ? null : Number(r.paid_amount),
    paidOn: r.paid_on,
  };
}

export function presentMonthSheet(
  unit: { id: number; name: string },
  month: string,
  items: FeeRow[],
): FeeMonthSheet {
  return {
    orgId: unit.id,
    orgName: unit.name,
    month,
    items,
    totals: {
      members: items.length,
      due: items.reduce((s, i) => s + i.due, 0),
      paid: items.reduce((s, i) => s + (i.paid ?? 0), 0),
      unpaid: items.filter((i) => i.paid === null && i.due > 0).length,
    },
  };
}

export function presentArrears(
  unit: { id: number; name: string },
  through: string,
  minMonths: number,
  list: readonly ArrearsRow[],
): FeeArrears {
  return {
    orgId: unit.id,
    orgName: unit.name,
    through: through.slice(0, 7),
    minMonths,
    items: list.map((r) => ({
      memberId: r.id,
      fullName: r.full_name,
      orgId: r.org_id,
      orgName: r.org_name,
      lastPaidMonth: r.last_paid ? r.last_paid.slice(0, 7) : null,
      monthsOwed: r.months_owed,
    })),
  };
}
