// A member's review on its form (Mẫu 2A, 2B, 2C of Hướng dẫn 43-HD/BTCTW) as Word, through the office
// kit: who writes it, the sections in the form's order, the criteria the app computed beside them, the
// self-assessment, the chi bộ's proposal and the grade decided one level up; signed by the member.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { heading, note, packDocx, paragraph, paragraphs, table } from '../../../office/index.ts';
import type { MemberReview } from './presenter.ts';

const num = (n: number) => n.toLocaleString('vi-VN');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function criteriaRows(r: MemberReview): string[][] {
  const c = r.criteria;
  const rows: string[][] = [];
  if (c.tasks) {
    rows.push(['Nhiệm vụ đến hạn', num(c.tasks.due)]);
    rows.push([
      'Hoàn thành đúng hạn',
      `${num(c.tasks.doneOnTime)}${c.tasks.onTimePercent !== null ? ` (${num(c.tasks.onTimePercent)}%)` : ''}`,
    ]);
    rows.push(['Hoàn thành chậm, quá hạn', num(c.tasks.doneLate + c.tasks.overdue)]);
  } else rows.push(['Nhiệm vụ được giao', 'Không theo dõi trên hệ thống']);
  if (c.meetings)
    rows.push([
      'Sinh hoạt chi bộ (có mặt / số cuộc)',
      `${num(c.meetings.present)}/${num(c.meetings.meetings)}${c.meetings.absent ? `; vắng không lý do ${num(c.meetings.absent)}` : ''}`,
    ]);
  rows.push([
    'Đóng đảng phí (tháng đã đóng / phải đóng)',
    `${num(c.fees.monthsPaid)}/${num(c.fees.monthsOwed)}${c.fees.unpaid.length ? `; chưa đóng: ${c.fees.unpaid.map((m) => `${m.slice(5)}/${m.slice(0, 4)}`).join(', ')}` : ''}`,
  ]);
  if (c.discipline)
    rows.push([
      'Kỷ luật trong kỳ',
      c.discipline.decisions.length
        ? c.discipline.decisions.map((d) => `${d.formLabel} (${formatDateVi(d.decidedOn)})`).join('; ')
        : 'Không',
    ]);
  return rows;
}

export function memberReviewDocx(r: MemberReview, place: string): Promise<Buffer> {
  const form = r.form ?? r.suggestedForm;
  const formLabel = r.forms.find((f) => f.form === form)?.label ?? form;
  const sections = r.sections.flatMap((s, i) => [
    heading(`${ROMAN[i] ?? i + 1}. ${s.label}`),
    ...(s.text ? paragraphs(s.text) : [paragraph('(Chưa viết.)')]),
  ]);
  const n = r.sections.length;
  return packDocx({
    title: `Bản kiểm điểm cá nhân ${r.periodLabel} — ${r.fullName}`,
    heading: { issuer: r.orgName, place, date: todayVn() },
    titleBlock: { typeName: 'Bản kiểm điểm cá nhân', summary: r.periodLabel, note: `(${formLabel})` },
    body: [
      paragraph(`Họ và tên: ${r.fullName}`),
      paragraph(`Chức vụ: ${r.position ?? '—'}`),
      paragraph(`Sinh hoạt tại: ${r.orgName}`),
      ...sections,
      heading(`${ROMAN[n] ?? n + 1}. Các tiêu chí tính từ số liệu theo dõi`),
      table({
        columns: [
          { header: 'Tiêu chí', share: 60 },
          { header: 'Kết quả', share: 40, align: 'center' },
        ],
        rows: criteriaRows(r),
      }),
      heading(`${ROMAN[n + 1] ?? n + 2}. Tự nhận mức xếp loại chất lượng`),
      paragraph(
        r.self
          ? `Điểm tiêu chí chung: ${num(r.self.generalScore)}; điểm kết quả thực hiện nhiệm vụ: ${num(r.self.resultScore)}; tổng: ${num(r.self.total)} điểm. Tự xếp loại: ${r.self.label}.`
          : 'Chưa tự chấm điểm.',
      ),
      paragraph(
        `Chi bộ đề xuất: ${r.proposed ? `${r.proposed.label}${r.proposed.on ? ` (ngày ${formatDateVi(r.proposed.on)})` : ''}` : 'chưa đề xuất'}.`,
      ),
      paragraph(
        `Cấp ủy cấp trên quyết định: ${r.decided ? `${r.decided.label}${r.decided.orgName ? `, ${r.decided.orgName}` : ''}${r.decided.on ? ` (ngày ${formatDateVi(r.decided.on)})` : ''}` : 'chưa quyết định'}.`,
      ),
      note(r.formSource),
    ],
    closing: { signatures: [{ position: 'Người tự kiểm điểm', name: r.fullName }] },
  });
}
