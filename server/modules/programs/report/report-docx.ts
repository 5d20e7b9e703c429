// The one-click draft of a sơ kết / tổng kết report (Word, Party layout): what was done per content,
// on time or late, with the table by unit; the parts only a person can write are marked for the
// specialist, who edits from there.
import { Packer, type Paragraph, type Table } from 'docx';
import { formatDateVi } from '../../../../domain/dates.ts';
import { placeAndDate } from '../../../../domain/party-layout.ts';
import { REPORT_LAYOUT, type ReportLayout } from '../../../../domain/programs/layout.ts';
import { document, grid, heading, para, run, text, twoColumns } from '../docx-kit.ts';
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

export async function buildReportDocx(
  r: ProgressReport,
  layout: ReportLayout = REPORT_LAYOUT,
): Promise<Buffer> {
  const s = layout.sizes;
  const body = (t: string, opts: { bold?: boolean; italics?: boolean } = {}) =>
    text(layout, t, { size: s.body, ...opts }, { indent: true });
  const section = (t: string) =>
    text(layout, t, { size: s.heading, bold: true }, { indent: true, before: 120 });
  const children: (Paragraph | Table)[] = [
    heading(layout, {
      superior: r.superior?.name ?? null,
      body: r.org.name,
      symbol: `Số        -BC/${r.org.shortCode}`,
      placeDate: placeAndDate('……………', r.today),
    }),
    text(
      layout,
      layout.reportTypeName,
      { size: s.typeName, bold: true },
      { align: 'center', before: 240, after: 0 },
    ),
    text(layout, reportTitle(r), { size: s.summary, bold: true }, { align: 'center', after: 240 }),
    text(layout, '-----', { size: s.body }, { align: 'center' }),
    body(
      `Thực hiện ${lowerFirst(r.program.title)}${r.program.theme ? ` (chủ đề: «${r.program.theme}»)` : ''}, ` +
        `${r.org.name} báo cáo ${lowerFirst(r.kindLabel)} kết quả thực hiện như sau:`,
    ),
    section('I. KẾT QUẢ THỰC HIỆN'),
    body(countsSentence(r.totals)),
  ];
  for (const content of r.contents) {
    children.push(
      para(layout, [run(layout, `${content.number}. ${content.title}`, { size: s.body, bold: true })], {
        indent: true,
      }),
    );
    if (content.counts.total > 0) children.push(body(countsSentence(content.counts), { italics: true }));
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
      children.push(
        para(
          layout,
          [
            run(layout, `- ${item.number}. ${item.title}`, { size: s.body }),
            run(layout, facts.length ? ` (${facts.join('; ')})` : '', { size: s.body, italics: true }),
            run(layout, `: ${outcome}.`, { size: s.body }),
          ],
          { indent: true },
        ),
      );
    }
  }
  children.push(section('II. KẾT QUẢ THEO ĐƠN VỊ'));
  children.push(
    grid(
      layout,
      s.table,
      [
        'STT',
        'Đơn vị',
        'Tổng số',
        'Hoàn thành đúng hạn',
        'Hoàn thành quá hạn',
        'Đang thực hiện trong hạn',
        'Quá hạn chưa hoàn thành',
      ],
      [
        ...r.units.map((u, i) => [
          String(i + 1),
          u.orgName,
          String(u.total),
          String(u.doneOnTime),
          String(u.doneLate),
          String(u.openInTime),
          String(u.overdue),
        ]),
        [
          '',
          'Cộng',
          String(r.totals.total),
          String(r.totals.doneOnTime),
          String(r.totals.doneLate),
          String(r.totals.openInTime),
          String(r.totals.overdue),
        ],
      ],
      [7, 33, 10, 12, 12, 13, 13],
      ['center', 'left', 'center', 'center', 'center', 'center', 'center'],
    ),
  );
  children.push(section('III. HẠN CHẾ, NGUYÊN NHÂN'), body(layout.toComplete, { italics: true }));
  children.push(
    section('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    body(layout.toComplete, { italics: true }),
  );
  children.push(
    twoColumns(
      [
        text(
          layout,
          layout.recipientsLabel,
          { size: s.body, bold: true, underline: true },
          { align: 'left', before: 240, after: 0 },
        ),
        text(
          layout,
          `- ${r.superior ? `Thường trực ${r.superior.name}` : 'Thường trực cấp ủy'},`,
          { size: s.recipients },
          { align: 'left', after: 0 },
        ),
        text(
          layout,
          '- Các đồng chí Ủy viên Ban Thường vụ,',
          { size: s.recipients },
          { align: 'left', after: 0 },
        ),
        text(layout, '- Lưu Văn phòng.', { size: s.recipients }, { align: 'left', after: 0 }),
      ],
      [
        text(
          layout,
          layout.signatureAuthority,
          { size: s.signature, bold: true },
          { align: 'center', before: 240, after: 0 },
        ),
        text(layout, layout.signatureTitle, { size: s.signature, bold: true }, { align: 'center', after: 0 }),
      ],
      50,
    ),
  );
  return Packer.toBuffer(document(layout, children));
}
