// The grassroots fund book (docs/finance.md): receipts (the fee share kept, allocations, others)
// and spending by the categories of the rule finance.fund_categories in force on the entry's date,
// and the balance. Entries are never changed or deleted: a correction is a new entry citing the one
// it corrects, which then no longer counts. Every entry is audited. The quarterly report sums the
// quarter by category, in JSON and as Word.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { quarterMonths } from '../../../../domain/finance/remittance.ts';
import {
  FUND_RECEIPT_CATEGORIES,
  type fundCorrectionBody,
  type fundEntryBody,
} from '../../../../domain/finance/schemas.ts';
import { FUND_CATEGORIES, type FundCategory } from '../../../../domain/rules/finance.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { activeUnitInScope, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { note, packDocx, table } from '../../../office/index.ts';
import { recordAudit } from '../../audit/service.ts';
import { placeOf } from '../../orgs/service.ts';
import { ruleInForce } from '../../rules/service.ts';
import { categoryLabel, type FundBook, type FundEntry, type FundQuarter, presentEntry } from './presenter.ts';
import * as q from './queries.ts';

/** Units that keep a fund book: grassroots organisations, their chi bộ, the committees right above. */
const BOOK_KINDS = new Set(['grassroots', 'cell', 'direct_committee']);

async function checkedCategory(
  db: Db,
  ctx: RequestCtx,
  direction: 'receipt' | 'spending',
  category: string,
  on: string,
): Promise<number> {
  const rule = await ruleInForce(db, ctx, 'finance.fund_categories', on);
  if (direction === 'receipt') {
    if (!(FUND_RECEIPT_CATEGORIES as readonly string[]).includes(category))
      throw new RuleError('category_unknown', `Nội dung thu «${category}» không có trong danh mục.`);
  } else if (
    !(FUND_CATEGORIES as readonly string[]).includes(category) ||
    rule.value[category as FundCategory] !== 1
  )
    throw new RuleError(
      'category_unknown',
      `Nội dung chi «${category}» không có trong danh mục đang áp dụng.`,
    );
  return rule.versionId;
}

function checkDate(d: string): void {
  if (d > todayVn()) throw new RuleError('date_in_future', 'Ngày ghi sổ không được ở tương lai.');
}

export async function addEntry(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof fundEntryBody>,
): Promise<FundEntry> {
  const actor = authorize(ctx, 'finance.manage');
  checkDate(input.entryDate);
  return transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, input.orgId);
    if (!BOOK_KINDS.has(unit.kind))
      throw new RuleError(
        'no_fund_book',
        'Sổ quỹ dành cho tổ chức cơ sở đảng, chi bộ và đảng ủy cấp trên cơ sở.',
      );
    const ruleVersionId = await checkedCategory(tx, ctx, input.direction, input.category, input.entryDate);
    const row = await q.insertEntry(tx, { ...input, correctsId: null, ruleVersionId, by: actor.userId });
    const entry = await q.entryById(tx, Number(row?.id));
    if (!entry) throw new Error('entry not written');
    await recordAudit(tx, ctx, {
      action: 'finance.fund_entry',
      entity: 'finance_fund_entry',
      entityId: Number(entry.id),
      orgId: unit.id,
      after: presentEntry(entry),
    });
    return presentEntry(entry);
  });
}

export async function correctEntry(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof fundCorrectionBody>,
): Promise<FundEntry> {
  const actor = authorize(ctx, 'finance.manage');
  checkDate(input.entryDate);
  return transact(deps, async (tx) => {
    const old = await q.entryForUpdate(tx, id);
    if (!old) throw notFound('Bút toán');
    await unitInScope(tx, actor, Number(old.org_id)).catch(() => {
      throw notFound('Bút toán');
    });
    if (old.corrected_by !== null)
      throw new ConflictError(
        'already_corrected',
        `Bút toán này đã được sửa bằng bút toán số ${old.corrected_by}; hãy sửa bút toán đó.`,
      );
    if (input.entryDate < old.entry_date)
      throw new RuleError(
        'correction_before_entry',
        'Ngày của bút toán sửa không được trước ngày bút toán bị sửa.',
      );
    const category = input.category ?? old.category;
    const ruleVersionId = await checkedCategory(tx, ctx, old.direction, category, input.entryDate);
    const row = await q.insertEntry(tx, {
      orgId: Number(old.org_id),
      entryDate: input.entryDate,
      direction: old.direction,
      category,
      amount: input.amount,
      description: input.description,
      correctsId: id,
      ruleVersionId,
      by: actor.userId,
    });
    const entry = await q.entryById(tx, Number(row?.id));
    if (!entry) throw new Error('entry not written');
    await recordAudit(tx, ctx, {
      action: 'finance.fund_correction',
      entity: 'finance_fund_entry',
      entityId: Number(entry.id),
      orgId: Number(old.org_id),
      before: presentEntry(old),
      after: presentEntry(entry),
    });
    return presentEntry(entry);
  });
}

async function book(db: Db, unit: { id: number; name: string }, from: string | null, to: string | null) {
  const opening = from ? await q.balanceBefore(db, unit.id, from) : 0;
  const entries = (await q.entriesOf(db, unit.id, from, to)).map(presentEntry);
  const counted = entries.filter((e) => e.counts);
  const receipts = counted.filter((e) => e.direction === 'receipt').reduce((s, e) => s + e.amount, 0);
  const spending = counted.filter((e) => e.direction === 'spending').reduce((s, e) => s + e.amount, 0);
  return { opening, entries, receipts, spending, closing: opening + receipts - spending };
}

export async function fundBook(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; from?: string | undefined; to?: string | undefined },
): Promise<FundBook> {
  const actor = authorize(ctx, 'finance.read');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  if (f.from && f.to && f.to < f.from)
    throw new RuleError('range_reversed', 'Ngày kết thúc phải từ ngày bắt đầu trở đi.');
  const b = await book(db, unit, f.from ?? null, f.to ?? null);
  return { orgId: unit.id, orgName: unit.name, from: f.from ?? null, to: f.to ?? null, ...b };
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export async function fundQuarter(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number; quarter: number },
): Promise<FundQuarter> {
  const actor = authorize(ctx, 'finance.read');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const months = quarterMonths(f.year, f.quarter);
  const b = await book(db, unit, `${months[0]}-01`, lastDay(months[2] as string));
  const sums = (direction: 'receipt' | 'spending', codes: readonly string[]) =>
    codes.map((category) => ({
      category,
      label: categoryLabel(direction, category),
      amount: b.entries
        .filter((e) => e.counts && e.direction === direction && e.category === category)
        .reduce((s, e) => s + e.amount, 0),
    }));
  return {
    orgId: unit.id,
    orgName: unit.name,
    year: f.year,
    quarter: f.quarter,
    opening: b.opening,
    receipts: sums('receipt', FUND_RECEIPT_CATEGORIES),
    spending: sums('spending', FUND_CATEGORIES),
    totalReceipts: b.receipts,
    totalSpending: b.spending,
    closing: b.closing,
  };
}

const money = (n: number) => n.toLocaleString('vi-VN');
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The quarterly report of the fund book as Word. */
export async function fundQuarterDocx(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number; quarter: number },
): Promise<{ name: string; body: Buffer }> {
  authorize(ctx, 'finance.read');
  const r = await fundQuarter(deps, ctx, f);
  const place = await placeOf(deps.database.db, ctx, r.orgId);
  const q = ROMAN[f.quarter - 1];
  const rows = [
    ['', 'Số dư đầu quý', money(r.opening)],
    ['I', 'Thu trong quý', money(r.totalReceipts)],
    ...r.receipts.map((x, i) => [String(i + 1), x.label, money(x.amount)]),
    ['II', 'Chi trong quý', money(r.totalSpending)],
    ...r.spending.map((x, i) => [String(i + 1), x.label, money(x.amount)]),
    ['', 'Số dư cuối quý', money(r.closing)],
  ];
  const body = await packDocx({
    title: `Báo cáo quyết toán quỹ quý ${q} năm ${f.year}`,
    heading: { issuer: r.orgName, place, date: todayVn() },
    titleBlock: {
      typeName: 'Báo cáo',
      summary: `thu, chi quỹ hoạt động công tác đảng quý ${q} năm ${f.year}`,
    },
    body: [
      table({
        columns: [
          { header: 'STT', share: 8, align: 'center' },
          { header: 'Nội dung', share: 62 },
          { header: 'Số tiền (đồng)', share: 30, align: 'right' },
        ],
        rows,
      }),
      note(`Lập ngày ${formatDateVi(todayVn())}.`, { before: 6 }),
    ],
    closing: {
      signatures: [{ authority: 'T/M cấp ủy', position: 'Bí thư', name: null, hint: '(ký, ghi rõ họ tên)' }],
    },
  });
  return { name: `Bao cao quy quy ${f.quarter}-${f.year}.docx`, body };
}
