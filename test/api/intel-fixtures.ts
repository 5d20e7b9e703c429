// Shared by the situation information tests: a city with two wards (one with a residential group
// below it), their staff, and a generator of weekly reports (a steady level, then a rise).
import { addDays, todayVn } from '../../domain/dates.ts';
import type { Client, TestApp } from '../helpers/app.ts';

export type Actor = Client & { userId: number };

export interface IntelWorld {
  city: number;
  ward: number;
  group: number;
  otherWard: number;
  cityClerk: Actor;
  cityLeader: Actor;
  wardClerk: Actor;
  wardLeader: Actor;
  otherClerk: Actor;
  member: Actor;
}

export async function intelWorld(t: TestApp): Promise<IntelWorld> {
  await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Đà Nẵng' });
  const city = t.rootId;
  const ward = await t.org(city, 'direct_committee', 'Đảng ủy phường Hải Châu');
  const group = await t.org(ward, 'cell', 'Chi bộ Tổ dân phố 5', 'CB');
  const otherWard = await t.org(city, 'direct_committee', 'Đảng ủy phường Thanh Khê');
  return {
    city,
    ward,
    group,
    otherWard,
    cityClerk: await t.as('clerk', city, 1),
    cityLeader: await t.as('leader', city, 1),
    wardClerk: await t.as('clerk', ward, 1),
    wardLeader: await t.as('leader', ward, 1),
    otherClerk: await t.as('clerk', otherWard, 1),
    member: await t.as('member', ward),
  };
}

/** Monday of the week holding a day. */
function monday(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, d === 0 ? -6 : 1 - d);
}

/**
 * Weekly periodic reports of a unit for the `weeks` whole weeks before this week, `perWeek(k)`
 * items of a category in week k (0 = last week), spread over the week's days. Returns the check
 * day: the Monday of this week, so that the window is exactly the 4 weeks reported last.
 */
export async function weeklyReports(
  c: Client,
  orgId: number,
  weeks: number,
  category: string,
  perWeek: (k: number) => number,
  placeOrgId?: number,
): Promise<string> {
  const on = monday(todayVn());
  for (let k = weeks - 1; k >= 0; k--) {
    const start = addDays(on, -7 * (k + 1));
    const n = perWeek(k);
    const items = Array.from({ length: n }, (_, i) => ({
      category,
      severity: 1 + (i % 2),
      summary: `Đơn thư về ranh giới thửa đất (tuần ${k}, vụ ${i + 1})`,
      occurredOn: addDays(start, i % 7),
      ...(placeOrgId ? { placeOrgId } : {}),
      peopleCount: 2,
    }));
    const res = await c.post('/api/intel/reports', {
      orgId,
      kind: 'periodic',
      periodStart: start,
      periodEnd: addDays(start, 6),
      items,
    });
    if (res.status !== 201) throw new Error(`report: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return on;
}
