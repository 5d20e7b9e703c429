// The weekly schedule as a printable Word file, through the office kit: landscape A4, one row per
// event grouped by day (the weekday and date on the day's first row), the conflicts marked in the
// row and listed under the table. Unnumbered ("Số        -LT/TU"), without signature.
import { formatDateVi } from '../../../../domain/dates.ts';
import { REPORT_LAYOUT, type ReportLayout } from '../../../../domain/programs/layout.ts';
import { type Column, note, type OfficeDocumentSpec, packDocx, table } from '../../../office/index.ts';
import type { ScheduleWeek as Week } from './presenter.ts';

const COLUMNS: Column[] = [
  { header: 'Thứ, ngày', share: 10, align: 'center' },
  { header: 'Thời gian', share: 9, align: 'center' },
  { header: 'Nội dung', share: 30 },
  { header: 'Chủ trì', share: 12 },
  { header: 'Thành phần', share: 17 },
  { header: 'Địa điểm', share: 11 },
  { header: 'Đơn vị chuẩn bị', share: 11 },
];

function rowsOf(w: Week, layout: ReportLayout): string[][] {
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
  return rows;
}

export function scheduleSpec(
  w: Week,
  ctx: { superior: string | null; shortCode: string; place: string; today: string },
  layout: ReportLayout = REPORT_LAYOUT,
): OfficeDocumentSpec {
  const conflicts = w.conflicts.map((c) =>
    note(
      `- Đồng chí ${c.fullName}: ${c.events.map((e) => `«${e.title}» (${e.startTime} ${formatDateVi(e.date)})`).join(' và ')}.`,
      { italics: false, after: 0 },
    ),
  );
  return {
    title: `${layout.schedule.typeName} ${formatDateVi(w.weekStart)} – ${formatDateVi(w.weekEnd)}`,
    layout: layout.party,
    landscape: layout.schedule.landscape,
    heading: {
      superior: ctx.superior,
      issuer: w.orgName,
      symbol: { typeCode: 'LT', issuerCode: ctx.shortCode },
      place: ctx.place,
      date: ctx.today,
    },
    titleBlock: {
      typeName: layout.schedule.typeName,
      note: `(Từ ngày ${formatDateVi(w.weekStart)} đến ngày ${formatDateVi(w.weekEnd)})`,
    },
    body: [
      table({ columns: COLUMNS, rows: rowsOf(w, layout) }),
      ...(conflicts.length > 0
        ? [note('Lưu ý trùng lịch:', { bold: true, italics: false, before: 10, after: 0 }), ...conflicts]
        : []),
    ],
  };
}

export function buildScheduleDocx(
  w: Week,
  ctx: { superior: string | null; shortCode: string; place: string; today: string },
  layout: ReportLayout = REPORT_LAYOUT,
): Promise<Buffer> {
  return packDocx(scheduleSpec(w, ctx, layout));
}
