// The collective's review (Mẫu 01, Hướng dẫn 43-HD/BTCTW) as Word, through the office kit: the
// self-assessment, the criteria the app computed (tasks on time, discipline), the scores and the
// proposed and decided grades, signed for the collective.
import { todayVn } from '../../../../domain/dates.ts';
import { heading, packDocx, paragraph, paragraphs, table } from '../../../office/index.ts';
import type { UnitReview } from './presenter.ts';

const num = (n: number) => n.toLocaleString('vi-VN');

export function reviewDocx(r: UnitReview, place: string): Promise<Buffer> {
  const t = r.tasks;
  return packDocx({
    title: `Báo cáo kiểm điểm tập thể ${r.periodLabel}`,
    heading: { issuer: r.orgName, place, date: todayVn() },
    titleBlock: { typeName: 'Báo cáo', summary: `kiểm điểm tập thể ${r.orgName} ${r.periodLabel}` },
    body: [
      heading('I. Tự kiểm điểm'),
      ...(r.rating?.selfReview
        ? paragraphs(r.rating.selfReview)
        : [paragraph('(Chưa có nội dung tự kiểm điểm.)')]),
      heading('II. Các tiêu chí tính từ số liệu theo dõi'),
      table({
        columns: [
          { header: 'Tiêu chí', share: 70 },
          { header: 'Kết quả', share: 30, align: 'center' },
        ],
        rows: [
          [`Nhiệm vụ đến hạn trong ${r.quarter ? 'quý' : 'năm'}`, num(t.due)],
          [
            'Hoàn thành đúng hạn',
            `${num(t.doneOnTime)}${t.onTimePercent !== null ? ` (${num(t.onTimePercent)}%)` : ''}`,
          ],
          ['Hoàn thành chậm', num(t.doneLate)],
          ['Quá hạn chưa hoàn thành', num(t.overdue)],
          [
            `Tỷ lệ chậm, quá hạn (tối đa ${num(t.lateLimitPercent)}%)`,
            t.latePercent === null ? '—' : `${num(t.latePercent)}%`,
          ],
          [`Đảng viên bị kỷ luật trong ${r.quarter ? 'quý' : 'năm'}`, num(r.disciplinedMembers)],
        ],
      }),
      heading('III. Tự đánh giá, xếp loại'),
      paragraph(
        r.rating
          ? `Điểm tiêu chí chung: ${num(r.rating.generalScore)}; điểm kết quả thực hiện nhiệm vụ: ${num(r.rating.resultScore)}; tổng: ${num(r.rating.total)} điểm. Tự xếp loại: ${r.rating.proposedLabel}.`
          : 'Chưa chấm điểm.',
      ),
      paragraph(`Cấp có thẩm quyền xếp loại: ${r.rating?.decidedLabel ?? 'chưa quyết định'}.`),
    ],
    closing: {
      signatures: [{ authority: 'T/M tập thể', position: 'Bí thư', name: null, hint: '(ký, ghi rõ họ tên)' }],
    },
  });
}
