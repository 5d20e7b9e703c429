// The Word papers of a meeting in the Party layout, described for the office kit (server/office):
// the invitation (giấy mời), the attendance list, the minutes (biên bản, two signatures) and the
// resolution (nghị quyết chi bộ: last month's results, the tasks with owners and deadlines, the
// votes). The heading carries the superior, the unit, its place and the day; signers' names are
// printed when known, else the hint to write them by hand.
import { ATTENDANCE_LABELS } from '../../../../domain/meetings/labels.ts';
import { vnClock } from '../../../../domain/meetings/time.ts';
import {
  type Block,
  centered,
  heading,
  packDocx,
  paragraph,
  paragraphs,
  space,
  table,
} from '../../../office/index.ts';
import {
  authorityOf,
  day,
  kindWords,
  type PaperInput,
  percent,
  SIGN_HINT,
  TASK_COLUMNS,
  whenWords,
} from './input.ts';

const taskRows = (items: PaperInput['tasks']) =>
  items.map((t, i) => [i + 1, t.title, t.ownerName, day(t.dueOn)]);

function placeLines(p: PaperInput): Block[] {
  return [
    ...(p.where ? [paragraph(`Địa điểm: ${p.where}.`)] : []),
    ...(p.videoLink ? [paragraph(`Họp trực tuyến: ${p.videoLink}`)] : []),
  ];
}

function carryOverBlocks(p: PaperInput): Block[] {
  if (!p.carryOver || p.carryOver.items.length === 0) return [];
  const from = p.carryOver.symbol ? `Nghị quyết số ${p.carryOver.symbol}` : 'nghị quyết kỳ trước';
  return [
    paragraph(`Kiểm điểm các nhiệm vụ chưa hoàn thành theo ${from} (ngày ${day(p.carryOver.fromOn)}):`),
    table({ columns: TASK_COLUMNS, rows: taskRows(p.carryOver.items) }),
    space(6),
  ];
}

const signer = (position: string, name: string | null, authority: string | null = null) => ({
  authority,
  position,
  name: name?.trim() || null,
  hint: name?.trim() ? null : SIGN_HINT,
});

export function invitationDocx(p: PaperInput): Promise<Buffer> {
  const what = kindWords(p);
  return packDocx({
    title: `Giấy mời ${p.title}`,
    heading: {
      superior: p.superiorName,
      issuer: p.orgName,
      place: p.place,
      date: p.noticeOn,
      secrecy: p.secrecy,
    },
    titleBlock: { typeName: 'Giấy mời', summary: `Dự ${what}`, note: p.title },
    body: [
      paragraph(
        `${p.orgName} trân trọng kính mời các đồng chí đảng viên dự ${what}${p.topic ? ` về ${p.topic}` : ''}.`,
      ),
      paragraph(`Thời gian: ${whenWords(p)}.`),
      ...placeLines(p),
      ...(p.chairName ? [paragraph(`Chủ trì: đồng chí ${p.chairName}.`)] : []),
      ...(p.agenda ? [paragraph('Nội dung:'), ...paragraphs(p.agenda)] : []),
      ...carryOverBlocks(p),
      ...(p.materials.length
        ? [paragraph(`Tài liệu sinh hoạt đã đăng trên sổ tay đảng viên điện tử: ${p.materials.join('; ')}.`)]
        : []),
      paragraph('Đề nghị các đồng chí nghiên cứu tài liệu trước và tham dự đầy đủ, đúng giờ.'),
    ],
    closing: {
      recipients: [
        'Các đồng chí đảng viên trong chi bộ',
        ...(p.superiorName ? [`${p.superiorName} (để báo cáo)`] : []),
      ],
      archive: 'Lưu Chi bộ',
      signatures: [signer('Bí thư', p.chairName, authorityOf(p.orgKind))],
    },
  });
}

export function attendanceDocx(p: PaperInput): Promise<Buffer> {
  return packDocx({
    title: `Danh sách đảng viên dự sinh hoạt ngày ${day(p.meetingOn)}`,
    heading: {
      superior: p.superiorName,
      issuer: p.orgName,
      place: p.place,
      date: p.meetingOn,
      secrecy: p.secrecy,
    },
    titleBlock: {
      typeName: 'Danh sách',
      summary: `đảng viên dự ${kindWords(p)}`,
      note: `(Ngày ${day(p.meetingOn)})`,
    },
    body: [
      table({
        columns: [
          { header: 'STT', share: 7, align: 'center' },
          { header: 'Họ và tên', share: 31 },
          { header: 'Đảng viên', share: 14, align: 'center' },
          { header: 'Tình hình dự họp', share: 26 },
          { header: 'Ký tên', share: 22 },
        ],
        rows: p.entries.map((e, i) => [
          i + 1,
          e.fullName,
          e.official ? 'Chính thức' : 'Dự bị',
          e.status ? `${ATTENDANCE_LABELS[e.status]}${e.reason ? ` (${e.reason})` : ''}` : '',
          '',
        ]),
      }),
      space(6),
      paragraph(`Tổng số: ${p.entries.length} đồng chí.`, { indent: false }),
    ],
    closing: { signatures: [signer('Thư ký', p.secretaryName)] },
  });
}

function attendanceSummary(p: PaperInput): Block[] {
  const by = (s: string) => p.entries.filter((e) => e.status === s);
  const names = (list: PaperInput['entries']) =>
    list.length ? ` (${list.map((e) => `${e.fullName}${e.reason ? `: ${e.reason}` : ''}`).join('; ')})` : '';
  const official = p.entries.filter((e) => e.official).length;
  return [
    paragraph(
      `Tổng số đảng viên của chi bộ: ${p.entries.length} đồng chí (chính thức ${official}, dự bị ${p.entries.length - official}); có mặt ${by('present').length} đồng chí; vắng có lý do ${by('absent_excused').length}${names(by('absent_excused'))}; vắng không có lý do ${by('absent').length}${names(by('absent'))}; miễn sinh hoạt ${by('exempt').length}; sinh hoạt tạm thời nơi khác ${by('elsewhere').length}.`,
    ),
  ];
}

function voteBlocks(p: PaperInput): Block[] {
  return p.votes.map((v) =>
    paragraph(
      `${v.subject}: ${v.for}/${v.base} đồng chí tán thành (${percent(v.for, v.base)}), ${v.against} không tán thành, ${v.abstain} không biểu quyết — ${v.passed ? 'được thông qua' : 'không được thông qua'}.`,
    ),
  );
}

export function minutesDocx(p: PaperInput): Promise<Buffer> {
  return packDocx({
    title: `Biên bản ${p.title}`,
    heading: {
      superior: p.superiorName,
      issuer: p.orgName,
      place: p.place,
      date: p.meetingOn,
      secrecy: p.secrecy,
    },
    titleBlock: { typeName: 'Biên bản', summary: kindWords(p), note: p.title },
    body: [
      paragraph(`Thời gian bắt đầu: ${whenWords({ startsAt: p.startsAt, endsAt: null })}.`),
      ...placeLines(p),
      paragraph(
        `Chủ trì: ${p.chairName ? `đồng chí ${p.chairName}` : '(chưa ghi)'}. Thư ký: ${p.secretaryName ? `đồng chí ${p.secretaryName}` : '(chưa ghi)'}.`,
      ),
      ...attendanceSummary(p),
      heading('I. NỘI DUNG SINH HOẠT'),
      ...(p.agenda ? paragraphs(p.agenda) : [paragraph(p.title)]),
      ...carryOverBlocks(p),
      ...(p.results ? [heading('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC'), ...paragraphs(p.results)] : []),
      heading(p.results ? 'III. Ý KIẾN THẢO LUẬN' : 'II. Ý KIẾN THẢO LUẬN'),
      ...(p.discussion ? paragraphs(p.discussion) : [paragraph('Không có ý kiến khác.')]),
      ...(p.votes.length ? [heading('BIỂU QUYẾT', 2), ...voteBlocks(p)] : []),
      ...(p.conclusion ? [heading('KẾT LUẬN CỦA CHỦ TRÌ', 2), ...paragraphs(p.conclusion)] : []),
      ...(p.endsAt
        ? [
            paragraph(
              `Cuộc sinh hoạt kết thúc lúc ${vnClock(p.endsAt).replace(':', ' giờ ')} phút cùng ngày.`,
            ),
          ]
        : []),
    ],
    closing: { signatures: [signer('Thư ký', p.secretaryName), signer('Chủ trì', p.chairName)] },
  });
}

export function resolutionDocx(p: PaperInput): Promise<Buffer> {
  const symbol = p.symbol ?? { typeCode: 'NQ', issuerCode: p.orgCode };
  const date = p.resolutionOn ?? p.meetingOn;
  return packDocx({
    title: `Nghị quyết ${p.title}`,
    heading: {
      superior: p.superiorName,
      issuer: p.orgName,
      symbol,
      place: p.place,
      date,
      secrecy: p.secrecy,
    },
    titleBlock: { typeName: 'Nghị quyết', summary: p.title },
    body: [
      paragraph('Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', { italics: true }),
      paragraph(`Căn cứ kết quả ${kindWords(p)} ngày ${day(p.meetingOn)},`, { italics: true }),
      centered(`${p.orgName.toLocaleUpperCase('vi')} QUYẾT NGHỊ:`, { bold: true }),
      heading('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC'),
      ...paragraphs(p.results),
      heading('II. NHIỆM VỤ TRONG THỜI GIAN TỚI'),
      ...paragraphs(p.directions),
      ...(p.tasks.length ? [table({ columns: TASK_COLUMNS, rows: taskRows(p.tasks) }), space(6)] : []),
      ...(p.carryOver?.items.length
        ? [
            paragraph('Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành của kỳ trước:'),
            ...carryOverBlocks(p).slice(1),
          ]
        : []),
      heading('III. TỔ CHỨC THỰC HIỆN'),
      paragraph(
        'Chi ủy, các đồng chí đảng viên được phân công tổ chức thực hiện nghị quyết; kết quả được kiểm điểm tại kỳ sinh hoạt tiếp theo.',
      ),
      ...voteBlocks(p),
    ],
    closing: {
      recipients: [...(p.superiorName ? [`${p.superiorName} (để báo cáo)`] : []), 'Đảng viên trong chi bộ'],
      archive: 'Lưu Chi bộ',
      signatures: [signer('Bí thư', p.chairName, authorityOf(p.orgKind))],
    },
  });
}
