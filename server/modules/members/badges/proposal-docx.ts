// The badge proposal list per occasion as Word, described for the office kit: the unit's heading
// dated today, the list (7 columns with the cash gift, landscape), the total in italics, and the
// signature of the standing committee, whose signer writes the name by hand ("(ký, ghi rõ họ tên)").
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { type Column, note, packDocx, table } from '../../../office/index.ts';
import type { BadgeDueList } from './presenter.ts';

const money = (n: number | null) => (n === null ? '' : n.toLocaleString('vi-VN'));

// Seven columns with the names of people and cells: landscape A4, so that a name, a date or an
// amount stays on one line.
const COLUMNS: Column[] = [
  { header: 'STT', share: 5, align: 'center' },
  { header: 'Họ và tên', share: 24 },
  { header: 'Ngày sinh', share: 10, align: 'center' },
  { header: 'Ngày vào Đảng', share: 10, align: 'center' },
  { header: 'Chi bộ', share: 24 },
  { header: 'Huy hiệu', share: 12, align: 'center' },
  { header: 'Tiền thưởng (đồng)', share: 12, align: 'right' },
];

/** The list as .docx bytes; `place` is the proposing unit's place name (địa danh). */
export function proposalDocx(d: BadgeDueList, place: string): Promise<Buffer> {
  const rows = d.items.map((it, i) => [
    i + 1,
    it.fullName,
    formatDateVi(it.birthDate),
    formatDateVi(it.admittedOn),
    it.orgName,
    `${it.years} năm${it.posthumous ? ' (truy tặng)' : it.early ? ' (tặng sớm)' : ''}`,
    money(it.cashGift),
  ]);
  const total = d.items.reduce((s, r) => s + (r.cashGift ?? 0), 0);
  const occasion = d.occasion ?? formatDateVi(d.on);
  return packDocx({
    title: `Danh sách đề nghị tặng Huy hiệu Đảng đợt ${occasion}`,
    landscape: true,
    heading: { issuer: d.orgName, place, date: todayVn() },
    titleBlock: { typeName: 'Danh sách', summary: `đề nghị tặng Huy hiệu Đảng đợt ${occasion}` },
    body: [
      table({ columns: COLUMNS, rows }),
      note(
        `Tổng cộng: ${d.items.length} đồng chí; tiền thưởng ${money(total)} đồng` +
          (d.baseSalary ? ` (mức lương cơ sở ${money(d.baseSalary.amount)} đồng).` : '.'),
        { before: 6 },
      ),
    ],
    closing: {
      signatures: [
        { authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: null, hint: '(ký, ghi rõ họ tên)' },
      ],
    },
  });
}
