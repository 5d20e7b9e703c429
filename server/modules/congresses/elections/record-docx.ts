// The count record (biên bản kiểm phiếu) as Word, described for the office kit: the unit's heading
// with its place and the day, the title, the counts (convened, ballots, valid, invalid and those the
// validity rule made invalid), the base and the votes needed, a table of the candidates with their
// votes and both shares (of the valid ballots, of those convened), who is elected and who goes to
// another round, the rules counted under with their sources, and the ballot committee's signatures.

import { ELECTION_KIND_LABELS } from '../../../../domain/congresses/labels.ts';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { type Column, note, packDocx, paragraph, table } from '../../../office/index.ts';
import type { ElectionResult } from './presenter.ts';

const COLUMNS: Column[] = [
  { header: 'STT', share: 6, align: 'center' },
  { header: 'Họ và tên', share: 30 },
  { header: 'Số phiếu', share: 11, align: 'center' },
  { header: 'Tỷ lệ so với phiếu hợp lệ', share: 15, align: 'center' },
  { header: 'Tỷ lệ so với số được triệu tập', share: 15, align: 'center' },
  { header: 'Kết quả', share: 23 },
];

export interface CountRecordData {
  title: string;
  kind: 'election' | 'nomination';
  orgName: string;
  superior: string | null;
  place: string;
  congressTitle: string | null;
  result: ElectionResult;
}

/** "66,67%" (two decimals, Vietnamese comma). */
export function percentVi(x: number): string {
  return `${(Math.round(x * 10_000) / 100).toFixed(2).replace('.', ',')}%`;
}

function outcome(i: ElectionResult['items'][number], nomination: boolean): string {
  if (i.elected) return nomination ? 'Được giới thiệu' : 'Trúng cử';
  if (i.runoff) return 'Bằng phiếu ở vị trí cuối: bầu tiếp';
  return i.aboveThreshold ? 'Không trúng cử (đủ số lượng)' : 'Không đạt quá bán';
}

export function countRecordDocx(d: CountRecordData): Promise<Buffer> {
  const r = d.result;
  const nomination = d.kind === 'nomination';
  const sorted = [...r.items].sort((a, b) => b.votes - a.votes || a.position - b.position);
  const rows = sorted.map((i, n) => [
    n + 1,
    i.fullName,
    i.votes,
    percentVi(i.share),
    percentVi(i.shareOfConvened),
    outcome(i, nomination),
  ]);
  const baseText =
    r.baseKind === 'valid_ballots'
      ? `tổng số phiếu hợp lệ (${r.validBallots})`
      : `tổng số người được triệu tập (${r.convened})`;
  const majority = r.rules.find((x) => x.key === 'congresses.majority')?.value as
    | { percent?: number }
    | undefined;
  const percent = majority?.percent ?? 50;
  const runoff = r.items.filter((i) => i.runoff).map((i) => i.fullName);
  const elected = sorted.filter((i) => i.elected).map((i) => i.fullName);
  return packDocx({
    title: `Biên bản kiểm phiếu: ${d.title}`,
    heading: { superior: d.superior, issuer: d.orgName, place: d.place, date: todayVn() },
    titleBlock: {
      typeName: 'Biên bản',
      summary: `kiểm phiếu ${ELECTION_KIND_LABELS[d.kind].toLowerCase()}: ${d.title}`,
      note: d.congressTitle ? `(${d.congressTitle})` : null,
    },
    body: [
      paragraph(
        `Hôm nay, ngày ${formatDateVi(todayVn())}, Ban kiểm phiếu lập biên bản kiểm phiếu ${d.title}. ` +
          `Số lượng cần bầu: ${r.seats}. Số người được triệu tập: ${r.convened}.`,
      ),
      paragraph(
        `Số phiếu thu vào: ${r.cast}; số phiếu hợp lệ: ${r.validBallots}; số phiếu không hợp lệ: ${r.invalidBallots}` +
          (r.reclassified > 0
            ? ` (trong đó ${r.reclassified} phiếu bầu nhiều hơn số lượng cần bầu hoặc gạch tên tất cả)`
            : '') +
          '.',
      ),
      paragraph(
        `Người trúng cử phải có số phiếu vượt quá ${percent === 50 ? 'một nửa' : `${percent}%`} ` +
          `so với ${baseText}, tức là từ ${r.votesNeeded} phiếu trở lên; không quá ${r.seats} người.`,
      ),
      paragraph('Kết quả kiểm phiếu (xếp theo số phiếu từ cao xuống thấp):'),
      table({ columns: COLUMNS, rows }),
      paragraph(
        elected.length > 0
          ? `Những người ${nomination ? 'được giới thiệu' : 'trúng cử'} (${elected.length}): ${elected.join(', ')}.`
          : `Chưa có người ${nomination ? 'được giới thiệu' : 'trúng cử'}.`,
        { before: 6 },
      ),
      ...(runoff.length > 0
        ? [paragraph(`Bằng phiếu nhau ở vị trí cuối, phải bầu tiếp: ${runoff.join(', ')}.`)]
        : []),
      ...(r.unfilled > 0 ? [paragraph(`Số lượng còn thiếu: ${r.unfilled}.`)] : []),
      ...r.rules.map((x) => note(`${x.label}: ${x.source}.`)),
      note(r.tieRule),
    ],
    closing: {
      signatures: [
        { position: 'Thành viên Ban kiểm phiếu', name: null, hint: '(ký, ghi rõ họ tên)' },
        { position: 'Trưởng Ban kiểm phiếu', name: null, hint: '(ký, ghi rõ họ tên)' },
      ],
    },
  });
}
