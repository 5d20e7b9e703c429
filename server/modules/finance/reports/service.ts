// Fee reports of the finance area (docs/finance.md): the dashboard (collection rate and arrears by
// unit, each unit counting its whole subtree, and the monthly collections) and the fee report per
// unit and per month with the totals up the tree, in Excel and in Word.
import ExcelJS from 'exceljs';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { bottomUp, monthsBetween } from '../../../../domain/finance/remittance.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import { type Deps, readDb } from '../../../deps.ts';
import { note, packDocx, table } from '../../../office/index.ts';
import { arrearsByUnit, dueByUnitMonth } from '../../members/fees/service.ts';
import { placeOf } from '../../orgs/service.ts';
import { checkRange, remittanceOf, subtreeFlows } from '../flow.ts';
import { type FeeDashboard, perMille } from './presenter.ts';

type Range = { orgId: number; from: string; to: string };

export async function dashboard(deps: Deps, ctx: RequestCtx, f: Range): Promise<FeeDashboard> {
  const actor = authorize(ctx, 'finance.read');
  checkRange(f.from, f.to);
  const db = await readDb(deps, ctx);
  const unit = await unitInScope(db, actor, f.orgId);
  const months = monthsBetween(f.from, f.to);
  const flows = await subtreeFlows(db, ctx, unit.id, months);
  const ids = flows.flowUnits.map((u) => u.id);
  const [due, arrears] = await Promise.all([dueByUnitMonth(db, ids, months), arrearsByUnit(db, ids, f.to)]);
  const remittance = remittanceOf(flows, unit.id, months);
  const flowOf = new Map(remittance.lines.map((l) => [l.orgId, l]));
  // Each unit's own figures, then added into its parent's, from the bottom up.
  const sums = new Map<number, { due: number; paid: number; arrears: number }>();
  for (const u of flows.flowUnits) {
    let d = 0;
    let p = 0;
    for (const m of months) {
      d += due.get(m)?.get(u.id)?.due ?? 0;
      p += flows.paid.get(m)?.get(u.id)?.amount ?? 0;
    }
    sums.set(u.id, { due: d, paid: p, arrears: arrears.get(u.id) ?? 0 });
  }
  for (const u of bottomUp(flows.flowUnits, unit.id)) {
    if (u.id === unit.id || u.parentId === null) continue;
    const s = sums.get(u.id);
    const up = sums.get(u.parentId);
    if (!s || !up) continue;
    up.due += s.due;
    up.paid += s.paid;
    up.arrears += s.arrears;
  }
  return {
    orgId: unit.id,
    from: f.from,
    to: f.to,
    units: flows.units.map((u) => {
      const s = sums.get(Number(u.id)) ?? { due: 0, paid: 0, arrears: 0 };
      const fl = flowOf.get(Number(u.id)) ?? { collected: 0, kept: 0, remitted: 0 };
      return {
        orgId: Number(u.id),
        name: u.name,
        depth: Number(u.depth),
        due: s.due,
        paid: s.paid,
        ratePerMille: perMille(s.paid, s.due),
        arrears: s.arrears,
        collected: fl.collected,
        kept: fl.kept,
        remitted: fl.remitted,
      };
    }),
    months: months.map((m) => ({
      month: m,
      due: [...(due.get(m)?.values() ?? [])].reduce((a, x) => a + x.due, 0),
      paid: [...(flows.paid.get(m)?.values() ?? [])].reduce((a, x) => a + x.amount, 0),
    })),
  };
}

/** The report's table: one row per unit (its subtree's payments per month), the totals up the tree. */
async function reportTable(deps: Deps, ctx: RequestCtx, f: Range) {
  const d = await dashboard(deps, ctx, f);
  const months = monthsBetween(f.from, f.to);
  const db = deps.database.db;
  const flows = await subtreeFlows(db, ctx, d.orgId, months);
  // Payments per month of each unit's subtree.
  const perMonth = new Map<number, number[]>();
  for (const u of flows.flowUnits)
    perMonth.set(
      u.id,
      months.map((m) => flows.paid.get(m)?.get(u.id)?.amount ?? 0),
    );
  for (const u of bottomUp(flows.flowUnits, d.orgId)) {
    if (u.id === d.orgId || u.parentId === null) continue;
    const own = perMonth.get(u.id) ?? [];
    const up = perMonth.get(u.parentId);
    if (!up) continue;
    own.forEach((v, i) => {
      up[i] = (up[i] ?? 0) + v;
    });
  }
  return { d, months, perMonth };
}

const money = (n: number) => n.toLocaleString('vi-VN');
const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export async function reportFile(
  deps: Deps,
  ctx: RequestCtx,
  f: Range & { format: 'xlsx' | 'docx' },
): Promise<{ name: string; body: Buffer }> {
  authorize(ctx, 'finance.read');
  const { d, months, perMonth } = await reportTable(deps, ctx, f);
  const top = d.units[0];
  const title = `BÁO CÁO THU, NỘP ĐẢNG PHÍ TỪ THÁNG ${monthLabel(f.from)} ĐẾN THÁNG ${monthLabel(f.to)}`;
  const name = `Bao cao dang phi ${f.from} ${f.to}.${f.format}`;
  if (f.format === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'vanphong';
    const ws = wb.addWorksheet('Đảng phí');
    ws.addRow([title]).font = { bold: true, size: 14 };
    ws.addRow([top?.name ?? '']);
    ws.addRow([`Lập ngày ${formatDateVi(todayVn())}`]);
    ws.addRow([]);
    const header = ws.addRow([
      'Đơn vị',
      ...months.map((m) => `Tháng ${monthLabel(m)}`),
      'Phải thu',
      'Đã thu',
      'Tỷ lệ (%)',
      'Nợ từ 3 tháng',
      'Tổng thu của cấp',
      'Trích giữ lại',
      'Nộp cấp trên',
    ]);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const u of d.units) {
      const row = ws.addRow([
        `${'    '.repeat(u.depth)}${u.name}`,
        ...(perMonth.get(u.orgId) ?? []),
        u.due,
        u.paid,
        u.ratePerMille === null ? null : u.ratePerMille / 10,
        u.arrears,
        u.collected,
        u.kept,
        u.remitted,
      ]);
      if (u.depth === 0) row.font = { bold: true };
    }
    ws.getColumn(1).width = 40;
    for (let i = 2; i <= months.length + 8; i++) {
      ws.getColumn(i).width = 14;
      ws.getColumn(i).numFmt = '#,##0';
    }
    ws.getColumn(months.length + 4).numFmt = '0.0';
    return { name, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
  const place = await placeOf(deps.database.db, ctx, d.orgId);
  const body = await packDocx({
    title,
    landscape: true,
    heading: { issuer: top?.name ?? '', place, date: todayVn() },
    titleBlock: {
      typeName: 'Báo cáo',
      summary: `thu, nộp đảng phí từ tháng ${monthLabel(f.from)} đến tháng ${monthLabel(f.to)}`,
    },
    body: [
      table({
        columns: [
          { header: 'Đơn vị', share: 28 },
          { header: 'Phải thu', share: 11, align: 'right' },
          { header: 'Đã thu', share: 11, align: 'right' },
          { header: 'Tỷ lệ', share: 7, align: 'right' },
          { header: 'Nợ từ 3 tháng', share: 8, align: 'center' },
          { header: 'Tổng thu của cấp', share: 12, align: 'right' },
          { header: 'Trích giữ lại', share: 11, align: 'right' },
          { header: 'Nộp cấp trên', share: 12, align: 'right' },
        ],
        rows: d.units.map((u) => [
          `${'– '.repeat(u.depth)}${u.name}`,
          money(u.due),
          money(u.paid),
          u.ratePerMille === null ? '' : `${(u.ratePerMille / 10).toLocaleString('vi-VN')}%`,
          u.arrears,
          money(u.collected),
          money(u.kept),
          money(u.remitted),
        ]),
      }),
      table({
        columns: [
          { header: 'Tháng', share: 30, align: 'center' },
          { header: 'Phải thu (đồng)', share: 35, align: 'right' },
          { header: 'Đã thu (đồng)', share: 35, align: 'right' },
        ],
        rows: d.months.map((m) => [monthLabel(m.month), money(m.due), money(m.paid)]),
      }),
      note(
        'Tổng thu của cấp = đảng phí đảng viên của cấp nộp cộng số cấp dưới nộp lên; trích giữ lại và nộp cấp trên theo tỷ lệ đang áp dụng.',
        { before: 6 },
      ),
    ],
    closing: {
      signatures: [{ authority: 'T/M cấp ủy', position: 'Bí thư', name: null, hint: '(ký, ghi rõ họ tên)' }],
    },
  });
  return { name, body };
}
