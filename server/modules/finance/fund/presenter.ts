// JSON shapes of the grassroots fund book: entries, the book over a period, the quarterly report.
import { z } from '@hono/zod-openapi';
import { FUND_RECEIPT_LABELS } from '../../../../domain/finance/schemas.ts';
import { FUND_CATEGORY_LABELS, type FundCategory } from '../../../../domain/rules/finance.ts';
import type { EntryRow } from './queries.ts';

const date = () => z.string().openapi({ format: 'date' });

export const FundEntry = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    entryDate: date(),
    direction: z.enum(['receipt', 'spending']),
    category: z.string(),
    categoryLabel: z.string(),
    amount: z.number().int(),
    description: z.string(),
    /** The entry this one corrects. */
    correctsId: z.number().int().nullable(),
    /** The entry that corrects this one: it then no longer counts. */
    correctedById: z.number().int().nullable(),
    counts: z.boolean(),
    ruleVersionId: z.number().int(),
  })
  .openapi('FundEntry');
export type FundEntry = z.infer<typeof FundEntry>;

export const FundBook = z
  .object({
    orgId: z.number().int(),
    orgName: z.string(),
    from: date().nullable(),
    to: date().nullable(),
    opening: z.number().int(),
    receipts: z.number().int(),
    spending: z.number().int(),
    closing: z.number().int(),
    entries: z.array(FundEntry),
  })
  .openapi('FundBook');
export type FundBook = z.infer<typeof FundBook>;

export const FundQuarter = z
  .object({
    orgId: z.number().int(),
    orgName: z.string(),
    year: z.number().int(),
    quarter: z.number().int(),
    opening: z.number().int(),
    receipts: z.array(z.object({ category: z.string(), label: z.string(), amount: z.number().int() })),
    spending: z.array(z.object({ category: z.string(), label: z.string(), amount: z.number().int() })),
    totalReceipts: z.number().int(),
    totalSpending: z.number().int(),
    closing: z.number().int(),
  })
  .openapi('FundQuarter');
export type FundQuarter = z.infer<typeof FundQuarter>;

export function categoryLabel(direction: string, category: string): string {
  if (direction === 'receipt')
    return FUND_RECEIPT_LABELS[category as keyof typeof FUND_RECEIPT_LABELS] ?? category;
  return FUND_CATEGORY_LABELS[category as FundCategory] ?? category;
}

export function presentEntry(r: EntryRow): FundEntry {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    entryDate: r.entry_date,
    direction: r.direction,
    category: r.category,
    categoryLabel: categoryLabel(r.direction, r.category),
    amount: Number(r.amount),
    description: r.description,
    correctsId: r.corrects_id === null ? null : Number(r.corrects_id),
    correctedById: r.corrected_by === null ? null : Number(r.corrected_by),
    counts: r.corrected_by === null,
    ruleVersionId: Number(r.rule_version_id),
  };
}
