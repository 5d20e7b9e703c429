// Shared by the schemes tests: a city committee with its boards (the propaganda board leads the
// scheme, the organisation board lends a member of the task force), two wards (one consulted, one
// not), their staff, Word drafts built in memory, and helpers for uploads and pages.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Client, TestApp } from '../helpers/app.ts';

export type Actor = Client & { userId: number };

export interface ProposalWorld {
  city: number;
  board: number;
  orgBoard: number;
  ward: number;
  otherWard: number;
  /** A specialist of the propaganda board: drafts the scheme. */
  drafter: Actor;
  /** The city's leader: records the conclusion and the issue. */
  leader: Actor;
  /** A specialist of the organisation board, named on the task force. */
  teamMate: Actor;
  /** The consulted ward's clerk. */
  wardClerk: Actor;
  /** The other ward's clerk: never consulted. */
  outsider: Actor;
  /** A member of the consulted ward (comment right, but not asked in person). */
  wardMember: Actor;
}

export async function proposalWorld(t: TestApp): Promise<ProposalWorld> {
  await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Đà Nẵng' });
  const city = t.rootId;
  const board = await t.org(city, 'board', 'Ban Tuyên giáo Thành ủy', 'BTG');
  const orgBoard = await t.org(city, 'board', 'Ban Tổ chức Thành ủy', 'BTC');
  const ward = await t.org(city, 'direct_committee', 'Đảng ủy phường Hải Châu');
  const otherWard = await t.org(city, 'direct_committee', 'Đảng ủy phường Thanh Khê');
  return {
    city,
    board,
    orgBoard,
    ward,
    otherWard,
    drafter: await t.as('specialist', board),
    leader: await t.as('leader', city),
    teamMate: await t.as('specialist', orgBoard),
    wardClerk: await t.as('clerk', ward),
    outsider: await t.as('clerk', otherWard),
    wardMember: await t.as('member', ward),
  };
}

/** A Word file whose paragraphs are `lines`. */
export async function draftDocx(lines: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return Packer.toBuffer(doc);
}

export function uploadVersion(c: Client, id: number, data: Uint8Array | Buffer, name: string, note?: string) {
  const form = new FormData();
  if (note) form.append('note', note);
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return c.request('POST', `/api/proposals/${id}/versions`, form);
}

/** The scheme's page as `c` sees it. */
export async function page(c: Client, id: number) {
  const res = await c.get(`/api/proposals/${id}`);
  if (res.status !== 200) throw new Error(`proposal page ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function create(c: Client, body: Record<string, unknown>) {
  const res = await c.post('/api/proposals', body);
  if (res.status !== 201) throw new Error(`proposal create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number } & Record<string, any>;
}

/** The first draft and the second, where paragraph 2 was reworded, 3 removed and one added. */
export const DRAFT_1 = [
  'ĐỀ ÁN',
  'Nâng cao chất lượng công tác tuyên truyền miệng giai đoạn 2026 - 2030',
  'Tăng cường đội ngũ báo cáo viên ở cơ sở, mỗi phường ít nhất năm báo cáo viên.',
  'Tổ chức hội nghị báo cáo viên hằng tháng tại trụ sở Thành ủy.',
  'Kinh phí thực hiện từ ngân sách Thành phố.',
];
export const DRAFT_2 = [
  'ĐỀ ÁN',
  'Nâng cao chất lượng công tác tuyên truyền miệng giai đoạn 2026 - 2030',
  'Đẩy mạnh đội ngũ báo cáo viên ở cơ sở, mỗi phường ít nhất bảy báo cáo viên.',
  'Kinh phí thực hiện từ ngân sách Thành phố.',
  'Ứng dụng nền tảng số trong sinh hoạt báo cáo viên.',
];

/** A date `days` from today (Vietnam), ISO. */
export function fromToday(days: number): string {
  const now = new Date(Date.now() + 7 * 3600_000);
  now.setUTCDate(now.getUTCDate() + days);
  return now.toISOString().slice(0, 10);
}
