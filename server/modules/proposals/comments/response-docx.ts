// The table of comments accepted or explained (bảng tổng hợp tiếp thu, giải trình ý kiến góp ý) as
// Word, described for the office kit: the lead unit's heading with its place and today's date, the
// title, a sentence on who was consulted and who answered, the table (STT | Đơn vị/cá nhân góp ý |
// Nội dung góp ý | Tiếp thu / giải trình / bảo lưu | Ghi chú, landscape so the text columns are wide),
// the count by disposition, and the signature of the task force's head when the scheme has one named
// (otherwise the lead unit's representative writes the name by hand).
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { DISPOSITION_LABELS, DISPOSITIONS } from '../../../../domain/proposals/labels.ts';
import {
  type Cell,
  type Column,
  note,
  packDocx,
  paragraph,
  type SignatureSpec,
  table,
} from '../../../office/index.ts';
import type { ProposalComment } from './presenter.ts';

const COLUMNS: Column[] = [
  { header: 'STT', share: 5, align: 'center' },
  { header: 'Đơn vị/cá nhân góp ý', share: 17 },
  { header: 'Nội dung góp ý', share: 35 },
  { header: 'Tiếp thu / giải trình / bảo lưu', share: 31 },
  { header: 'Ghi chú', share: 12 },
];

export interface ResponseTableData {
  title: string;
  kindLabel: string;
  orgName: string;
  superior: string | null;
  place: string;
  /** The versions the comments are on (one when the table is for one version). */
  versions: readonly number[];
  comments: readonly ProposalComment[];
  consulted: { targets: number; answered: number };
  /** The task force's head, who signs the table. */
  head: string | null;
}

function versionsText(versions: readonly number[]): string {
  if (versions.length === 0) return 'dự thảo';
  if (versions.length === 1) return `dự thảo lần ${versions[0]}`;
  return `các dự thảo lần ${versions.join(', ')}`;
}

/** «Đề án "…"», without saying the kind twice when the title already starts with it. */
function named(kindLabel: string, title: string): string {
  return title.toLowerCase().startsWith(kindLabel.toLowerCase()) ? `"${title}"` : `${kindLabel} "${title}"`;
}

function dispositionCell(c: ProposalComment): Cell {
  if (!c.disposition) return { text: 'Chưa xử lý', italics: true };
  const label = DISPOSITION_LABELS[c.disposition];
  return c.reply ? `${label}: ${c.reply}` : `${label}.`;
}

function noteCell(c: ProposalComment, several: boolean): string {
  return [
    several ? `Dự thảo lần ${c.version}` : '',
    c.paragraph !== null ? `Đoạn ${c.paragraph + 1}` : '',
    c.late ? 'Góp ý sau hạn' : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** "Tổng số 7 ý kiến: tiếp thu 4, giải trình 2, bảo lưu 1; chưa xử lý 0." */
export function countsLine(comments: readonly ProposalComment[]): string {
  const by = DISPOSITIONS.map(
    (d) => `${DISPOSITION_LABELS[d].toLowerCase()} ${comments.filter((c) => c.disposition === d).length}`,
  );
  const open = comments.filter((c) => !c.disposition).length;
  return `Tổng số ${comments.length} ý kiến: ${by.join(', ')}; chưa xử lý ${open}.`;
}

export function responseTableDocx(d: ResponseTableData): Promise<Buffer> {
  const several = d.versions.length > 1;
  const rows = d.comments.map((c, i) => [i + 1, c.author, c.text, dispositionCell(c), noteCell(c, several)]);
  const asked =
    d.consulted.targets > 0
      ? `Thực hiện việc lấy ý kiến đối với ${versionsText(d.versions)}, đã xin ý kiến ${d.consulted.targets} đơn vị, cá nhân; ` +
        `đã nhận ý kiến của ${d.consulted.answered} nơi. `
      : '';
  const signature: SignatureSpec = d.head
    ? { authority: 'T/M Tổ biên tập', position: 'Tổ trưởng', name: d.head }
    : { position: 'Đại diện đơn vị chủ trì', name: null, hint: '(ký, ghi rõ họ tên)' };
  return packDocx({
    title: `Bảng tổng hợp tiếp thu, giải trình ý kiến góp ý: ${d.title}`,
    landscape: true,
    heading: { superior: d.superior, issuer: d.orgName, place: d.place, date: todayVn() },
    titleBlock: {
      typeName: 'Bảng tổng hợp',
      summary: `tiếp thu, giải trình ý kiến góp ý đối với ${versionsText(d.versions)} ${named(d.kindLabel, d.title)}`,
    },
    body: [
      paragraph(
        `${asked}${d.orgName} tổng hợp ${d.comments.length} ý kiến góp ý và tiếp thu, giải trình như sau ` +
          `(số liệu đến ngày ${formatDateVi(todayVn())}):`,
      ),
      table({ columns: COLUMNS, rows }),
      note(countsLine(d.comments), { before: 6 }),
    ],
    closing: { signatures: [signature] },
  });
}
