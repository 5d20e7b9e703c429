// Badges: GET /api/members/badges?on=&orgId= (docs/design.md §5, the stable API) — the unit's
// subtree, the highest milestone reached on the date counted from admission minus interruptions, not
// yet awarded; early awards for the seriously ill and posthumous awards; recorded awards; the
// proposal list as Excel and Word with the cash gift; and the SQL rule checked against the domain
// rule on random members.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeDue, nextOccasion } from '../../domain/members/badges.ts';
import { addDays, addMonths, addYears } from '../../domain/members/calendar.ts';
import { multipleOf } from '../../server/modules/members/badges/presenter.ts';
import { workbook } from '../../server/modules/members/xlsx.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, member, sheetRows } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cellA: number;
let cellB: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Huy hiệu');
  cellA = await t.org(ward, 'cell', 'Chi bộ A');
  cellB = await t.org(ward, 'cell', 'Chi bộ B');
});
afterAll(async () => {
  await t?.close();
});

type Due = { memberId: number; fullName: string; years: number; orgId: number; cashGift: number | null };

/** Every page of the due list, in order. */
const due = async (on: string, orgId: number, limit = 100) => {
  const items: Due[] = [];
  let cursor = '';
  for (let pages = 0; pages < 1000; pages++) {
    const res = await t.admin.get(
      `/api/members/badges?on=${on}&orgId=${orgId}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...res.body.items);
    if (!res.body.nextCursor) return items;
    cursor = encodeURIComponent(res.body.nextCursor);
  }
  throw new Error('the cursor never ended');
};

describe('badges due on a date', () => {
  it('lists the subtree’s members who reached a milestone, with the highest one and their unit', async () => {
    const a = await member(t.admin, cellA, {
      fullName: 'Nguyễn Văn Ba Mươi',
      birthDate: '1950-01-01',
      admittedOn: '1996-02-03',
    });
    const b = await member(t.admin, cellB, {
      fullName: 'Trần Văn Bốn Lăm',
      birthDate: '1940-01-01',
      admittedOn: '1976-05-19',
    });
    await member(t.admin, cellB, {
      fullName: 'Lê Văn Chưa Đủ',
      birthDate: '1970-01-01',
      admittedOn: '1996-02-04',
    });
    const items = await due('2026-02-03', ward);
    expect(items).toEqual(
      expect.arrayContaining([
        { memberId: a, fullName: 'Nguyễn Văn Ba Mươi', years: 30, orgId: cellA, ...extra() },
        { memberId: b, fullName: 'Trần Văn Bốn Lăm', years: 45, orgId: cellB, ...extra() },
      ]),
    );
    expect(items.map((i) => i.fullName)).not.toContain('Lê Văn Chưa Đủ');
    // Only the chi bộ asked about.
    expect((await due('2026-02-03', cellA)).map((i) => i.memberId)).toEqual([a]);
  });

  it('counts from admission minus interruptions', async () => {
    const id = await member(t.admin, cellA, {
      fullName: 'Phạm Văn Gián Đoạn',
      birthDate: '1955-01-01',
      admittedOn: '1996-01-01',
      interruptions: [{ from: '2000-01-01', to: '2000-03-01', reason: 'Mất liên lạc' }],
    });
    expect((await due('2026-02-03', cellA)).map((i) => i.memberId)).not.toContain(id);
    expect((await due('2026-03-02', cellA)).find((i) => i.memberId === id)?.years).toBe(30);
  });

  it('leaves out members already awarded that badge (or a higher one); awards are recorded', async () => {
    const id = await member(t.admin, cellB, {
      fullName: 'Vũ Văn Đã Trao',
      birthDate: '1945-01-01',
      admittedOn: '1985-09-02',
    });
    expect((await due('2026-09-02', cellB)).find((i) => i.memberId === id)?.years).toBe(40);
    const early = await t.admin.post(`/api/members/${id}/badges`, { years: 45, awardedOn: '2026-01-01' });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/chưa đủ 45 năm/);
    const ok = await t.admin.post(`/api/members/${id}/badges`, {
      years: 40,
      awardedOn: '2025-09-02',
      decisionNo: '100-QĐ/TU',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.badges).toEqual([{ years: 40, awardedOn: '2025-09-02', decisionNo: '100-QĐ/TU' }]);
    expect((await due('2026-09-02', cellB)).map((i) => i.memberId)).not.toContain(id);
    const again = await t.admin.post(`/api/members/${id}/badges`, { years: 40, awardedOn: '2025-09-02' });
    expect(again.status).toBe(409);
    expect(
      (await t.admin.post(`/api/members/${id}/badges`, { years: 35, awardedOn: '2025-09-02' })).status,
    ).toBe(400);
    // Five years later the next milestone is due.
    expect((await due('2030-09-02', cellB)).find((i) => i.memberId === id)?.years).toBe(45);
  });

  it('seriously ill members may get the badge up to 12 months early (30–65) or 24 months (70–90)', async () => {
    const id = await member(t.admin, cellA, {
      fullName: 'Đỗ Văn Ốm',
      birthDate: '1950-01-01',
      admittedOn: '1996-11-07',
    });
    expect((await due('2025-11-07', cellA)).map((i) => i.memberId)).not.toContain(id);
    await t.admin.patch(`/api/members/${id}`, { seriouslyIll: true });
    const res = await t.admin.get(`/api/members/badges?on=2025-11-07&orgId=${cellA}`);
    expect(res.body.items.find((i: any) => i.memberId === id)).toMatchObject({
      years: 30,
      early: true,
      posthumous: false,
    });
    expect((await due('2025-11-06', cellA)).map((i) => i.memberId)).not.toContain(id);
  });

  it('posthumous awards up to 12 months early, from the death on', async () => {
    const id = await member(t.admin, cellB, {
      fullName: 'Hoàng Văn Truy Tặng',
      birthDate: '1950-01-01',
      admittedOn: '1996-05-19',
    });
    const died = await t.admin.post(`/api/members/${id}/status`, { status: 'tu_tran', on: '2025-06-01' });
    expect(died.status).toBe(200);
    const res = await t.admin.get(`/api/members/badges?on=2026-02-03&orgId=${cellB}`);
    expect(res.body.items.find((i: any) => i.memberId === id)).toMatchObject({
      years: 30,
      posthumous: true,
      early: true,
    });
  });

  it('an out-of-scope unit is 404; a member account sees only itself', async () => {
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Khác HH');
    const leader = await t.as('leader', ward);
    expect((await leader.get(`/api/members/badges?on=2026-02-03&orgId=${other}`)).status).toBe(404);
    const acct = await t.as('member', cellA);
    const mine = await member(t.admin, cellA, {
      fullName: 'Ngô Văn Chính Mình',
      birthDate: '1950-01-01',
      admittedOn: '1990-01-01',
      userId: acct.userId,
    });
    const seen = await acct.get(`/api/members/badges?on=2026-02-03&orgId=${cellA}`);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((i: any) => i.memberId)).toEqual([mine]);
  });

  it('the proposal list per occasion comes as Excel and Word, with the cash gift from the base salary', async () => {
    const on = nextOccasion('2026-01-01').date;
    const x = await download(t, t.admin, `/api/members/badges/proposal.xlsx?on=${on}&orgId=${ward}`);
    expect(x.status).toBe(200);
    const data = await sheetRows(x.body);
    expect(String(data[0]?.[0])).toContain('DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG');
    expect(String(data[2]?.[0])).toContain('2.340.000');
    expect(data.find((r) => r[0] === 'STT')).toContain('Tiền thưởng (đồng)');
    const row30 = data.find((r) => r[1] === 'Nguyễn Văn Ba Mươi');
    expect(row30?.[9]).toBe(3_510_000);
    const w = await download(t, t.admin, `/api/members/badges/proposal.docx?on=${on}&orgId=${ward}`);
    expect(w.status).toBe(200);
    expect(w.type).toContain('wordprocessingml');
    const mammoth = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: w.body })).value;
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Nguyễn Văn Ba Mươi');
    expect(text).toContain('3.510.000');
  });

  it('comes in pages of the name order; the summary counts every page', async () => {
    const on = '2026-02-03';
    const all = await due(on, ward, 100);
    expect(all.length).toBeGreaterThanOrEqual(3);
    // One by one: the same members in the same order, each once.
    const single = await due(on, ward, 1);
    expect(single.map((i) => i.memberId)).toEqual(all.map((i) => i.memberId));
    const first = await t.admin.get(`/api/members/badges?on=${on}&orgId=${ward}&limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    // A cursor that is not ours starts the list over.
    const junk = await t.admin.get(`/api/members/badges?on=${on}&orgId=${ward}&limit=1&cursor=xyz`);
    expect(junk.body.items).toEqual(first.body.items);
    const sum = await t.admin.get(`/api/members/badges/summary?on=${on}&orgId=${ward}`);
    expect(sum.status).toBe(200);
    expect(sum.body.total).toBe(all.length);
    const byYears = new Map<number, number>();
    for (const i of all) byYears.set(i.years, (byYears.get(i.years) ?? 0) + 1);
    expect(sum.body.byYears).toEqual(
      [...byYears].sort((a, b) => a[0] - b[0]).map(([years, n]) => ({ years, n })),
    );
    expect(sum.body.cashGiftTotal).toBe(all.reduce((s, i) => s + (i.cashGift ?? 0), 0));
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy khác');
    const leader = await t.as('leader', other);
    expect((await leader.get(`/api/members/badges/summary?on=${on}&orgId=${ward}`)).status).toBe(404);
  });

  it('the streamed Excel proposal holds what the in-memory workbook held', async () => {
    const on = '2026-02-03';
    const list = await t.admin.get(`/api/members/badges?on=${on}&orgId=${ward}&limit=1`);
    const items = await due(on, ward, 2);
    const rows = items.map((it: any, i) => ({
      stt: i + 1,
      fullName: it.fullName,
      birthDate: it.birthDate,
      orgName: it.orgName,
      admittedOn: it.admittedOn,
      partyCardNo: it.partyCardNo,
      badge: `${it.years} năm`,
      note: it.posthumous ? 'Truy tặng' : it.early ? 'Tặng sớm (ốm nặng)' : '',
      multiple: multipleOf(it.years),
      cashGift: it.cashGift,
    }));
    const b = list.body.baseSalary;
    const money = (n: number) => n.toLocaleString('vi-VN');
    const before = await workbook([
      {
        name: 'Đề nghị Huy hiệu',
        caption: [
          `DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG — ${list.body.orgName}`,
          `Đợt ${list.body.occasion}`,
          `Mức lương cơ sở: ${money(b.amount)} đồng (từ ${b.effectiveFrom.split('-').reverse().join('/')})`,
        ],
        columns: [
          { header: 'STT', key: 'stt', width: 6 },
          { header: 'Họ và tên', key: 'fullName', width: 28 },
          { header: 'Ngày sinh', key: 'birthDate', date: true },
          { header: 'Chi bộ', key: 'orgName', width: 30 },
          { header: 'Ngày vào Đảng', key: 'admittedOn', date: true, width: 15 },
          { header: 'Số thẻ đảng viên', key: 'partyCardNo', width: 16 },
          { header: 'Huy hiệu', key: 'badge', width: 10 },
          { header: 'Ghi chú', key: 'note', width: 20 },
          { header: 'Hệ số', key: 'multiple', width: 8 },
          { header: 'Tiền thưởng (đồng)', key: 'cashGift', money: true, width: 18 },
        ],
        rows,
        footer: {
          fullName: `Cộng: ${rows.length} đồng chí`,
          cashGift: rows.reduce((s, r) => s + (r.cashGift ?? 0), 0),
        },
      },
    ]);
    const x = await download(t, t.admin, `/api/members/badges/proposal.xlsx?on=${on}&orgId=${ward}`);
    expect(x.status).toBe(200);
    // An empty text cell is left out by the streaming writer: the same empty cell in Excel.
    const cells = async (b: Buffer) =>
      (await sheetRows(b)).map((r) => Array.from(r, (v) => (v === '' ? undefined : v)));
    const got = await cells(x.body);
    expect(got).toEqual(await cells(before));
    expect(got.length).toBe(3 + 1 + items.length + 1);
  });

  it('a new base salary applies from its date', async () => {
    const set = await t.admin.post('/api/members/base-salaries', {
      effectiveFrom: '2030-01-01',
      amount: 3_000_000,
    });
    expect(set.status).toBe(200);
    const res = await t.admin.get(`/api/members/badges?on=2030-02-03&orgId=${ward}`);
    expect(res.body.baseSalary).toEqual({ amount: 3_000_000, effectiveFrom: '2030-01-01' });
    const leader = await t.as('leader', ward);
    expect(
      (await leader.post('/api/members/base-salaries', { effectiveFrom: '2031-01-01', amount: 1 })).status,
    ).toBe(403);
  });
});

function extra() {
  return {
    orgName: expect.any(String),
    birthDate: expect.any(String),
    admittedOn: expect.any(String),
    partyCardNo: null,
    reachedOn: expect.any(String),
    early: false,
    posthumous: false,
    cashGift: expect.any(Number),
  };
}

describe('the SQL rule equals the domain rule', () => {
  it('on random members, interruptions, flags, deaths, awards and dates', async () => {
    const unit = await t.org(ward, 'cell', 'Chi bộ Ngẫu nhiên');
    const day = (from: string, span: number) =>
      fc.integer({ min: 0, max: span }).map((d) => addDays(from, d));
    const arb = fc.record({
      admittedOn: day('1930-01-01', 365 * 70),
      gaps: fc.array(
        fc.record({
          offset: fc.integer({ min: 0, max: 365 * 40 }),
          length: fc.integer({ min: 1, max: 800 }),
        }),
        {
          maxLength: 2,
        },
      ),
      ill: fc.boolean(),
      diesAfter: fc.option(fc.integer({ min: 365 * 25, max: 365 * 90 }), { nil: null }),
      awarded: fc.subarray([30, 40, 45, 50, 55, 60], { maxLength: 2 }),
    });
    const members = fc.sample(arb, { numRuns: 60, seed: 7 });
    const created: {
      id: number;
      m: (typeof members)[number];
      interruptions: { from: string; to: string }[];
      diedOn: string | null;
    }[] = [];
    for (const [i, m] of members.entries()) {
      // Non-overlapping interruptions after admission.
      let cursor = m.admittedOn;
      const interruptions = m.gaps.map((g) => {
        const from = addDays(cursor, g.offset + 1);
        const to = addDays(from, g.length);
        cursor = to;
        return { from, to, reason: 'ngẫu nhiên' };
      });
      const birthDate = addYears(m.admittedOn, -25);
      const id = await member(t.admin, unit, {
        fullName: `Người Ngẫu Nhiên ${i}`,
        birthDate,
        admittedOn: m.admittedOn,
        interruptions: interruptions.filter((x) => x.to <= '2026-01-01'),
        seriouslyIll: m.ill,
      });
      let diedOn: string | null = null;
      if (m.diesAfter !== null && addDays(m.admittedOn, m.diesAfter) < '2026-01-01') {
        diedOn = addDays(m.admittedOn, m.diesAfter);
        const r = await t.admin.post(`/api/members/${id}/status`, { status: 'tu_tran', on: diedOn });
        expect(r.status).toBe(200);
      }
      created.push({ id, m, interruptions: interruptions.filter((x) => x.to <= '2026-01-01'), diedOn });
    }
    // Awards straight in the table: recording them through the API would apply the rule under test.
    const { sql } = await import('drizzle-orm');
    for (const c of created) {
      for (const years of c.m.awarded)
        await t.rt.database.db.execute(
          sql`INSERT INTO member_badges (member_id, years, awarded_on) VALUES (${c.id}, ${years}, '2000-01-01')`,
        );
    }
    const dates = [
      '1965-05-19',
      '1990-02-03',
      '2000-09-02',
      '2010-11-07',
      '2026-02-03',
      '2040-05-19',
      addMonths('2026-02-03', 7),
    ];
    let compared = 0;
    for (const on of dates) {
      const items = await due(on, unit);
      const got = new Map(items.map((i) => [i.memberId, i.years]));
      for (const c of created) {
        const expected = badgeDue(
          {
            admittedOn: c.m.admittedOn,
            interruptions: c.interruptions,
            seriouslyIll: c.m.ill,
            diedOn: c.diedOn,
            awarded: c.m.awarded,
          },
          on,
        );
        expect(got.get(c.id) ?? null, `member ${c.id} on ${on}: ${JSON.stringify(c)}`).toBe(
          expected?.years ?? null,
        );
        compared++;
      }
    }
    expect(compared).toBe(created.length * dates.length);
  });
});
