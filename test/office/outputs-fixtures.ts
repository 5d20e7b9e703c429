// Every Word file the app generates, built through its API in-process: an issued directive and an
// unnumbered công văn draft, the programme's review report, the weekly schedule, the admission forms
// 3/6/9-KNĐ, the badge proposal list and the destruction minutes. The units carry their place names
// through POST/PATCH /api/orgs: the root "Hà Nội", the archive's ward its own ("Sơn Tây").
import { expect } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { addDays } from '../../domain/members/calendar.ts';
import { closedFile, handledIncoming } from '../api/archive-fixtures.ts';
import { download, member } from '../api/members-fixtures.ts';
import { type Client, PASSWORD, type TestApp } from '../helpers/app.ts';
import { outgoing } from '../helpers/docs.ts';

/** The people whose full names must stand under their signatures. */
export const NAMES = {
  signer: 'Nguyễn Văn An',
  introducer1: 'Trần Văn Giới',
  introducer2: 'Lê Thị Thiệu',
  executor: 'Phạm Thị Lưu Trữ',
} as const;

/** A free-text decision number that is not of the Party form "45-QĐ/ĐU": printed as typed. */
export const RAW_DECISION = '123/QĐ-ĐU';

/** A 2xx answer, or the failure with its body. */
function ok<R extends { status: number; body: any }>(res: R, what: string): R {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res;
}

let n = 0;
async function person(t: TestApp, role: string, orgId: number, fullName: string, clearance = 2) {
  const username = `out${++n}.${role}`;
  const res = await t.admin.post('/api/users', {
    username,
    password: PASSWORD,
    fullName,
    orgId,
    role,
    clearance,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const c = t.client() as Client & { userId: number };
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  c.userId = res.body.id;
  return c;
}

async function bytes(t: TestApp, c: Client, url: string): Promise<Buffer> {
  const res = await download(t, c, url);
  expect(res.status, `${url}: ${res.body.toString('utf8').slice(0, 300)}`).toBe(200);
  expect(res.type).toContain('wordprocessingml');
  return res.body;
}

/** The directive, submitted to the leader, approved, issued with recipients; and a draft công văn. */
async function documents(t: TestApp, ward: number) {
  const leader = await person(t, 'leader', t.rootId, NAMES.signer);
  const clerk = await person(t, 'clerk', t.rootId, 'Vũ Văn Thư');
  const doc = await outgoing(clerk, t.rootId, {
    typeCode: 'CT',
    summary: 'về tăng cường công tác giải phóng mặt bằng',
    content:
      'Thời gian qua, công tác giải phóng mặt bằng trên địa bàn Thành phố đạt nhiều kết quả quan trọng.\n' +
      'Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo.',
    signAuthority: 'T/M Ban Thường vụ',
    signerTitle: 'Bí thư',
    issuedOn: '2026-03-05',
  });
  ok(
    await clerk.post(`/api/documents/${doc.id}/recipients`, {
      orgIds: [ward],
      external: ['Các đồng chí Ủy viên Ban Thường vụ'],
    }),
    'recipients',
  );
  ok(await clerk.post(`/api/documents/${doc.id}/submit`, { signerId: leader.userId }), 'submit');
  ok(await leader.post(`/api/documents/${doc.id}/approve`, {}), 'approve');
  const issued = ok(await clerk.post(`/api/documents/${doc.id}/issue`), 'issue');
  const draft = await outgoing(clerk, t.rootId, {
    typeCode: 'CV',
    summary: 'chuẩn bị hội nghị sơ kết',
    content: 'Văn phòng Thành ủy đề nghị các đơn vị gửi báo cáo trước ngày 20/6/2026.',
    signAuthority: 'T/L Ban Thường vụ',
    signerTitle: 'Chánh Văn phòng',
  });
  return {
    directive: await bytes(t, clerk, `/api/documents/${doc.id}/docx`),
    letterDraft: await bytes(t, clerk, `/api/documents/${draft.id}/docx`),
    symbol: issued.body.symbol as string,
  };
}

/** A programme with two contents and three items, approved (its tasks created); then the report. */
async function programme(t: TestApp, board: number, ward: number) {
  const staff = await person(t, 'specialist', t.rootId, 'Đỗ Văn Chuyên');
  const leader = await person(t, 'leader', t.rootId, 'Hoàng Văn Lãnh');
  const p = await staff.post('/api/programs', {
    orgId: t.rootId,
    kind: 'year',
    title: 'Chương trình công tác năm 2026 của Thành ủy Hà Nội',
    theme: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  });
  ok(p, 'programme');
  const id = p.body.id as number;
  const content = async (title: string) =>
    ok(await staff.post(`/api/programs/${id}/items`, { title }), 'content').body.id as number;
  const c1 = await content('Công tác xây dựng Đảng');
  const c2 = await content('Phát triển kinh tế - xã hội');
  for (const [parent, title, lead, dueOn] of [
    [c1, 'Tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2027', ward, '2026-03-31'],
    [c1, 'Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng', board, '2026-06-30'],
    [c2, 'Hoàn thành giải phóng mặt bằng dự án cải tạo hồ Tây', ward, '2026-12-15'],
  ] as const) {
    const item = { title, parentItemId: parent, leadOrgId: lead, dueOn, product: 'Báo cáo' };
    ok(await staff.post(`/api/programs/${id}/items`, item), 'item');
  }
  ok(await leader.post(`/api/programs/${id}/approve`, {}), 'approve');
  return bytes(t, leader, `/api/programs/${id}/report?kind=so-ket&from=2026-01-01&to=2026-12-31`);
}

/** Three events of a week, two of them overlapping for the same chair. */
async function schedule(t: TestApp, board: number) {
  const staff = await person(t, 'specialist', t.rootId, 'Ngô Thị Lịch');
  const chair = await person(t, 'leader', t.rootId, 'Đinh Văn Chủ');
  for (const e of [
    {
      date: '2026-11-23',
      startTime: '08:00',
      endTime: '11:30',
      title: 'Hội nghị Ban Thường vụ Thành ủy cho ý kiến về Đề án chuyển đổi số',
      place: 'Phòng họp số 1',
      chairId: chair.userId,
      participants: 'Các đồng chí Ủy viên Ban Thường vụ',
      preparingOrgId: board,
    },
    {
      date: '2026-11-23',
      startTime: '10:00',
      title: 'Làm việc với Đảng ủy phường',
      participantIds: [chair.userId],
    },
    { date: '2026-11-25', startTime: '14:00', title: 'Tiếp công dân định kỳ', chairId: chair.userId },
  ]) {
    ok(await staff.post('/api/schedule', { orgId: t.rootId, ...e }), 'event');
  }
  return bytes(t, chair, `/api/schedule/docx?orgId=${t.rootId}&week=2026-11-23`);
}

/** A person taken through every stage to the decision, with two introducers; the three forms. */
async function admission(t: TestApp, cell: number) {
  const today = todayVn();
  const ago = (d: number) => addDays(today, -d);
  const intro1 = await member(t.admin, cell, { fullName: NAMES.introducer1 });
  const intro2 = await member(t.admin, cell, { fullName: NAMES.introducer2 });
  const a = await t.admin.post('/api/members/admissions', {
    fullName: 'Hoàng Thị Quần Chúng',
    birthDate: '1998-04-30',
    gender: 'Nữ',
    orgId: cell,
    residence: 'Tổ 3, phường Cửa Nam',
    occupation: 'Giáo viên',
    courseOn: ago(300),
  });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  const id = a.body.id as number;
  for (const [stage, days, extra] of [
    ['application', 250, {}],
    ['history', 240, {}],
    ['verification', 200, {}],
    ['introducers', 150, { introducerIds: [intro1, intro2] }],
    ['comments', 120, {}],
    ['cell_resolution', 100, {}],
    ['committee_resolution', 90, {}],
    ['decision', 60, { decisionNo: RAW_DECISION }],
  ] as const) {
    const res = await t.admin.post(`/api/members/admissions/${id}/stages`, {
      stage,
      on: ago(days),
      ...extra,
    });
    expect(res.status, `${stage}: ${JSON.stringify(res.body)}`).toBe(200);
  }
  const form = (f: string) =>
    bytes(t, t.admin, `/api/members/admissions/${id}/forms/${encodeURIComponent(f)}`);
  return { form3: await form('3-KNĐ'), form6: await form('6-KNĐ'), form9: await form('9-KNĐ'), ago };
}

/** Members reaching 30 and 45 years of party age on 3/2/2026; the proposal list as Word. */
async function badges(t: TestApp, ward: number, cell: number) {
  await member(t.admin, cell, {
    fullName: 'Nguyễn Văn Ba Mươi',
    birthDate: '1950-01-01',
    admittedOn: '1996-02-03',
  });
  await member(t.admin, cell, {
    fullName: 'Trần Văn Bốn Lăm',
    birthDate: '1940-01-01',
    admittedOn: '1981-02-03',
  });
  return bytes(t, t.admin, `/api/members/badges/proposal.docx?on=2026-02-03&orgId=${ward}`);
}

/** A closed file with two documents, listed, reviewed, approved and destroyed; its minutes. */
async function minutes(t: TestApp, unit: number) {
  const clerk = await person(t, 'clerk', unit, NAMES.executor);
  const leader = await person(t, 'leader', unit, 'Lý Văn Duyệt');
  const ids: number[] = [];
  for (let i = 0; i < 2; i++)
    ids.push((await handledIncoming(clerk, unit, { issuedOn: '2020-05-04', receivedOn: '2020-05-06' })).id);
  const file = await closedFile(clerk, unit, ids, { declare: clerk, file: { retentionYears: 5 } });
  const list = await clerk.post('/api/archive/disposal-lists', {
    orgId: unit,
    title: 'Tài liệu hết giá trị năm 2020',
    fileIds: [file.id],
  });
  expect(list.status, JSON.stringify(list.body)).toBe(201);
  const id = list.body.id as number;
  const review = await clerk.post(`/api/archive/disposal-lists/${id}/review`, {
    reviewedOn: '2026-11-20',
    council: 'Đ/c Nguyễn Văn A (Chủ tịch Hội đồng), đ/c Trần Thị B',
    decisions: [{ fileId: file.id, decision: 'destroy', reason: 'Hết thời hạn bảo quản' }],
  });
  ok(review, 'review');
  ok(await leader.post(`/api/archive/disposal-lists/${id}/approve`, { decisionRef: '45-QĐ/ĐU' }), 'approve');
  ok(await clerk.post(`/api/archive/disposal-lists/${id}/destroy`, {}), 'destroy');
  return {
    minutes: await bytes(t, clerk, `/api/archive/disposal-lists/${id}/minutes.docx`),
    fileCode: file.fileCode,
  };
}

/** The units with their places, then every output. */
export async function buildOutputs(t: TestApp) {
  const root = await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội', place: 'Hà Nội' });
  expect(root.status, JSON.stringify(root.body)).toBe(200);
  const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Cửa Nam');
  const cell = await t.org(ward, 'cell', 'Chi bộ Khu phố 1', 'CB');
  const board = await t.org(t.rootId, 'board', 'Ban Tuyên giáo và Dân vận Thành ủy', 'BTGDVTU');
  const archiveUnit = await t.admin.post('/api/orgs', {
    name: 'Đảng ủy phường Sơn Tây',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parentId: t.rootId,
    place: 'Sơn Tây',
  });
  expect(archiveUnit.status, JSON.stringify(archiveUnit.body)).toBe(201);
  const docs = await documents(t, ward);
  const forms = await admission(t, cell);
  const m = await minutes(t, archiveUnit.body.id);
  return {
    files: {
      directive: docs.directive,
      letterDraft: docs.letterDraft,
      report: await programme(t, board, ward),
      schedule: await schedule(t, board),
      form3: forms.form3,
      form6: forms.form6,
      form9: forms.form9,
      badges: await badges(t, ward, cell),
      minutes: m.minutes,
    },
    symbol: docs.symbol,
    fileCode: m.fileCode,
    ago: forms.ago,
  };
}
