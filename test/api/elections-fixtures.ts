// Shared by the elections tests: a city committee, a ward committee with a chi bộ, another ward (out
// of scope for the first), their staff; and helpers to build ballots and create elections.
import type { Client, TestApp } from '../helpers/app.ts';

export type Actor = Client & { userId: number };

export interface ElectionWorld {
  city: number;
  ward: number;
  cell: number;
  otherWard: number;
  /** The ward's clerk: runs the count. */
  clerk: Actor;
  /** A second account of the ward: the other teller. */
  teller2: Actor;
  /** The ward's own leader (may not approve its own election). */
  wardLeader: Actor;
  /** The city's leader: approves the ward's elections. */
  cityLeader: Actor;
  outsider: Actor;
  member: Actor;
}

export async function electionWorld(t: TestApp): Promise<ElectionWorld> {
  const city = t.rootId;
  const ward = await t.org(city, 'direct_committee', 'Đảng ủy phường Hải Châu');
  const cell = await t.org(ward, 'cell', 'Chi bộ Tổ dân phố 5', 'CB');
  const otherWard = await t.org(city, 'direct_committee', 'Đảng ủy phường Thanh Khê');
  return {
    city,
    ward,
    cell,
    otherWard,
    clerk: await t.as('clerk', ward),
    teller2: await t.as('specialist', ward),
    wardLeader: await t.as('leader', ward),
    cityLeader: await t.as('leader', city),
    outsider: await t.as('clerk', otherWard),
    member: await t.as('member', ward),
  };
}

/** A valid ballot voting for the candidates at the given 0-based positions. */
export function vote(n: number, ...positions: number[]) {
  return { valid: true, marks: Array.from({ length: n }, (_, i) => positions.includes(i)) };
}

export const invalid = (n: number) => ({ valid: false, marks: new Array<boolean>(n).fill(false) });

export async function createElection(c: Client, body: Record<string, unknown>): Promise<number> {
  const res = await c.post('/api/elections', body);
  if (res.status !== 201) throw new Error(`election create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}
