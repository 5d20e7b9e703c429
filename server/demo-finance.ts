// The demo's party finance: a year of fees for the ward Ba Đình. The members the other demo files
// created in its two chi bộ get their fee basis, the school's party organisation gets teachers, and
// every month of the last twelve is paid: in cash to the chi bộ, and in the last two months through
// the public-services portal (a statement with a stranger's line and a repeated one). One member
// has a reduction for illness, one is exempt (poor household), one stopped paying (arrears). The
// ward records what its units remitted (one short, one month missing), and keeps its fund book
// (receipts, spending by category, one correction). Made through the public API as the ward's secretary.
import { todayVn } from '../domain/dates.ts';
import { addMonth, monthsBetween } from '../domain/finance/remittance.ts';
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

interface ListItem {
  id: number;
  fullName: string;
  orgId: number;
  partyCardNo: string | null;
}

const TEACHERS: [string, string, string, number][] = [
  ['Nguyễn Thị Minh Hằng', '1979-04-10', '2005-03-26', 9_850_000],
  ['Trần Quốc Việt', '1985-10-02', '2010-05-19', 8_420_000],
  ['Phạm Thu Trang', '1990-01-22', '2015-09-02', 7_360_000],
  ['Đặng Văn Hải', '1976-07-07', '2001-02-03', 10_250_000],
];
const CLERKS: [string, string, string, number][] = [
  ['Lý Thị Mai', '1983-02-14', '2009-11-07', 6_120_000],
  ['Ngô Văn Toàn', '1969-12-30', '1995-12-22', 6_980_000],
];

/**
 * @param ids the demo's units by key
 */
export async function loadDemoFinance(deps: Deps, password: string, ids: Map<string, number>): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const clerk = await as('bithu.badinh');
  const today = todayVn();
  const thisMonth = today.slice(0, 7);
  const last = addMonth(thisMonth, -1);
  const months = monthsBetween(addMonth(thisMonth, -12), last);
  const portalMonths = new Set(months.slice(-2));

  // Teachers and staff of the school's party organisation.
  let card = 11_200_100;
  for (const [cell, list] of [
    ['cb-gv', TEACHERS],
    ['cb-hc', CLERKS],
  ] as const) {
    for (const [fullName, birthDate, admittedOn, salary] of list)
      await clerk.call('POST', '/api/members', {
        fullName,
        birthDate,
        orgId: org(cell),
        admittedOn,
        officialOn: `${Number(admittedOn.slice(0, 4)) + 1}${admittedOn.slice(4)}`,
        partyCardNo: String(card++),
        feeBasis: 'salary',
        feeBase: salary,
      });
  }

  // Fee bases of the chi bộ members created by the other demo files: retirees on pensions, workers
  // on salaries, one student.
  const members: ListItem[] = [];
  for (const cell of ['cb-tdp1', 'cb-tdp2', 'cb-gv', 'cb-hc']) {
    const page = await clerk.call<{ items: ListItem[] }>('GET', `/api/members?orgId=${org(cell)}&limit=100`);
    members.push(...page.items);
  }
  let k = 0;
  for (const m of members) {
    if (m.orgId === org('cb-gv') || m.orgId === org('cb-hc')) continue;
    const patch =
      k % 4 === 3
        ? { feeBasis: 'student', feeBase: null }
        : k % 2 === 0
          ? { feeBasis: 'pension', feeBase: 5_400_000 + 200_000 * k }
          : { feeBasis: 'salary', feeBase: 7_000_000 + 150_000 * k };
    const cardNo = m.partyCardNo ? {} : { partyCardNo: String(11_300_100 + k) };
    const updated = await clerk.call<ListItem>('PATCH', `/api/members/${m.id}`, { ...patch, ...cardNo });
    m.partyCardNo = updated.partyCardNo;
    k++;
  }

  // Reliefs: a reduction for illness, an exemption for a poor household.
  const ill = members[1];
  const poor = members[2];
  if (ill)
    await clerk.call('POST', '/api/members/fees/reliefs', {
      memberId: ill.id,
      percent: 50,
      from: months[3],
      to: months[8],
      reason: 'serious_illness',
      note: 'Điều trị bệnh dài ngày tại bệnh viện',
    });
  if (poor)
    await clerk.call('POST', '/api/members/fees/reliefs', {
      memberId: poor.id,
      percent: 100,
      from: months[0],
      to: months[11],
      reason: 'poor_household',
      note: 'Hộ nghèo theo danh sách của phường năm nay',
    });
  // The member who stops paying after the eighth month.
  const stopped = members.at(-1);

  // Cash, month by month: the amount due on each month's sheet.
  const portal: string[] = [];
  let ref = 1;
  for (const month of months) {
    const payments: { memberId: number; month: string; amount: number; paidOn: string }[] = [];
    const sheet = await clerk.call<{ items: { memberId: number; due: number; fullName: string }[] }>(
      'GET',
      `/api/members/fees?orgId=${org('badinh')}&month=${month}`,
    );
    for (const row of sheet.items) {
      if (row.due <= 0) continue;
      if (stopped && row.memberId === stopped.id && month > (months[7] as string)) continue;
      const m = members.find((x) => x.id === row.memberId);
      if (portalMonths.has(month) && m?.partyCardNo) {
        portal.push(
          [
            `DVC${month.replace('-', '')}${String(ref++).padStart(4, '0')}`,
            `05/${month.slice(5, 7)}/${month.slice(0, 4)}`,
            m.partyCardNo,
            row.fullName,
            row.due,
            `${month.slice(5, 7)}/${month.slice(0, 4)}`,
          ].join(';'),
        );
        continue;
      }
      payments.push({ memberId: row.memberId, month, amount: row.due, paidOn: `${month}-15` });
    }
    if (payments.length > 0) await clerk.call('POST', '/api/members/fees/payments', { payments });
  }

  // The portal's statement of the last two months: one line from someone unknown here, and the
  // first line repeated (the portal sent it twice).
  const lastMonthText = `${last.slice(5, 7)}/${last.slice(0, 4)}`;
  const csv = [
    'Mã giao dịch;Ngày giao dịch;Số thẻ đảng viên;Họ và tên;Số tiền;Kỳ nộp',
    ...portal,
    `DVC-LA-0001;06/${lastMonthText};99887766;Người nộp chưa rõ;30000;${lastMonthText}`,
    ...(portal[0] ? [portal[0]] : []),
  ].join('\r\n');
  const form = new FormData();
  form.set('orgId', String(org('badinh')));
  form.set('file', new Blob([csv]), `sao-ke-dich-vu-cong-${last}.csv`);
  await clerk.call('POST', '/api/members/fees/portal/import', form);

  // What the ward received from its units: the school's organisation short once, chi bộ 2's last
  // month not yet recorded.
  for (const month of months) {
    const flow = await clerk.call<{ lines: { orgId: number; remitted: number }[] }>(
      'GET',
      `/api/finance/fees/remittance?orgId=${org('badinh')}&from=${month}&to=${month}`,
    );
    for (const key of ['cb-tdp1', 'cb-tdp2', 'db-thpt']) {
      const line = flow.lines.find((l) => l.orgId === org(key));
      if (!line || line.remitted === 0) continue;
      if (key === 'cb-tdp2' && month === last) continue;
      const short = key === 'db-thpt' && month === months[5] ? 5_000 : 0;
      await clerk.call('POST', '/api/finance/receipts', {
        orgId: org('badinh'),
        fromOrgId: org(key),
        month,
        amount: Math.max(0, line.remitted - short),
        receivedOn: `${addMonth(month, 1)}-05` > today ? today : `${addMonth(month, 1)}-05`,
      });
    }
  }

  // The school organisation's fund book: its fee share each quarter, spending, one correction.
  const school = org('db-thpt');
  for (let q = 0; q < 4; q++) {
    const qm = months.slice(q * 3, q * 3 + 3);
    const first = qm[0];
    const lastOfQ = qm.at(-1);
    if (!first || !lastOfQ) continue;
    const flow = await clerk.call<{ lines: { orgId: number; kept: number }[] }>(
      'GET',
      `/api/finance/fees/remittance?orgId=${school}&from=${first}&to=${lastOfQ}`,
    );
    const kept = flow.lines.reduce((s, l) => s + l.kept, 0);
    const day = (m: string, d: number) => {
      const iso = `${m}-${String(d).padStart(2, '0')}`;
      return iso > today ? today : iso;
    };
    await clerk.call('POST', '/api/finance/fund/entries', {
      orgId: school,
      entryDate: day(lastOfQ, 25),
      direction: 'receipt',
      category: 'fee_share',
      amount: kept,
      description: `Đảng phí được trích giữ lại tháng ${first.slice(5, 7)}–${lastOfQ.slice(5, 7)}/${lastOfQ.slice(0, 4)}`,
    });
    await clerk.call('POST', '/api/finance/fund/entries', {
      orgId: school,
      entryDate: day(first, 10),
      direction: 'spending',
      category: 'papers',
      amount: 36_000,
      description: 'Mua Tạp chí Xây dựng Đảng',
    });
    if (q === 1) {
      await clerk.call('POST', '/api/finance/fund/entries', {
        orgId: school,
        entryDate: day(first, 12),
        direction: 'receipt',
        category: 'allocation',
        amount: 500_000,
        description: 'Kinh phí hỗ trợ hoạt động công tác đảng của nhà trường',
      });
      const visit = await clerk.call<{ id: number }>('POST', '/api/finance/fund/entries', {
        orgId: school,
        entryDate: day(first, 20),
        direction: 'spending',
        category: 'support',
        amount: 300_000,
        description: 'Thăm hỏi đảng viên ốm đau',
      });
      await clerk.call('POST', `/api/finance/fund/entries/${visit.id}/corrections`, {
        amount: 200_000,
        entryDate: day(first, 21),
        description: 'Sửa số tiền thăm hỏi theo phiếu chi số 07 (200.000 đồng)',
      });
    }
  }
}
