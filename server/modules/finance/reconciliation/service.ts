// Reconciliation of remittances (docs/finance.md): each level records what it received from each
// unit directly below for a month (one figure per unit and month; a new figure replaces the old and
// the audit keeps both), and compares it with what that unit should have remitted by the shares in
// force. Differences are listed by unit and month.
import { todayVn } from '../../../../domain/dates.ts';
import { monthsBetween } from '../../../../domain/finance/remittance.ts';
import type { receiptBody } from '../../../../domain/finance/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { checkRange, flowsOfMonth, subtreeFlows } from '../flow.ts';
import { type FinanceReceipt, presentReceipt, type Reconciliation } from './presenter.ts';
import * as q from './queries.ts';

export async function recordReceipt(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof receiptBody>,
): Promise<FinanceReceipt> {
  const actor = authorize(ctx, 'finance.manage');
  if (input.receivedOn > todayVn())
    throw new RuleError('date_in_future', 'Ngày nhận không được ở tương lai.');
  return transact(deps, async (tx) => {
    const unit = await unitInScope(tx, actor, input.orgId);
    const child = await q.directChild(tx, unit.id, input.fromOrgId);
    if (!child)
      throw new RuleError(
        'not_directly_below',
        'Đơn vị nộp phải là đơn vị trực thuộc trực tiếp của đơn vị nhận.',
      );
    const before = await q.receiptForUpdate(tx, input.fromOrgId, input.month);
    const row = await q.upsertReceipt(tx, {
      ...input,
      note: input.note || null,
      by: actor.userId,
    });
    if (!row) throw new Error('receipt not written');
    await recordAudit(tx, ctx, {
      action: 'finance.receipt',
      entity: 'finance_receipt',
      entityId: Number(row.id),
      orgId: unit.id,
      before: before ? presentReceipt(before) : undefined,
      after: presentReceipt(row),
    });
    return presentReceipt(row);
  });
}

export async function reconciliation(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; from: string; to: string },
): Promise<Reconciliation> {
  const actor = authorize(ctx, 'finance.read');
  checkRange(f.from, f.to);
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const months = monthsBetween(f.from, f.to);
  const flows = await subtreeFlows(db, ctx, unit.id, months);
  const children = flows.units.filter((u) => u.parent_id !== null && Number(u.parent_id) === unit.id);
  const received = new Map(
    (await q.receiptsOf(db, unit.id, f.from, f.to)).map((r) => [
      `${r.from_org_id}|${r.month}`,
      Number(r.amount),
    ]),
  );
  const lines: Reconciliation['lines'] = [];
  for (const m of months) {
    const month = flowsOfMonth(flows, unit.id, m);
    for (const c of children) {
      const expected = month.get(Number(c.id))?.remitted ?? 0;
      const got = received.get(`${c.id}|${m}`);
      if (expected === 0 && got === undefined) continue;
      lines.push({
        fromOrgId: Number(c.id),
        fromOrgName: c.name,
        month: m,
        expected,
        received: got ?? null,
        difference: (got ?? 0) - expected,
      });
    }
  }
  return {
    orgId: unit.id,
    from: f.from,
    to: f.to,
    expected: lines.reduce((s, l) => s + l.expected, 0),
    received: lines.reduce((s, l) => s + (l.received ?? 0), 0),
    differences: lines.filter((l) => l.difference !== 0).length,
    lines,
  };
}
