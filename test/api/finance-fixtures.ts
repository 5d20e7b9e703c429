// Shared by the finance tests: a city committee with a ward (a grassroots organisation) and its two
// chi bộ, another ward outside, staff at each, and members whose fees are paid by month.
import type { Client, TestApp } from '../helpers/app.ts';
import { member } from './members-fixtures.ts';

export type Actor = Client & { userId: number };

export interface FinanceWorld {
  city: number;
  ward: number;
  cellA: number;
  cellB: number;
  otherWard: number;
  otherCell: number;
  /** The ward's clerk: records fees, reliefs, statements, receipts and the fund book. */
  wardClerk: Actor;
  cityLeader: Actor;
  otherClerk: Actor;
  /** Members of cell A (salary 8,000,000 → 80,000; pension 6,000,000 → 30,000) and cell B (fixed 55,500). */
  salary: number;
  pension: number;
  fixed: number;
  outsider: number;
}

export async function financeWorld(t: TestApp): Promise<FinanceWorld> {
  const city = t.rootId;
  const ward = await t.org(city, 'grassroots', 'Đảng ủy phường Tài Chính', 'ĐU');
  const cellA = await t.org(ward, 'cell', 'Chi bộ khu phố 1', 'CB');
  const cellB = await t.org(ward, 'cell', 'Chi bộ khu phố 2', 'CB');
  const otherWard = await t.org(city, 'grassroots', 'Đảng ủy phường Ngoài', 'ĐU');
  const otherCell = await t.org(otherWard, 'cell', 'Chi bộ ngoài', 'CB');
  return {
    city,
    ward,
    cellA,
    cellB,
    otherWard,
    otherCell,
    wardClerk: await t.as('clerk', ward),
    cityLeader: await t.as('leader', city),
    otherClerk: await t.as('clerk', otherWard),
    salary: await member(t.admin, cellA, {
      fullName: 'Nguyễn Văn Lương',
      feeBasis: 'salary',
      feeBase: 8_000_000,
      partyCardNo: '01234567',
    }),
    pension: await member(t.admin, cellA, {
      fullName: 'Trần Thị Hưu',
      feeBasis: 'pension',
      feeBase: 6_000_000,
      partyCardNo: '01234568',
    }),
    fixed: await member(t.admin, cellB, {
      fullName: 'Lê Văn Cố Định',
      feeBasis: 'fixed',
      feeBase: 55_500,
      partyCardNo: '01234569',
    }),
    outsider: await member(t.admin, otherCell, {
      fullName: 'Phạm Văn Ngoài',
      feeBasis: 'fixed',
      feeBase: 20_000,
      partyCardNo: '09999999',
    }),
  };
}

export async function pay(c: Client, payments: { memberId: number; month: string; amount: number }[]) {
  const res = await c.post('/api/members/fees/payments', {
    payments: payments.map((p) => ({ ...p, paidOn: `${p.month}-20` })),
  });
  if (res.status !== 200) throw new Error(`payments: ${res.status} ${JSON.stringify(res.body)}`);
}
