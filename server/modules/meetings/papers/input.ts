// What the Word papers of a meeting are written from (gathered by papers/service.ts), and the small
// text rules they share: the signing authority of the unit, the kind of meeting in words, a share.
import { formatDateVi } from '../../../../domain/dates.ts';
import type { AttendanceStatus, MeetingKind } from '../../../../domain/meetings/labels.ts';
import { timeWords, vnClock } from '../../../../domain/meetings/time.ts';

export interface PaperInput {
  orgName: string;
  orgKind: string;
  /** The issuer's short code (the "…/CB" of an unnumbered draft). */
  orgCode: string;
  superiorName: string | null;
  /** The unit's place name (never dots). */
  place: string;
  kind: MeetingKind;
  combined: boolean;
  title: string;
  topic: string | null;
  startsAt: string;
  endsAt: string | null;
  meetingOn: string;
  where: string | null;
  videoLink: string | null;
  chairName: string | null;
  secretaryName: string | null;
  agenda: string | null;
  secrecy: number;
  /** The day the invitation went out (the notice), else today. */
  noticeOn: string | null;
  materials: string[];
  entries: { fullName: string; official: boolean; status: AttendanceStatus | null; reason: string | null }[];
  votes: { subject: string; for: number; against: number; abstain: number; base: number; passed: boolean }[];
  discussion: string | null;
  conclusion: string | null;
  results: string | null;
  directions: string | null;
  symbol: string | null;
  resolutionOn: string | null;
  tasks: { title: string; ownerName: string; dueOn: string }[];
  carryOver: {
    symbol: string | null;
    fromOn: string;
    items: { title: string; ownerName: string; dueOn: string }[];
  } | null;
}

/** "T/M CHI BỘ" for a chi bộ, "T/M ĐẢNG ỦY" for a party committee, "T/M BAN THƯỜNG VỤ" above. */
export function authorityOf(orgKind: string): string {
  if (orgKind === 'cell') return 'T/M CHI BỘ';
  if (orgKind === 'provincial' || orgKind === 'central') return 'T/M BAN THƯỜNG VỤ';
  return 'T/M ĐẢNG ỦY';
}

/** "sinh hoạt chi bộ thường kỳ", "… chuyên đề", "… thường kỳ kết hợp chuyên đề". */
export function kindWords(p: Pick<PaperInput, 'kind' | 'combined' | 'orgKind'>): string {
  const who = p.orgKind === 'cell' ? 'chi bộ' : 'đảng bộ';
  const kind = p.combined ? 'thường kỳ kết hợp chuyên đề' : p.kind === 'regular' ? 'thường kỳ' : 'chuyên đề';
  return `sinh hoạt ${who} ${kind}`;
}

/** "14 giờ 00 phút, ngày 05/03/2026 (đến 15 giờ 30 phút)". */
export function whenWords(p: Pick<PaperInput, 'startsAt' | 'endsAt'>): string {
  const end = p.endsAt ? vnClock(p.endsAt).split(':') : null;
  return `${timeWords(p.startsAt)}${end ? ` (đến ${Number(end[0])} giờ ${end[1]} phút)` : ''}`;
}

export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  return `${(Math.round((part * 1000) / whole) / 10).toLocaleString('vi-VN')}%`;
}

export const day = (iso: string) => formatDateVi(iso);

/** Where the system does not know who signs: the name is written by hand. */
export const SIGN_HINT = '(ký, ghi rõ họ tên)';

export const TASK_COLUMNS = [
  { header: 'STT', share: 7, align: 'center' as const },
  { header: 'Nội dung nhiệm vụ', share: 53 },
  { header: 'Người thực hiện', share: 24 },
  { header: 'Thời hạn', share: 16, align: 'center' as const },
];
