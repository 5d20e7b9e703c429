// Programmes: drafting, approval (issued to the units below, items become tasks), the cascade to a
// ward, the copy-check on a copied and on a concretised programme, recorded revisions, access and bad
// input.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let city: number;
let board: number;
let ward: number;
let otherWard: number;
let cityLeader: Client & { userId: number };
let citySpecialist: Client & { userId: number };
let wardLeader: Client & { userId: number };
let wardSpecialist: Client & { userId: number };
let outsider: Client & { userId: number };

const S = {
  kt: 'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của Thành phố năm 2026',
  dh: 'Lãnh đạo tổ chức thành công Đại hội Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025 - 2030',
  cchc: 'Đẩy mạnh cải cách hành chính, chuyển đổi số trong các cơ quan Đảng; khắc phục tình trạng né tránh, đùn đẩy, sợ trách nhiệm của cán bộ, đảng viên',
  sh: 'Nâng cao chất lượng sinh hoạt chi bộ; quản lý đảng viên sinh hoạt nơi cư trú',
};

beforeAll(async () => {
  t = await startTestApp();
  await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội' });
  city = t.rootId;
  board = await t.org(city, 'board', 'Văn phòng Thành ủy', 'VPTU');
  ward = await t.org(city, 'direct_committee', 'Đảng ủy phường Ô Chợ Dừa');
  otherWard = await t.org(city, 'direct_committee', 'Đảng ủy phường Láng');
  cityLeader = await t.as('leader', city, 2);
  citySpecialist = await t.as('specialist', city, 1);
  wardLeader = await t.as('leader', ward, 1);
  wardSpecialist = await t.as('specialist', ward, 1);
  outsider = await t.as('leader', otherWard, 3);
});
afterAll(async () => {
  await t?.close();
});

async function cityProgramme() {
  const p = await citySpecialist.post('/api/programs', {
    orgId: city,
    kind: 'year',
    title: 'Chương trình công tác năm 2026 của Thành ủy Hà Nội',
    theme: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  });
  expect(p.status).toBe(201);
  const id = p.body.id as number;
  const content = await citySpecialist.post(`/api/programs/${id}/items`, { title: 'Công tác xây dựng Đảng' });
  const items: Record<string, number> = {};
  for (const [k, title] of Object.entries(S)) {
    const r = await citySpecialist.post(`/api/programs/${id}/items`, {
      title,
      parentItemId: content.body.id,
      leadOrgId: k === 'kt' ? board : undefined,
      dueOn: k === 'kt' ? '2026-06-30' : undefined,
      product: 'Báo cáo',
    });
    expect(r.status).toBe(201);
    items[k] = r.body.id;
  }
  return { id, content: content.body.id as number, items };
}

describe('a city programme', () => {
  it('is drafted as a tree with numbers, then approved: issued to the units below, items become tasks', async () => {
    const { id, items } = await cityProgramme();
    const detail = await cityLeader.get(`/api/programs/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.items.map((i: { number: string }) => i.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
    ]);
    expect(detail.body.can).toMatchObject({ edit: true, approve: true });
    // The ward cannot see a draft of the city.
    expect((await wardLeader.get(`/api/programs/${id}`)).status).toBe(404);
    // Only a leader approves.
    expect((await citySpecialist.post(`/api/programs/${id}/approve`, {})).status).toBe(403);
    const approved = await cityLeader.post(`/api/programs/${id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.tasksCreated).toBe(1);
    // The ward now reads it (granted), and its leader was told to concretise it.
    expect((await wardLeader.get(`/api/programs/${id}`)).status).toBe(200);
    const notes = await wardLeader.get('/api/notifications');
    expect(notes.body.items.some((n: { link: string }) => n.link === `/chuong-trinh/${id}`)).toBe(true);
    // The item with a lead unit and a deadline is a task of the board, linked to the item.
    const tasks = await cityLeader.get(`/api/tasks?programId=${id}`);
    expect(tasks.body.items).toHaveLength(1);
    expect(tasks.body.items[0]).toMatchObject({ orgId: board, dueOn: '2026-06-30', programItemId: items.kt });
    expect(tasks.body.items[0].source).toMatchObject({ kind: 'program_item', id: items.kt });
  });

  it('once approved, changes only through a recorded revision with a reason', async () => {
    const { id, items } = await cityProgramme();
    await cityLeader.post(`/api/programs/${id}/approve`, { createTasks: false });
    const noReason = await citySpecialist.patch(`/api/programs/${id}/items/${items.sh}`, {
      title: 'Sửa không lý do',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('revision_reason_required');
    const ok = await citySpecialist.patch(`/api/programs/${id}/items/${items.sh}`, {
      dueOn: '2026-09-30',
      reason: 'Điều chỉnh theo Kết luận của Ban Thường vụ ngày 15/3/2026',
    });
    expect(ok.status).toBe(200);
    const del = await citySpecialist.delete(
      `/api/programs/${id}/items/${items.dh}?reason=${encodeURIComponent('Đã hoàn thành từ năm trước')}`,
    );
    expect(del.status).toBe(204);
    const revs = await cityLeader.get(`/api/programs/${id}/revisions`);
    expect(revs.body.items.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(revs.body.items[1].reason).toContain('Kết luận của Ban Thường vụ');
    expect((await cityLeader.get(`/api/programs/${id}`)).body.revision).toBe(2);
  });
});

describe('the cascade and the copy-check', () => {
  it('a copied ward programme scores 1; rewriting items for the ward makes the score fall', async () => {
    const { id, items } = await cityProgramme();
    await cityLeader.post(`/api/programs/${id}/approve`, { createTasks: false });
    const lower = await wardSpecialist.post(`/api/programs/${id}/cascade`, { orgId: ward });
    expect(lower.status).toBe(201);
    expect(lower.body).toMatchObject({
      parentProgramId: id,
      title: 'Chương trình công tác năm 2026 của Đảng ủy phường Ô Chợ Dừa',
      itemCount: 5,
    });
    const wid = lower.body.id as number;
    // A second cascade for the same unit is a conflict.
    expect((await wardSpecialist.post(`/api/programs/${id}/cascade`, { orgId: ward })).status).toBe(409);

    const copied = await wardSpecialist.get(`/api/programs/${wid}/copy-check`);
    expect(copied.status).toBe(200);
    expect(copied.body.copyScore).toBe(1);
    expect(copied.body.localItems).toBe(0);
    expect(copied.body.copiedItems).toHaveLength(5);
    expect(copied.body.copiedItems[0]).toEqual(
      expect.objectContaining({
        itemId: expect.any(Number),
        sourceItemId: expect.any(Number),
        similarity: 1,
      }),
    );

    const wardItems = (await wardSpecialist.get(`/api/programs/${wid}`)).body.items as {
      id: number;
      sourceItemId: number;
    }[];
    const mine = (src: number) => wardItems.find((i) => i.sourceItemId === src)?.id as number;
    // Swapping the level name ("Thành phố" → "phường") is still a copy.
    await wardSpecialist.patch(`/api/programs/${wid}/items/${mine(items.kt as number)}`, {
      title: S.kt.replace('của Thành phố', 'của phường Ô Chợ Dừa'),
    });
    expect((await wardSpecialist.get(`/api/programs/${wid}/copy-check`)).body.copyScore).toBe(1);
    // Rewritten with the ward's own targets and places: no longer a copy.
    await wardSpecialist.patch(`/api/programs/${wid}/items/${mine(items.kt as number)}`, {
      title:
        'Lãnh đạo hoàn thành giải phóng mặt bằng dự án đường Vành đai 1 đoạn qua phường; thu ngân sách trên địa bàn đạt 350 tỷ đồng, tăng 8% so với năm 2025',
    });
    await wardSpecialist.patch(`/api/programs/${wid}/items/${mine(items.sh as number)}`, {
      title:
        'Mỗi chi bộ tổ dân phố tổ chức ít nhất 1 buổi sinh hoạt chuyên đề mỗi quý; rà soát 1.250 đảng viên sinh hoạt nơi cư trú tại 42 tổ dân phố',
    });
    // An item of its own (no source) that is its own content.
    await wardSpecialist.post(`/api/programs/${wid}/items`, {
      title:
        'Cải tạo chợ Xã Đàn và chỉnh trang 3 tuyến phố Hoàng Cầu, Đặng Tiến Đông, Thái Hà trước ngày 30/9/2026',
    });
    // An item without a source that copies a superior item is still counted as a copy.
    await wardSpecialist.post(`/api/programs/${wid}/items`, {
      title: S.cchc.replace('cơ quan Đảng', 'cơ quan Đảng của phường'),
    });

    const after = await wardSpecialist.get(`/api/programs/${wid}/copy-check`);
    expect(after.body.localItems).toBe(3);
    expect(after.body.copiedItems).toHaveLength(4);
    expect(after.body.copyScore).toBeCloseTo(4 / 7, 3);
    const unsourced = after.body.copiedItems.find(
      (c: { sourceItemId: number }) => c.sourceItemId === items.cchc,
    );
    expect(unsourced).toBeTruthy();

    // The city sees every lower programme's score in one table, and who has not concretised yet.
    const table = await cityLeader.get(`/api/programs/${id}/cascade`);
    expect(table.status).toBe(200);
    expect(table.body.items).toEqual([
      expect.objectContaining({
        programId: wid,
        orgId: ward,
        copyScore: after.body.copyScore,
        localItems: 3,
      }),
    ]);
    expect(table.body.missing.map((m: { orgId: number }) => m.orgId)).toEqual(
      expect.arrayContaining([otherWard, board]),
    );
  });

  it('a programme without a superior has nothing to copy; a source must be an item of the superior programme', async () => {
    const { id } = await cityProgramme();
    const check = await citySpecialist.get(`/api/programs/${id}/copy-check`);
    expect(check.body).toMatchObject({ copyScore: 0, localItems: 5, copiedItems: [] });
    const other = await cityProgramme();
    await cityLeader.post(`/api/programs/${other.id}/approve`, { createTasks: false });
    const wp = await wardSpecialist.post('/api/programs', {
      orgId: ward,
      kind: 'year',
      title: 'Chương trình công tác năm 2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      parentProgramId: other.id,
    });
    expect(wp.status).toBe(201);
    const wrong = await wardSpecialist.post(`/api/programs/${wp.body.id}/items`, {
      title: 'Mục',
      sourceItemId: other.items.kt! + 1000,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('source_not_in_parent');
    // A draft of the city cannot be cascaded from.
    const draft = await cityProgramme();
    const res = await wardSpecialist.post(`/api/programs/${draft.id}/cascade`, { orgId: ward });
    expect(res.status).toBe(404);
  });
});

describe('access', () => {
  it('a sibling ward sees neither the other ward’s programme nor its copy-check; the ward cannot edit the city’s', async () => {
    const { id } = await cityProgramme();
    await cityLeader.post(`/api/programs/${id}/approve`, { createTasks: false });
    const lower = await wardSpecialist.post(`/api/programs/${id}/cascade`, { orgId: ward });
    const wid = lower.body.id;
    expect((await outsider.get(`/api/programs/${wid}`)).status).toBe(404);
    expect((await outsider.get(`/api/programs/${wid}/copy-check`)).status).toBe(404);
    const list = await outsider.get('/api/programs');
    expect(list.body.items.some((p: { id: number }) => p.id === wid)).toBe(false);
    expect(list.body.items.some((p: { id: number }) => p.id === id)).toBe(true);
    const edit = await wardSpecialist.patch(`/api/programs/${id}`, { title: 'Sửa', reason: 'thử' });
    expect(edit.status).toBe(403);
    // The ward cannot cascade on behalf of another ward.
    expect((await wardSpecialist.post(`/api/programs/${id}/cascade`, { orgId: otherWard })).status).toBe(404);
    // Members read but never draft.
    const member = await t.as('member', ward);
    expect(
      (
        await member.post('/api/programs', {
          orgId: ward,
          kind: 'month',
          title: 'X',
          startsOn: '2026-01-01',
          endsOn: '2026-01-31',
        })
      ).status,
    ).toBe(403);
  });
});

describe('bad input changes nothing', () => {
  it('an end before the start, a deadline before the start, an unknown kind', async () => {
    const count = async () =>
      (
        await one<{ n: number }>(
          t.rt.database.db,
          sql`SELECT (SELECT count(*) FROM programs) + (SELECT count(*) FROM program_items) AS n`,
        )
      )?.n;
    const before = await count();
    const ends = await citySpecialist.post('/api/programs', {
      orgId: city,
      kind: 'quarter',
      title: 'Quý I',
      startsOn: '2026-03-31',
      endsOn: '2026-01-01',
    });
    expect(ends.status).toBe(422);
    expect(ends.body.error.message).toContain('Ngày kết thúc 01/01/2026 trước ngày bắt đầu 31/03/2026');
    const kind = await citySpecialist.post('/api/programs', {
      orgId: city,
      kind: 'decade',
      title: 'X',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toContain('Loại chương trình');
    const { id } = await cityProgramme();
    const mid = await count();
    const due = await citySpecialist.post(`/api/programs/${id}/items`, { title: 'Mục', dueOn: '2025-12-31' });
    expect(due.status).toBe(422);
    expect(due.body.error.code).toBe('due_before_start');
    const later = await citySpecialist.patch(`/api/programs/${id}`, { startsOn: '2026-07-01' });
    expect(later.status).toBe(422);
    expect(later.body.error.message).toContain('trước ngày bắt đầu mới 01/07/2026');
    const empty = await citySpecialist.post(`/api/programs/${id}/items`, { title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('Tiêu đề');
    expect(await count()).toBe(mid);
    expect(Number(mid) - Number(before)).toBe(6);
  });
});
