// Party fees paid through the national public-services portal (docs/finance.md): the statement file
// (CSV or Excel) is read into lines, each matched to a member by party card number among the members
// the actor manages in the unit; a matched line adds its amount to the member's month. Every
// transaction is kept once by its reference, so a line repeated in the file, or a file imported
// again, changes nothing. Unmatched lines wait for a person to name the member or set them aside.
import { readFile, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { todayVn } from '../../../../../domain/dates.ts';
import {
  parseCsv,
  readStatement,
  type StatementLine,
  StatementUnreadable,
} from '../../../../../domain/members/portal-statement.ts';
import { idParam } from '../../../../../domain/validation.ts';
import type { RequestCtx } from '../../../../auth/actor.ts';
import { authorize } from '../../../../auth/authorize.ts';
import { activeUnitInScope, scopeUnitIds, unitInScope } from '../../../../auth/scope.ts';
import { type Deps, transact } from '../../../../deps.ts';
import { ConflictError, notFound, RuleError, ValidationError } from '../../../../http/errors.ts';
import type { Upload } from '../../../../http/upload.ts';
import { recordAudit } from '../../../audit/service.ts';
import { checkXlsx } from '../../import/xlsx-guard.ts';
import * as q from '../../queries.ts';
import { NOT_FOUND } from '../../record.ts';
import { type PortalImportResult, type PortalLine, type PortalLineList, presentLine } from './presenter.ts';
import * as pq from './queries.ts';

const MAX_LINES = 50_000;

async function tableOf(file: Upload): Promise<unknown[][]> {
  const head = Buffer.from(await readFile(file.tempPath)).subarray(0, 4);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    await checkXlsx(file.tempPath, file.size);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.tempPath);
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const out: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      out.push(values.slice(1));
    });
    return out;
  }
  const bytes = await readFile(file.tempPath);
  if (bytes.includes(0)) throw new RuleError('not_statement', 'Tệp không phải sao kê dạng CSV hay Excel.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parseCsv(text);
}

/** The unit named in the form (a multipart field), checked like a query parameter. */
function orgIdOf(file: Upload): number {
  const parsed = idParam.safeParse(file.fields.orgId);
  if (!parsed.success) throw new ValidationError('Đơn vị: phải chọn đơn vị nhận sao kê.');
  return parsed.data;
}

/** Lines with their reference seen first in the file; the later repeats are duplicates. */
function firstOfEach(lines: readonly StatementLine[]): StatementLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => {
    if (seen.has(l.ref)) return false;
    seen.add(l.ref);
    return true;
  });
}

export async function importStatement(
  deps: Deps,
  ctx: RequestCtx,
  receive: () => Promise<Upload>,
): Promise<PortalImportResult> {
  const actor = authorize(ctx, 'member.manage');
  const file = await receive();
  try {
    const db = deps.database.db;
    const unit = await activeUnitInScope(db, actor, orgIdOf(file));
    let read: ReturnType<typeof readStatement>;
    try {
      read = readStatement(await tableOf(file));
    } catch (err) {
      if (err instanceof StatementUnreadable) throw new RuleError('statement_unreadable', err.message);
      throw err;
    }
    if (read.lines.length > MAX_LINES)
      throw new RuleError('statement_too_long', `Sao kê có quá ${MAX_LINES} dòng; hãy chia nhỏ tệp.`);
    const today = todayVn();
    if (read.lines.some((l) => l.paidOn > today))
      throw new RuleError('date_in_future', 'Sao kê có giao dịch ghi ngày ở tương lai.');
    const where = q.readableIn(actor, await scopeUnitIds(db, actor, unit.id));
    return await transact(deps, async (tx) => {
      const unique = firstOfEach(read.lines);
      const cards = [...new Set(unique.flatMap((l) => (l.cardNo ? [l.cardNo] : [])))];
      const byCard = new Map((await pq.membersByCard(tx, where, cards)).map((m) => [m.card, Number(m.id)]));
      const importId = await pq.insertImport(tx, {
        orgId: unit.id,
        fileName: file.filename,
        sha256: file.sha256,
        by: actor.userId,
      });
      const lines = unique.map((l) => ({ ...l, memberId: (l.cardNo && byCard.get(l.cardNo)) || null }));
      const inserted = new Set((await pq.insertLines(tx, importId, unit.id, lines)).map((r) => r.txn_ref));
      const added = lines.filter((l) => inserted.has(l.ref));
      const matched = added.filter((l) => l.memberId !== null);
      const sums = new Map<string, { memberId: number; month: string; amount: number; paidOn: string }>();
      for (const l of matched) {
        const key = `${l.memberId}|${l.month}`;
        const s = sums.get(key);
        if (s) {
          s.amount += l.amount;
          if (l.paidOn > s.paidOn) s.paidOn = l.paidOn;
        } else
          sums.set(key, {
            memberId: l.memberId as number,
            month: l.month,
            amount: l.amount,
            paidOn: l.paidOn,
          });
      }
      await pq.addPayments(tx, [...sums.values()], actor.userId);
      const counts = {
        linesRead: read.lines.length,
        added: added.length,
        duplicates: read.lines.length - added.length,
        matched: matched.length,
        unmatched: added.length - matched.length,
      };
      await pq.setImportCounts(tx, importId, counts);
      const amountMatched = matched.reduce((s, l) => s + l.amount, 0);
      await recordAudit(tx, ctx, {
        action: 'member.fee_portal_import',
        entity: 'member_fee_portal_import',
        entityId: importId,
        orgId: unit.id,
        after: { file: file.filename, sha256: file.sha256, ...counts, amountMatched },
      });
      return { importId, ...counts, amountMatched, rejected: read.rejected.slice(0, 500) };
    });
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

export async function listLines(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; status?: 'unmatched' | 'matched' | 'resolved' | 'dismissed' | undefined },
): Promise<PortalLineList> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const units = await scopeUnitIds(db, actor, unit.id);
  return { items: (await pq.linesOf(db, units, f.status)).map(presentLine) };
}

/** An unmatched line the actor may settle: imported into a unit of their scope (404 otherwise). */
async function openLine(tx: Parameters<typeof pq.lineForUpdate>[0], ctx: RequestCtx, id: number) {
  const actor = authorize(ctx, 'member.manage');
  const line = await pq.lineForUpdate(tx, id);
  if (!line) throw notFound('Dòng sao kê');
  await unitInScope(tx, actor, Number(line.org_id)).catch(() => {
    throw notFound('Dòng sao kê');
  });
  if (line.status !== 'unmatched') throw new ConflictError('line_settled', 'Dòng sao kê này đã được xử lý.');
  return { actor, line };
}

export async function resolveLine(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { memberId: number },
): Promise<PortalLine> {
  authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const { actor, line } = await openLine(tx, ctx, id);
    if ((await q.managedCount(tx, actor, [input.memberId])) !== 1) throw notFound(NOT_FOUND);
    await pq.settleLine(tx, id, {
      status: 'resolved',
      memberId: input.memberId,
      note: null,
      by: actor.userId,
    });
    await pq.addPayments(
      tx,
      [{ memberId: input.memberId, month: line.month, amount: Number(line.amount), paidOn: line.paid_on }],
      actor.userId,
    );
    await recordAudit(tx, ctx, {
      action: 'member.fee_portal_resolve',
      entity: 'member_fee_portal_line',
      entityId: id,
      orgId: Number(line.org_id),
      before: { status: line.status },
      after: { status: 'resolved', memberId: input.memberId, amount: Number(line.amount), month: line.month },
    });
    const after = await pq.lineForUpdate(tx, id);
    if (!after) throw new Error('line vanished');
    return presentLine(after);
  });
}

export async function dismissLine(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { note: string },
): Promise<PortalLine> {
  authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const { actor, line } = await openLine(tx, ctx, id);
    await pq.settleLine(tx, id, { status: 'dismissed', memberId: null, note: input.note, by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'member.fee_portal_dismiss',
      entity: 'member_fee_portal_line',
      entityId: id,
      orgId: Number(line.org_id),
      before: { status: line.status },
      after: { status: 'dismissed', note: input.note },
    });
    const after = await pq.lineForUpdate(tx, id);
    if (!after) throw new Error('line vanished');
    return presentLine(after);
  });
}
