// Party fees (đảng phí): the month sheet of a unit with each member's amount from the rules,
// payments recorded per month, the arrears list, and the chi bộ's fee book as Excel.
import { type SQL, sql } from 'drizzle-orm';
import { todayVn } from '../../../domain/dates.ts';
import { addMonths, fullYears } from '../../../domain/members/calendar.ts';
import { FEE_BASIS_LABELS, FEE_RULES, monthlyFee } from '../../../domain/members/fees.ts';
import type { paymentsBody } from '../../../domain/members/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { memberManaged, memberVisible, orgIn, unitIds } from './access.ts';
import * as fq from './fees-queries.ts';
import * as q from './queries.ts';
import { actorOf } from './service.ts';
import { workbook } from './xlsx.ts';

async function unitWhere(
  db: Db,
  actor: Actor,
  orgId: number,
): Promise<{ where: SQL; name: string; id: number }> {
  const u = await q.unitInScope(db, actor, orgId);
  if (!u) throw notFound('Đơn vị');
  return {
    where: sql`${memberVisible(actor)} AND ${orgIn(await unitIds(db, actor, u.id))}`,
    name: u.name,
    id: u.id,
  };
}

/** Last day of the month of `month` (YYYY-MM-01): party age for the exemption is counted there. */
function monthEnd(month: string): string {
  const next = addMonths(month, 1);
  const d = new Date(`${next}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

function feeOf(r: fq.FeeMemberRow, month: string) {
  return monthlyFee({
    basis: r.fee_basis,
    base: r.fee_base === null ? null : Number(r.fee_base),
    partyAgeYears: fullYears(r.party_start, monthEnd(month)),
  });
}

export async function monthSheet(db: Db, actor: Actor, f: { orgId: number; month: string }) {
  const u = await unitWhere(db, actor, f.orgId);
  const month = `${f.month}-01`;
  const list = await fq.monthSheet(db, u.where, month);
  const items = list.map((r) => {
    const fee = feeOf(r, month);
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
  });
  return {
    orgId: u.id,
    orgName: u.name,
    month: f.month,
    items,
    totals: {
      members: items.length,
      due: items.reduce((s, i) => s + i.due, 0),
      paid: items.reduce((s, i) => s + (i.paid ?? 0), 0),
      unpaid: items.filter((i) => i.paid === null && i.due > 0).length,
    },
  };
}

export async function recordPayments(deps: Deps, ctx: RequestCtx, input: z.infer<typeof paymentsBody>) {
  const actor = actorOf(ctx);
  const today = todayVn();
  return transact(deps, async (tx) => {
    const ids = [...new Set(input.payments.map((p) => p.memberId))];
    const ok = await one<{ n: number }>(
      tx,
      sql`SELECT count(*)::integer AS n FROM members m WHERE m.id = ANY(${array(ids)}::integer[]) AND ${memberManaged(actor)}`,
    );
    if ((ok?.n ?? 0) !== ids.length) throw notFound('Đảng viên');
    for (const p of input.payments) {
      if (p.paidOn > today)
        throw new RuleError('date_in_future', 'Ngày nộp đảng phí không được ở tương lai.');
    }
    const payments = input.payments.map((p) => ({ ...p, month: `${p.month}-01` }));
    const n = await fq.upsertPayments(tx, payments, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'member.fee_payments',
      entity: 'member_fee',
      after: { count: n, payments: input.payments.slice(0, 200) },
    });
    return { recorded: n };
  });
}

/** Last completed month (YYYY-MM-01) in Vietnam. */
function lastMonth(): string {
  return addMonths(`${todayVn().slice(0, 7)}-01`, -1);
}

export async function arrears(db: Db, actor: Actor, f: { orgId: number; month?: string | undefined }) {
  const u = await unitWhere(db, actor, f.orgId);
  const through = f.month ? `${f.month}-01` : lastMonth();
  const list = await fq.arrears(db, u.where, through, FEE_RULES.arrearsMonths);
  return {
    orgId: u.id,
    orgName: u.name,
    through: through.slice(0, 7),
    minMonths: FEE_RULES.arrearsMonths,
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

/** The chi bộ's fee book for a year: one row per member, the twelve months, the total. */
export async function feeBook(db: Db, actor: Actor, f: { orgId: number; year: number }) {
  const u = await unitWhere(db, actor, f.orgId);
  const december = `${f.year}-12-01`;
  const [list, payments] = await Promise.all([
    fq.monthSheet(db, u.where, december),
    fq.yearPayments(db, u.where, f.year),
  ]);
  const paid = new Map<string, number>();
  for (const p of payments) paid.set(`${p.member_id}|${Number(p.month.slice(5, 7))}`, Number(p.amount));
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const rows = list.map((r, i) => {
    const fee = feeOf(r, december);
    const row: Record<string, unknown> = {
      stt: i + 1,
      fullName: r.full_name,
      basis: FEE_BASIS_LABELS[r.fee_basis],
      due: fee.exempt ? 'Miễn' : fee.amount,
    };
    let total = 0;
    for (const m of months) {
      const v = paid.get(`${r.id}|${m}`);
      row[`m${m}`] = v ?? null;
      total += v ?? 0;
    }
    row.total = total;
    return row;
  });
  const footer: Record<string, unknown> = { fullName: 'Cộng' };
  for (const m of months)
    footer[`m${m}`] = rows.reduce((s, r) => s + ((r[`m${m}`] as number | null) ?? 0), 0);
  footer.total = rows.reduce((s, r) => s + (r.total as number), 0);
  return workbook([
    {
      name: `Sổ đảng phí ${f.year}`,
      caption: [
        `SỔ THU ĐẢNG PHÍ NĂM ${f.year}`,
        u.name,
        `Lập ngày ${todayVn().split('-').reverse().join('/')}`,
      ],
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Họ và tên', key: 'fullName', width: 28 },
        { header: 'Căn cứ đóng', key: 'basis', width: 24 },
        { header: 'Mức đóng/tháng', key: 'due', money: true, width: 14 },
        ...months.map((m) => ({ header: `Tháng ${m}`, key: `m${m}`, money: true, width: 11 })),
        { header: 'Cộng cả năm', key: 'total', money: true, width: 14 },
      ],
      rows,
      footer,
    },
  ]);
}
