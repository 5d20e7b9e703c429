// The weekly schedule as a printable Word file: landscape A4, one row per event grouped by day, the
// conflicts marked; layout values from domain/programs/layout.ts.
import { Packer, type Paragraph, type Table } from 'docx';
import { formatDateVi } from '../../../../domain/dates.ts';
import { placeAndDate } from '../../../../domain/party-layout.ts';
import { REPORT_LAYOUT, type ReportLayout } from '../../../../domain/programs/layout.ts';
import { document, grid, heading, text } from '../docx-kit.ts';
import type { ScheduleWeek as Week } from './presenter.ts';

export async function buildScheduleDocx(
  w: Week,
  ctx: { superior: string | null; shortCode: string; today: string },
  layout: ReportLayout = REPORT_LAYOUT,
): Promise<Buffer> {
  const s = layout.sizes;
  const size = layout.schedule.table;
  const rows: string[][] = [];
  for (const day of w.days) {
    const events = w.events.filter((e) => e.date === day.date);
    events.forEach((e, i) => {
      const who = [e.participantNames.join(', '), e.participants ?? ''].filter(Boolean).join('; ');
      rows.push([
        i === 0 ? `${day.weekday}\n${formatDateVi(day.date)}` : '',
        e.endTime ? `${e.startTime} – ${e.endTime}` : e.startTime,
        e.conflict ? `${e.title}\n${layout.schedule.conflictMark}` : e.title,
        e.chairName ?? '',
        who,
        e.place ?? '',
        e.preparingOrgName ?? '',
      ]);
    });
  }
  if (rows.length === 0) rows.push(['', '', 'Không có lịch công tác trong tuần.', '', '', '', '']);
  const children: (Paragraph | Table)[] = [
    heading(layout, {
      superior: ctx.superior,
      body: w.orgName,
      symbol: `Số        -LT/${ctx.shortCode}`,
      placeDate: placeAndDate('……………', ctx.today),
    }),
    text(
      layout,
      layout.schedule.typeName,
      { size: s.typeName, bold: true },
      { align: 'center', before: 240, after: 0 },
    ),
    text(
      layout,
      `(Từ ngày ${formatDateVi(w.weekStart)} đến ngày ${formatDateVi(w.weekEnd)})`,
      { size: s.summary, italics: true },
      { align: 'center', after: 240 },
    ),
    grid(
      layout,
      size,
      ['Thứ, ngày', 'Thời gian', 'Nội dung', 'Chủ trì', 'Thành phần', 'Địa điểm', 'Đơn vị chuẩn bị'],
      rows,
      [10, 9, 30, 12, 17, 11, 11],
      ['center', 'center', 'left', 'left', 'left', 'left', 'left'],
    ),
  ];
  if (w.conflicts.length > 0) {
    children.push(
      text(
        layout,
        'Lưu ý trùng lịch:',
        { size: s.body, bold: true },
        { align: 'left', before: 200, after: 0 },
      ),
      ...w.conflicts.map((c) =>
        text(
          layout,
          `- Đồng chí ${c.fullName}: ${c.events.map((e) => `«${e.title}» (${e.startTime} ${formatDateVi(e.date)})`).join(' và ')}.`,
          { size: s.body },
          { align: 'left', after: 0 },
        ),
      ),
    );
  }
  return Packer.toBuffer(document(layout, children, layout.schedule.landscape));
}
