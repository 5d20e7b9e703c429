// The destruction minutes (biên bản hủy tài liệu hết giá trị) as Word, described for the office kit:
// the grounds (approval decision, council review), the files destroyed, the method, the two
// signatures (the council's representative, whose name the system does not know, signs over
// "(ký, ghi rõ họ tên)"; the person who carried it out), and the documents as an annex. Produced
// once, when the destruction is carried out, stored in the file store and kept permanently with the
// list: minutes already stored are never rebuilt.
import { retentionLabel } from '../../../../domain/archive/schedule.ts';
import { formatDateVi } from '../../../../domain/dates.ts';
import { dateWords } from '../../../../domain/office.ts';
import { type Column, centered, packDocx, paragraph, space, table } from '../../../office/index.ts';

export interface MinutesInput {
  listId: number;
  title: string;
  orgName: string;
  superiorName: string | null;
  /** The unit's place name (địa danh). */
  place: string;
  executedOn: string;
  /** The full name of who carried it out; null when the system did (written by hand). */
  executedBy: string | null;
  decisionRef: string;
  approvedBy: string | null;
  reviewedOn: string | null;
  council: string | null;
  files: {
    code: string;
    title: string;
    year: number;
    retentionYears: number | null;
    reason: string | null;
    documents: number;
  }[];
  documents: {
    fileCode: string;
    symbol: string | null;
    date: string | null;
    summary: string;
    files: number;
  }[];
  storedFiles: number;
}

const SIGN_HINT = '(ký, ghi rõ họ tên)';

const FILE_COLUMNS: Column[] = [
  { header: 'STT', share: 6, align: 'center' },
  { header: 'Mã hồ sơ', share: 11 },
  { header: 'Tiêu đề hồ sơ', share: 33 },
  { header: 'Năm', share: 8, align: 'center' },
  { header: 'Số văn bản', share: 9, align: 'center' },
  { header: 'Thời hạn bảo quản', share: 13 },
  { header: 'Lý do hủy', share: 20 },
];

const DOCUMENT_COLUMNS: Column[] = [
  { header: 'STT', share: 6, align: 'center' },
  { header: 'Mã hồ sơ', share: 12 },
  { header: 'Số ký hiệu', share: 16 },
  { header: 'Ngày', share: 12, align: 'center' },
  { header: 'Trích yếu', share: 46 },
  { header: 'Số tệp', share: 8, align: 'center' },
];

export function minutesDocx(m: MinutesInput): Promise<Buffer> {
  return packDocx({
    title: `Biên bản hủy tài liệu — danh sách ${m.listId}`,
    heading: { superior: m.superiorName, issuer: m.orgName, place: m.place, date: m.executedOn },
    titleBlock: { typeName: 'Biên bản', summary: 'hủy tài liệu hết giá trị' },
    body: [
      paragraph(
        `Căn cứ Quyết định số ${m.decisionRef} phê duyệt danh sách tài liệu hết giá trị cần hủy «${m.title}»${m.approvedBy ? ` (người phê duyệt: ${m.approvedBy})` : ''};`,
      ),
      ...(m.reviewedOn
        ? [
            paragraph(
              `Căn cứ ý kiến của Hội đồng xác định giá trị tài liệu ngày ${formatDateVi(m.reviewedOn)}${m.council ? ` (${m.council})` : ''};`,
            ),
          ]
        : []),
      paragraph(
        `Hôm nay, ${dateWords(m.executedOn)}, ${m.orgName} tiến hành hủy tài liệu hết giá trị thuộc danh sách số ${m.listId}, gồm ${m.files.length} hồ sơ với ${m.documents.length} văn bản và ${m.storedFiles} tệp, cụ thể như sau:`,
      ),
      table({
        columns: FILE_COLUMNS,
        rows: m.files.map((f, i) => [
          i + 1,
          f.code,
          f.title,
          f.year,
          f.documents,
          retentionLabel(f.retentionYears),
          f.reason ?? '',
        ]),
      }),
      space(6),
      paragraph(
        'Phương thức hủy: xóa nội dung văn bản và các tệp đính kèm khỏi hệ thống; tệp không còn được văn bản nào khác sử dụng bị xóa khỏi kho lưu trữ tệp. Thông tin mô tả (số ký hiệu, ngày, trích yếu, tên, dung lượng và mã băm SHA-256 của từng tệp) của mỗi văn bản đã hủy được giữ lại.',
      ),
      paragraph('Danh sách tài liệu hủy và biên bản này được bảo quản vĩnh viễn.'),
    ],
    closing: {
      signatures: [
        { position: 'Đại diện Hội đồng\nxác định giá trị tài liệu', name: null, hint: SIGN_HINT },
        { position: 'Người thực hiện', name: m.executedBy?.trim() || null, hint: SIGN_HINT },
      ],
    },
    annex: [
      space(),
      centered('PHỤ LỤC: CÁC VĂN BẢN ĐÃ HỦY', { bold: true }),
      table({
        columns: DOCUMENT_COLUMNS,
        rows: m.documents.map((d, i) => [
          i + 1,
          d.fileCode,
          d.symbol ?? '',
          formatDateVi(d.date),
          d.summary,
          d.files,
        ]),
      }),
    ],
  });
}
