// The demo's congresses: the congress of Chi bộ Tổ dân phố số 1 for the 2025-2030 term with its
// timetable (steps done, one overdue, the rest ahead), the election of its chi ủy counted by two
// tellers who agreed, sent to the city and approved; and a nomination poll (phiếu giới thiệu) for the
// secretary where the two tellers still disagree on one ballot. Made through the public API as the
// demo's own people, so it obeys every rule the app enforces.
import { addDays, todayVn } from '../domain/dates.ts';
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

const COMMITTEE = ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Quang Vinh', 'Phạm Thị Hoa'];

/** A ballot voting for the candidates at the given positions (0-based) of a list of `n`. */
const v = (n: number, ...at: number[]) => ({
  valid: true,
  marks: Array.from({ length: n }, (_, i) => at.includes(i)),
});

export async function loadDemoCongresses(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const day = (n: number) => addDays(todayVn(), n);
  const ward = await as('bithu.badinh');
  const wardAdmin = await as('quantri.badinh');
  const city = await as('bithu');
  const cell = ids.get('cb-tdp1') as number;

  const congress = await ward.call('POST', '/api/congresses', {
    orgId: cell,
    title: 'Đại hội Chi bộ Tổ dân phố số 1 nhiệm kỳ 2025-2030',
    term: '2025-2030',
    heldOn: day(-2),
    milestones: [
      { title: 'Xây dựng dự thảo báo cáo chính trị', dueOn: day(-40) },
      { title: 'Xây dựng đề án nhân sự', dueOn: day(-30) },
      { title: 'Hội nghị phiếu giới thiệu nhân sự', dueOn: day(-20) },
      { title: 'Tổ chức đại hội', dueOn: day(-2) },
      { title: 'Trình chuẩn y kết quả bầu cử', dueOn: day(5) },
      { title: 'Nộp hồ sơ đại hội', dueOn: day(15) },
    ],
  });
  const detail = await ward.call<{ milestones: { id: number; title: string }[] }>(
    'GET',
    `/api/congresses/${congress.id}`,
  );
  for (const m of detail.milestones.slice(0, 2)) {
    await ward.call('PUT', `/api/congresses/${congress.id}/milestones/${m.id}`, { doneOn: day(-25) });
  }
  const held = detail.milestones.find((m) => m.title === 'Tổ chức đại hội');
  if (held)
    await ward.call('PUT', `/api/congresses/${congress.id}/milestones/${held.id}`, { doneOn: day(-2) });

  // The chi ủy: 3 seats, 4 on the list, 9 members convened; two tellers enter the same 9 ballots.
  const election = await ward.call('POST', '/api/elections', {
    orgId: cell,
    congressId: congress.id,
    title: 'Bầu Chi ủy Chi bộ Tổ dân phố số 1 nhiệm kỳ 2025-2030',
    seats: 3,
    candidates: COMMITTEE,
    convened: 9,
  });
  const ballots = [
    v(4, 0, 1, 2),
    v(4, 0, 1, 2),
    v(4, 0, 1, 3),
    v(4, 0, 1, 2),
    v(4, 0, 2, 3),
    v(4, 0, 1, 2),
    v(4, 1, 2, 3),
    v(4, 0, 1, 2, 3),
    { valid: false, marks: [false, false, false, false] },
  ];
  const e = `/api/elections/${election.id}`;
  await ward.call('PUT', `${e}/tally/1`, { ballots });
  await wardAdmin.call('PUT', `${e}/tally/2`, { ballots });
  await ward.call('POST', `${e}/tally/agree`);
  await ward.call('POST', `${e}/submit`);
  await city.call('POST', `${e}/approve`, { note: 'Chuẩn y kết quả bầu Chi ủy.' });

  // The nomination poll for the secretary: the tellers differ on ballot 3.
  const poll = await ward.call('POST', '/api/elections', {
    orgId: cell,
    congressId: congress.id,
    kind: 'nomination',
    title: 'Phiếu giới thiệu Bí thư Chi bộ',
    seats: 1,
    candidates: COMMITTEE.slice(0, 2),
    convened: 9,
  });
  const first = [v(2, 0), v(2, 0), v(2, 1), v(2, 0), v(2, 0)];
  await ward.call('PUT', `/api/elections/${poll.id}/tally/1`, { ballots: first });
  await wardAdmin.call('PUT', `/api/elections/${poll.id}/tally/2`, {
    ballots: first.map((b, i) => (i === 2 ? v(2, 0) : b)),
  });
}
