// The attendance and reflection list of a study session as Excel (exceljs): a caption with the unit,
// the text studied and the time, then one row per member in name order, and the totals.
import ExcelJS from 'exceljs';
import { formatDateTimeVi } from '../../../../../domain/dates.ts';
import type { StudySessionDetail } from '../presenter.ts';

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: 'STT', key: 'n', width: 6 },
  { header: 'Họ và tên', key: 'fullName', width: 28 },
  { header: 'Chi bộ', key: 'orgName', width: 28 },
  { header: 'Điểm danh', key: 'status', width: 18 },
  { header: 'Lý do vắng', key: 'reason', width: 24 },
  { header: 'Điểm cầu', key: 'point', width: 20 },
  { header: 'Học bù', key: 'madeUp', width: 18 },
  { header: 'Kết quả', key: 'state', width: 14 },
  { header: 'Bài thu hoạch', key: 'reflection', width: 20 },
  { header: 'Xếp loại', key: 'grade', width: 12 },
  { header: 'Điểm', key: 'score', width: 8 },
  { header: 'Nhận xét', key: 'comment', width: 36 },
];

export async function attendanceWorkbook(d: StudySessionDetail): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const ws = wb.addWorksheet('Điểm danh');
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const caption = [
    d.orgName,
    d.title,
    `${d.resolution.ref}: ${d.resolution.title}`,
    `${d.modeLabel}, ${formatDateTimeVi(d.startsAt)}${d.place ? `, ${d.place}` : ''}${d.bridge ? `, điểm cầu chính: ${d.bridge.host}` : ''}`,
  ];
  caption.forEach((line, i) => {
    const row = ws.addRow([line]);
    row.font = { bold: i < 2, size: i === 1 ? 14 : 12 };
  });
  ws.addRow([]);
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  d.attendees.forEach((a, i) => {
    ws.addRow({
      n: i + 1,
      fullName: a.fullName,
      orgName: a.orgName,
      status: a.statusLabel ?? 'Chưa điểm danh',
      reason: a.reason ?? '',
      point: a.point ?? '',
      madeUp: a.madeUpAt ? formatDateTimeVi(a.madeUpAt) : '',
      state: a.stateLabel,
      reflection: a.reflection?.submittedAt
        ? `Đã nộp ${formatDateTimeVi(a.reflection.submittedAt)}`
        : 'Chưa nộp',
      grade: a.reflection?.gradeLabel ?? '',
      score: a.reflection?.score ?? null,
      comment: a.reflection?.comment ?? '',
    });
  });
  const c = d.counts;
  ws.addRow([]);
  ws.addRow([
    `Dự kiến ${c.expected}; có mặt ${c.present}; vắng có lý do ${c.absentExcused}; vắng không lý do ${c.absent}; ` +
      `học bù ${c.madeUp}; chưa học ${c.notStudied}; bài thu hoạch đã nộp ${c.reflections}, đã chấm ${c.marked}, đạt ${c.passed}.`,
  ]).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
