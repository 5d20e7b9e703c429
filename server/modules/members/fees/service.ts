// Party fees (đảng phí): the month sheet of a unit with each member's amount from the rules,
// payments recorded per month, the arrears list, and the chi bộ's fee book as Excel.
import { todayVn } from '../../../../domain/dates.ts';
import { addMonths, fullYears } from '../../../../domain/members/calendar.ts';
import {
  dueAfterRelief,
  RELIEF_REASON_LABELS,
  type ReliefReason,
  reliefIn,
  reliefLabel,
} from '../../../../domain/members/fee-relief.ts';
import { FEE_BASIS_LABELS, FEE_RULES, type FeeAmount, monthlyFee } from '../../../../domain/members/fees.ts';
import type { paymentsBody } from '../../../../domain/members/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import * as q from '../queries.ts';
import { NOT_FOUND } from '../record.ts';
import { workbook } from '../xlsx.ts';
import {
  type FeeArrears,
  type FeeMonthSheet,
  presentArrears,
  presentFeeRow,
  presentMonthSheet,
} from './presenter.ts';
import * as fq from './queries.ts';
import * as rq from './reliefs/queries.ts';

/** The unit (in scope, else 404) and the predicate of its subtree's members the actor may read. */
async function unitMembers(db: Db, actor: Actor, orgId: number) {
  const unit = await unitInScope(db, actor, orgId);
  return { unit, where: q.readableIn(actor, await scopeUnitIds(db, actor, unit.id)) };
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

export async function monthSheet(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; month: string },
): Promise<FeeMonthSheet> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const { unit, where } = await unitMembers(db, actor, f.orgId);
  const month = `${f.month}-01`;
  const list = await fq.monthSheet(db, where, month);
  const reliefs = await rq.covering(
    db,
    list.map((r) => r.id),
    month,
    month,
  );
  return presentMonthSheet(
    unit,
    f.month,
    list.map((r) =>
      presentFeeRow(
        r,
        relieved(
          feeOf(r, month),
          reliefs.find((x) => x.member_id === r.id),
        ),
        month,
      ),
    ),
  );
}

/** The amount after an exemption or reduction of the month, with the reason in the rule's text. */
function relieved(fee: FeeAmount, relief: { percent: number; reason: string } | undefined): FeeAmount {
  if (!relief || fee.exempt) return fee;
  const reason = RELIEF_REASON_LABELS[relief.reason as ReliefReason] ?? relief.reason;
  return {
    amount: dueAfterRelief(fee.amount, relief),
    exempt: relief.percent === 100,
    rule: `${fee.rule}; ${reliefLabel(relief.percent).toLowerCase()} (${reason.toLowerCase()})`,
  };
}

export async function recordPayments(deps: Deps, ctx: RequestCtx, input: z.infer<typeof paymentsBody>) {
  const actor = authorize(ctx, 'member.manage');
  const today = todayVn();
  return transact(deps, async (tx) => {
    const ids = [...new Set(input.payments.map((p) => p.memberId))];
    if ((await q.managedCount(tx, actor, ids)) !== ids.length) throw notFound(NOT_FOUND);
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

export async function arrears(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; month?: string | undefined },
): Promise<FeeArrears> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const { unit, where } = await unitMembers(db, actor, f.orgId);
  const through = f.month ? `${f.month}-01` : lastMonth();
  const list = await fq.arrears(db, where, through, FEE_RULES.arrearsMonths);
  return presentArrears(unit, through, FEE_RULES.arrearsMonths, list);
}

/** The chi bộ's fee book for a year: one row per member, the twelve months, the total. */
export async function feeBook(deps: Deps, ctx: RequestCtx, f: { orgId: number; year: number }) {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const { unit, where } = await unitMembers(db, actor, f.orgId);
  const december = `${f.year}-12-01`;
  const [list, payments] = await Promise.all([
    fq.monthSheet(db, where, december),
    fq.yearPayments(db, where, f.year),
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
  const body = await workbook([
    {
      name: `Sổ đảng phí ${f.year}`,
      caption: [
        `SỔ THU ĐẢNG PHÍ NĂM ${f.year}`,
        unit.name,
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
  return { name: `Sổ đảng phí ${f.year}.xlsx`, body };
}

// ---- For the finance area (server/modules/finance): sums by unit and month -----------------------

/**
 * What members paid per month (`YYYY-MM`) and unit, in the given units from `from` to `to`.
 * @trusted called by the finance service after it has checked the actor's role and the unit's scope;
 * it returns sums per unit, never a member's record.
 */
export async function paidByUnitMonth(
  db: Db,
  unitIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<string, Map<number, { amount: number; payers: number }>>> {
  const out = new Map<string, Map<number, { amount: number; payers: number }>>();
  for (const r of await fq.collectedByUnitMonth(db, unitIds, `${from}-01`, `${to}-01`)) {
    const m = out.get(r.month) ?? new Map();
    m.set(Number(r.org_id), { amount: Number(r.amount), payers: Number(r.payers) });
    out.set(r.month, m);
  }
  return out;
}

/**
 * What the active members of the given units owe per month (`YYYY-MM`) and unit under the fee
 * rules, their exemptions and reductions; members are counted from their first month owed (or the
 * first month they paid for, when that is earlier: a month paid for was owed).
 * @trusted called by the finance service after it has checked the actor's role and the unit's scope;
 * it returns sums per unit, never a member's record.
 */
export async function dueByUnitMonth(
  db: Db,
  unitIds: readonly number[],
  months: readonly string[],
): Promise<Map<string, Map<number, { due: number; members: number }>>> {
  const out = new Map<string, Map<number, { due: number; members: number }>>();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return out;
  const list = await fq.dueMembers(db, unitIds);
  const reliefs = await rq.covering(
    db,
    list.map((r) => r.id),
    `${first}-01`,
    `${last}-01`,
  );
  const byMember = new Map<number, { percent: number; from: string; to: string }[]>();
  for (const x of reliefs) {
    const l = byMember.get(Number(x.member_id)) ?? [];
    l.push({ percent: Number(x.percent), from: x.from_month, to: x.to_month });
    byMember.set(Number(x.member_id), l);
  }
  for (const month of months) {
    const day = `${month}-01`;
    const m = new Map<number, { due: number; members: number }>();
    for (const r of list) {
      const owedFrom = r.first_paid !== null && r.first_paid < r.fee_from ? r.first_paid : r.fee_from;
      if (owedFrom > day) continue;
      const fee = monthlyFee({
        basis: r.fee_basis,
        base: r.fee_base === null ? null : Number(r.fee_base),
        partyAgeYears: fullYears(r.party_start, monthEnd(day)),
      });
      const due = dueAfterRelief(fee.amount, reliefIn(byMember.get(Number(r.id)) ?? [], month));
      const cell = m.get(Number(r.org_id)) ?? { due: 0, members: 0 };
      cell.due += due;
      cell.members += due > 0 ? 1 : 0;
      m.set(Number(r.org_id), cell);
    }
    out.set(month, m);
  }
  return out;
}

/**
 * Members in arrears (three or more consecutive months unpaid up to `through`, `YYYY-MM`) per unit.
 * @trusted called by the finance service after it has checked the actor's role and the unit's scope;
 * it returns counts per unit, never a member's record.
 */
export async function arrearsByUnit(db: Db, unitIds: readonly number[], through: string) {
  const list = await fq.arrears(db, q.orgIn(unitIds), `${through}-01`, FEE_RULES.arrearsMonths);
  const out = new Map<number, number>();
  for (const r of list) out.set(Number(r.org_id), (out.get(Number(r.org_id)) ?? 0) + 1);
  return out;
}
