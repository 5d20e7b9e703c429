// The one-click draft of a sơ kết / tổng kết report (Word, Party layout, through the office kit):
// what was done per content, on time or late, with the table by unit; the parts only a person can
// write are marked for the specialist, who edits from there. The draft is unnumbered
// ("Số        -BC/TU") and its signer is chosen later, so the signature shows the position alone.
import { formatDateVi } from '../../../../domain/dates.ts';
import { REPORT_LAYOUT, type ReportLayout } from '../../../../domain/programs/layout.ts';
import {
  type Block,
  type Column,
  heading,
  type OfficeDocumentSpec,
  packDocx,
  paragraph,
  table,
} from '../../../office/index.ts';
import type { Counts, ProgressReport } from './presenter.ts';

function pct(part: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((part * 100) / total)}%`;
}

/** "… có 12 nhiệm vụ đến hạn; đã hoàn thành 9 (75%), trong đó đúng hạn 7, quá hạn 2; …" */
export function countsSentence(c: Counts): string {
  if (c.total === 0) return 'Trong kỳ chưa có nhiệm vụ nào đến hạn.';
  const done = c.doneOnTime + c.doneLate;
  return (
    `Trong kỳ có ${c.total} nhiệm vụ đến hạn; đã hoàn thành ${done} (${pct(done, c.total)}), ` +
    `trong đó đúng hạn ${c.doneOnTime}, quá hạn ${c.doneLate}; đang thực hiện trong hạn ${c.openInTime}; ` +
    `quá hạn chưa hoàn thành ${c.overdue}.`
  );
}

export function reportTitle(r: ProgressReport): string {
  return `${r.kindLabel} thực hiện ${lowerFirst(r.program.title)} (từ ngày ${formatDateVi(r.from)} đến ngày ${formatDateVi(r.to)})`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

const UNIT_COLUMNS: Column[] = [
  { header: 'STT', share: 7, align: 'center' },
  { header: 'Đơn vị', share: 33 },
  { header: 'Tổng số', share: 10, align: 'center' },
  { header: 'Hoàn thành đúng hạn', share: 12, align: 'center' },
  { header: 'Hoàn thành quá hạn', share: 12, align: 'center' },
  { header: 'Đang thực hiện trong hạn', share: 13, align: 'center' },
  { header: 'Quá hạn chưa hoàn thành', share: 13, align: 'center' },
];

const countCells = (c: Counts) => [c.total, c.doneOnTime, c.doneLate, c.openInTime, c.overdue];

/** Section I: per content its counts, then each item with what became of its tasks. */
function results(r: ProgressReport): Block[] {
  const out: Block[] = [heading('I. KẾT QUẢ THỰC HIỆN'), paragraph(countsSentence(r.totals))];
  for (const content of r.contents) {
    out.push(heading(`${content.number}. ${content.title}`, 2));
    if (content.counts.total > 0) out.push(paragraph(countsSentence(content.counts), { italics: true }));
    for (const item of content.items.filter((i) => i.depth > 1 || i.tasks.length > 0)) {
      const facts = [
        item.leadOrgName ? `chủ trì: ${item.leadOrgName}` : null,
        item.dueOn ? `hạn ${formatDateVi(item.dueOn)}` : null,
        item.product ? `sản phẩm: ${item.product}` : null,
      ].filter(Boolean);
      const outcome =
        item.tasks.length === 0
          ? 'chưa giao nhiệm vụ trong kỳ'
          : item.tasks
              .map(
                (t) =>
                  `${t.orgName}: ${t.stateLabel.toLocaleLowerCase('vi')}${t.doneOn ? ` ngày ${formatDateVi(t.doneOn)}` : ` (${t.progress}%)`}${t.product ? `, ${t.product}` : ''}`,
              )
              .join('; ');
      out.push(
        paragraph([
          { text: `- ${item.number}. ${item.title}` },
          ...(facts.length ? [{ text: ` (${facts.join('; ')})`, italics: true }] : []),
          { text: `: ${outcome}.` },
        ]),
      );
    }
  }
  return out;
}

export function reportSpec(
  r: ProgressReport,
  place: string,
  layout: ReportLayout = REPORT_LAYOUT,
): OfficeDocumentSpec {
  return {
    title: reportTitle(r),
    layout: layout.party,
    heading: {
      superior: r.superior?.name ?? null,
      issuer: r.org.name,
      symbol: { typeCode: 'BC', issuerCode: r.org.shortCode },
      place,
      date: r.today,
    },
    titleBlock: { typeName: layout.reportTypeName, summary: reportTitle(r) },
    body: [
      paragraph(
        `Thực hiện ${lowerFirst(r.program.title)}${r.program.theme ? ` (chủ đề: «${r.program.theme}»)` : ''}, ` +
          `${r.org.name} báo cáo ${lowerFirst(r.kindLabel)} kết quả thực hiện như sau:`,
      ),
      ...results(r),
      heading('II. KẾT QUẢ THEO ĐƠN VỊ'),
      table({
        columns: UNIT_COLUMNS,
        rows: [
          ...r.units.map((u, i) => [i + 1, u.orgName, ...countCells(u)]),
          ['', { text: 'Cộng', bold: true }, ...countCells(r.totals)],
        ],
      }),
      heading('III. HẠN CHẾ, NGUYÊN NHÂN'),
      paragraph(layout.toComplete, { italics: true }),
      heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
      paragraph(layout.toComplete, { italics: true }),
    ],
    closing: {
      recipients: [
        r.superior ? `Thường trực ${r.superior.name}` : 'Thường trực cấp ủy',
        'Các đồng chí Ủy viên Ban Thường vụ',
      ],
      signatures: [{ authority: layout.signatureAuthority, position: layout.signatureTitle, name: null }],
    },
  };
}

/** The draft as .docx bytes; `place` is the reporting unit's place name (địa danh). */
export function buildReportDocx(
  r: ProgressReport,
  opts: { place: string; layout?: ReportLayout },
): Promise<Buffer> {
  return packDocx(reportSpec(r, opts.place, opts.layout));
}
