// The draft synthesis for the standing committee in the Party layout (server/office): counts by
// category and by place, the severe items quoted, the open hot issues, and the units that reported.
import { formatDateVi } from '../../../../domain/dates.ts';
import { SEVERITY_LABELS } from '../../../../domain/intel/labels.ts';
import { type Block, packDocx, paragraph, space, table } from '../../../office/index.ts';

export interface SynthesisInput {
  superiorName: string | null;
  orgName: string;
  place: string;
  from: string;
  to: string;
  categories: { name: string; n: number; people: number; severe: number }[];
  places: { name: string; n: number; severe: number; top: string }[];
  severe: {
    summary: string;
    severity: number;
    occurredOn: string;
    placeName: string;
    categoryName: string;
    people: number | null;
  }[];
  issues: { title: string; placeName: string; categoryName: string; statusLabel: string; severity: number }[];
  reportingUnits: number;
  reports: number;
}

function numbered(title: string): Block {
  return paragraph(title, { bold: true });
}

export function synthesisDocx(s: SynthesisInput): Promise<Buffer> {
  const total = s.categories.reduce((a, c) => a + c.n, 0);
  const body: Block[] = [
    paragraph(
      `Từ ngày ${formatDateVi(s.from)} đến ngày ${formatDateVi(s.to)}, ${s.reportingUnits} đơn vị cấp dưới gửi ${s.reports} báo cáo; ` +
        `tổng hợp ${total} vụ việc, trong đó ${s.severe.length} vụ nghiêm trọng trở lên.`,
    ),
    numbered('I. SỐ VỤ VIỆC THEO LĨNH VỰC'),
    table({
      columns: [
        { header: 'STT', mm: 12, align: 'center' },
        { header: 'Lĩnh vực', share: 3 },
        { header: 'Số vụ', mm: 20, align: 'right' },
        { header: 'Nghiêm trọng', mm: 26, align: 'right' },
        { header: 'Số người liên quan', mm: 30, align: 'right' },
      ],
      rows: [
        ...s.categories.map((c, i) => [i + 1, c.name, c.n, c.severe, c.people]),
        [
          { text: '', bold: true },
          { text: 'Tổng cộng', bold: true },
          { text: total, bold: true },
          { text: s.categories.reduce((a, c) => a + c.severe, 0), bold: true },
          { text: s.categories.reduce((a, c) => a + c.people, 0), bold: true },
        ],
      ],
    }),
    space(6),
    numbered('II. SỐ VỤ VIỆC THEO ĐỊA BÀN'),
    table({
      columns: [
        { header: 'STT', mm: 12, align: 'center' },
        { header: 'Địa bàn', share: 2 },
        { header: 'Số vụ', mm: 20, align: 'right' },
        { header: 'Nghiêm trọng', mm: 26, align: 'right' },
        { header: 'Lĩnh vực nhiều nhất', share: 2 },
      ],
      rows: s.places.map((p, i) => [i + 1, p.name, p.n, p.severe, p.top]),
    }),
    space(6),
    numbered('III. CÁC VỤ VIỆC NGHIÊM TRỌNG'),
    ...(s.severe.length === 0
      ? [paragraph('Không có vụ việc nghiêm trọng trong kỳ.')]
      : s.severe.map((it, i) =>
          paragraph(
            `${i + 1}. ${it.placeName}, ngày ${formatDateVi(it.occurredOn)} (${it.categoryName}; ${
              SEVERITY_LABELS[it.severity] ?? it.severity
            }${it.people ? `; ${it.people} người liên quan` : ''}): “${it.summary}”`,
          ),
        )),
    space(6),
    numbered('IV. CÁC VỤ VIỆC, ĐIỂM NÓNG ĐANG THEO DÕI'),
    ...(s.issues.length === 0
      ? [paragraph('Không có vụ việc, điểm nóng đang theo dõi.')]
      : [
          table({
            columns: [
              { header: 'STT', mm: 12, align: 'center' },
              { header: 'Vụ việc, điểm nóng', share: 4 },
              { header: 'Địa bàn', share: 2 },
              { header: 'Lĩnh vực', share: 2 },
              { header: 'Tình trạng', share: 2 },
            ],
            rows: s.issues.map((x, i) => [i + 1, x.title, x.placeName, x.categoryName, x.statusLabel]),
          }),
        ]),
    space(6),
    numbered('V. ĐỀ XUẤT'),
    paragraph('(Văn phòng đề xuất Ban Thường vụ chỉ đạo đối với các vụ việc, điểm nóng nêu trên.)', {
      italics: true,
    }),
  ];
  return packDocx({
    title: `Tổng hợp tình hình ${formatDateVi(s.from)} – ${formatDateVi(s.to)}`,
    heading: { superior: s.superiorName, issuer: s.orgName, place: s.place },
    titleBlock: {
      typeName: 'Báo cáo',
      summary: 'Tổng hợp tình hình từ báo cáo của các đơn vị cấp dưới (dự thảo)',
      note: `(Từ ngày ${formatDateVi(s.from)} đến ngày ${formatDateVi(s.to)})`,
    },
    body,
    closing: {
      recipients: ['Ban Thường vụ (để báo cáo)'],
      signatures: [{ position: 'Văn phòng', name: null, hint: '(dự thảo)' }],
    },
  });
}
