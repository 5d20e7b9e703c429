// The destruction minutes (biên bản hủy tài liệu hết giá trị) as Word, in the Party layout's fonts
// and margins: the grounds (approval decision, council review), the files destroyed, the documents
// as an annex, the method, and the signatures. Produced once, when the destruction is carried out,
// stored in the file store and kept permanently with the list.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { retentionLabel } from '../../../../domain/archive/schedule.ts';
import { formatDateVi } from '../../../../domain/dates.ts';
import { PARTY_LAYOUT as L } from '../../../../domain/party-layout.ts';

export interface MinutesInput {
  listId: number;
  title: string;
  orgName: string;
  superiorName: string | null;
  executedOn: string;
  executedBy: string;
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

const pt = (n: number) => n * 2;
const mm = (n: number) => Math.round((n * 1440) / 25.4);

function run(text: string, size: number, opts: { bold?: boolean; italics?: boolean } = {}) {
  return new TextRun({
    text,
    font: L.font,
    size: pt(size),
    bold: opts.bold ?? false,
    italics: opts.italics ?? false,
  });
}

function para(
  text: string | TextRun[],
  opts: {
    size?: number;
    bold?: boolean;
    italics?: boolean;
    center?: boolean;
    indent?: boolean;
    after?: number;
  } = {},
) {
  const children = typeof text === 'string' ? [run(text, opts.size ?? L.sizes.body, opts)] : text;
  return new Paragraph({
    children,
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: opts.after ?? 60, line: Math.round(240 * L.lineSpacing) },
    ...(opts.indent ? { indent: { firstLine: mm(L.firstLineIndentMm) } } : {}),
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE };

function plainCell(children: Paragraph[], width: number) {
  return new TableCell({ children, borders: NO_BORDERS, width: { size: width, type: WidthType.PERCENTAGE } });
}

function gridTable(headers: string[], widths: number[], body: string[][]) {
  const cell = (t: string, w: number, bold: boolean) =>
    new TableCell({
      children: [para(t, { size: 12, bold, center: bold, after: 0 })],
      borders: GRID,
      width: { size: w, type: WidthType.PERCENTAGE },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widths[i] ?? 10, true)) }),
      ...body.map((r) => new TableRow({ children: r.map((t, i) => cell(t, widths[i] ?? 10, false)) })),
    ],
  });
}

function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${Number(m)} năm ${y}`;
}

export async function minutesDocx(m: MinutesInput): Promise<Buffer> {
  const heading = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        children: [
          plainCell(
            [
              ...(m.superiorName
                ? [
                    para(m.superiorName.toLocaleUpperCase('vi'), {
                      size: L.sizes.superiorBody,
                      center: true,
                      after: 0,
                    }),
                  ]
                : []),
              para(m.orgName.toLocaleUpperCase('vi'), {
                size: L.sizes.issuingBody,
                bold: true,
                center: true,
                after: 0,
              }),
              para('*', { size: L.sizes.issuingBody, center: true, after: 0 }),
            ],
            45,
          ),
          plainCell(
            [
              para(L.nationalHeading, {
                size: L.sizes.nationalHeading,
                bold: true,
                center: true,
                after: 120,
              }),
              para(dateWords(m.executedOn).replace(/^n/, 'N'), {
                size: L.sizes.placeDate,
                italics: true,
                center: true,
              }),
            ],
            55,
          ),
        ],
      }),
    ],
  });
  const docCount = m.documents.length;
  const children = [
    heading,
    para('', { after: 200 }),
    para('BIÊN BẢN', { size: L.sizes.typeName, bold: true, center: true, after: 0 }),
    para('hủy tài liệu hết giá trị', { size: L.sizes.summary, bold: true, center: true, after: 240 }),
    para(
      `Căn cứ Quyết định số ${m.decisionRef} phê duyệt danh sách tài liệu hết giá trị cần hủy «${m.title}»${m.approvedBy ? ` (người phê duyệt: ${m.approvedBy})` : ''};`,
      { indent: true },
    ),
    ...(m.reviewedOn
      ? [
          para(
            `Căn cứ ý kiến của Hội đồng xác định giá trị tài liệu ngày ${formatDateVi(m.reviewedOn)}${m.council ? ` (${m.council})` : ''};`,
            { indent: true },
          ),
        ]
      : []),
    para(
      `Hôm nay, ${dateWords(m.executedOn)}, ${m.orgName} tiến hành hủy tài liệu hết giá trị thuộc danh sách số ${m.listId}, gồm ${m.files.length} hồ sơ với ${docCount} văn bản và ${m.storedFiles} tệp, cụ thể như sau:`,
      { indent: true, after: 120 },
    ),
    gridTable(
      ['STT', 'Mã hồ sơ', 'Tiêu đề hồ sơ', 'Năm', 'Số văn bản', 'Thời hạn bảo quản', 'Lý do hủy'],
      [6, 11, 33, 8, 9, 13, 20],
      m.files.map((f, i) => [
        String(i + 1),
        f.code,
        f.title,
        String(f.year),
        String(f.documents),
        retentionLabel(f.retentionYears),
        f.reason ?? '',
      ]),
    ),
    para('', { after: 120 }),
    para(
      'Phương thức hủy: xóa nội dung văn bản và các tệp đính kèm khỏi hệ thống; tệp không còn được văn bản nào khác sử dụng bị xóa khỏi kho lưu trữ tệp. Thông tin mô tả (số ký hiệu, ngày, trích yếu, tên, dung lượng và mã băm SHA-256 của từng tệp) của mỗi văn bản đã hủy được giữ lại.',
      { indent: true },
    ),
    para('Danh sách tài liệu hủy và biên bản này được bảo quản vĩnh viễn.', { indent: true, after: 240 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
      rows: [
        new TableRow({
          children: [
            plainCell(
              [
                para('ĐẠI DIỆN HỘI ĐỒNG', { size: L.sizes.signature, bold: true, center: true, after: 0 }),
                para('XÁC ĐỊNH GIÁ TRỊ TÀI LIỆU', {
                  size: L.sizes.signature,
                  bold: true,
                  center: true,
                  after: 0,
                }),
                para('(ký, ghi rõ họ tên)', { size: 12, italics: true, center: true, after: 1200 }),
              ],
              50,
            ),
            plainCell(
              [
                para('NGƯỜI THỰC HIỆN', { size: L.sizes.signature, bold: true, center: true, after: 0 }),
                para('(ký, ghi rõ họ tên)', { size: 12, italics: true, center: true, after: 1200 }),
                para(m.executedBy, { size: L.sizes.signature, bold: true, center: true }),
              ],
              50,
            ),
          ],
        }),
      ],
    }),
    para('', { after: 240 }),
    para('PHỤ LỤC: CÁC VĂN BẢN ĐÃ HỦY', { size: L.sizes.body, bold: true, center: true, after: 120 }),
    gridTable(
      ['STT', 'Mã hồ sơ', 'Số ký hiệu', 'Ngày', 'Trích yếu', 'Số tệp'],
      [6, 12, 16, 12, 46, 8],
      m.documents.map((d, i) => [
        String(i + 1),
        d.fileCode,
        d.symbol ?? '',
        formatDateVi(d.date),
        d.summary,
        String(d.files),
      ]),
    ),
  ];
  const doc = new Document({
    creator: 'vanphong',
    title: `Biên bản hủy tài liệu — danh sách ${m.listId}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: mm(L.marginsMm.top),
              bottom: mm(L.marginsMm.bottom),
              left: mm(L.marginsMm.left),
              right: mm(L.marginsMm.right),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
