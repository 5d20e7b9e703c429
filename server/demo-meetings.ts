// The demo's chi bộ meetings: a year of them for the two chi bộ of the ward Ba Đình (Tổ dân phố số 1
// and số 2), made through the public API by the ward's secretary, so they obey every rule the app
// enforces. Regular meetings every month with their register, vote, minutes and resolution; thematic
// ones each quarter except one (chi bộ số 1 has none in the second quarter, which the overview shows);
// a member of chi bộ số 1 absent without reason in three months (he appears on the list for the rolls);
// the last resolution's tasks in the tracker (one given to the member account, one carried over), and
// the next meeting ahead with its agenda and a document, which the member sees on their phone.
import { addDays, todayVn } from '../domain/dates.ts';
import { type DemoClient, demoSignIn, docxForm } from './demo-client.ts';
import type { Deps } from './deps.ts';

interface Entry {
  memberId: number;
  fullName: string;
  official: boolean;
}
interface Planned {
  id: number;
  attendance: { items: Entry[] };
}

/** The member who stays away without reason (chi bộ số 1), and the months of the year he does. */
export const DEMO_ABSENT_MEMBER = 'Đỗ Minh Tuấn';
const ABSENT_MONTHS = [2, 4, 5];
/** Exempt from meetings (aged). */
const EXEMPT = 'Hoàng Văn Bình';

const CELL2_MEMBERS: [string, string, string, 'Nam' | 'Nữ'][] = [
  ['Ngô Thị Mai', '1975-04-18', '2001-06-20', 'Nữ'],
  ['Trần Quốc Hùng', '1969-10-02', '1995-03-03', 'Nam'],
  ['Lương Văn Sơn', '1980-07-27', '2006-12-19', 'Nam'],
  ['Đinh Thị Hoa', '1987-02-11', '2012-09-02', 'Nữ'],
  ['Mạc Văn Long', '1958-05-30', '1984-01-15', 'Nam'],
];

async function material(title: string, lines: string[]): Promise<FormData> {
  const form = await docxForm('du-thao-nghi-quyet.docx', [title, ...lines]);
  form.append('kind', 'material');
  return form;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * @param ids the demo's units by key
 * @param _accounts the demo's accounts by user name (the member account's record is already linked)
 */
export async function loadDemoMeetings(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  _accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const today = todayVn();
  // The year shown: this one once its first half is over (so the three months of absence have
  // passed), else the last one.
  const thisYear = Number(today.slice(0, 4));
  const year = Number(today.slice(5, 7)) > 6 ? thisYear : thisYear - 1;
  const ward = await as('bithu.badinh');

  for (const [fullName, birthDate, admittedOn, gender] of CELL2_MEMBERS) {
    await ward.call('POST', '/api/members', {
      fullName,
      birthDate,
      gender,
      orgId: org('cb-tdp2'),
      admittedOn,
      officialOn: addDays(admittedOn, 365),
      residence: 'Phường Ba Đình, Hà Nội',
    });
  }

  // Every month from January of `year` to now: the regular meeting on the 10th (this month's, if
  // still ahead or today, waits three days ahead: it is the next meeting).
  const months: { y: number; m: number }[] = [];
  for (let k = 0; ; k++) {
    const y = year + Math.floor(k / 12);
    const m = (k % 12) + 1;
    if (`${y}-${pad(m)}` > today.slice(0, 7)) break;
    months.push({ y, m });
  }

  for (const cell of ['cb-tdp1', 'cb-tdp2'] as const) {
    const one = cell === 'cb-tdp1';
    for (const [i, { y, m }] of months.entries()) {
      const latest = i === months.length - 1;
      const on = latest ? addDays(today, 3) : `${y}-${pad(m)}-10`;
      const meeting = await ward.call<Planned>('POST', '/api/meetings', {
        orgId: org(cell),
        kind: 'regular',
        title: `Sinh hoạt chi bộ thường kỳ tháng ${m}/${y}`,
        startsAt: `${on}T19:30`,
        endsAt: `${on}T21:15`,
        place: one ? 'Nhà văn hóa Tổ dân phố số 1' : 'Nhà văn hóa Tổ dân phố số 2',
        agenda: [
          `Kiểm điểm việc thực hiện nghị quyết tháng ${m === 1 ? 12 : m - 1}`,
          `Nhiệm vụ trọng tâm tháng ${m}`,
          'Sinh hoạt tư tưởng, ý kiến của đảng viên',
        ],
      });
      if (latest) {
        // Ahead: the document is posted days before, the members are told.
        await ward.call(
          'POST',
          `/api/meetings/${meeting.id}/files`,
          await material(`Dự thảo nghị quyết tháng ${m}/${y}`, [
            'Đánh giá kết quả thực hiện nhiệm vụ tháng trước.',
            'Nhiệm vụ trọng tâm: vệ sinh môi trường, an ninh trật tự, thu đảng phí.',
          ]),
        );
        await ward.call('POST', `/api/meetings/${meeting.id}/notify`);
        continue;
      }
      const tasks = await hold(ward, meeting, { one, y, m, year, full: i >= months.length - 3 });
      // The member reports the task of the resolution before last done; the last one's come back
      // on the next meeting's agenda.
      const mine = tasks.find((t) => t.ownerMemberId !== null);
      if (one && i === months.length - 3 && mine?.taskId) {
        const member = await as('dangvien.tdp1');
        await member.call('POST', `/api/tasks/${mine.taskId}/updates`, {
          progress: 100,
          note: 'Đã vận động 45/48 hộ tham gia',
        });
      }
      // Thematic meetings: one in the middle month of each quarter, none in chi bộ số 1's second.
      if (m % 3 === 2 && !(one && m === 5 && y === year)) {
        const day = `${y}-${pad(m)}-22`;
        if (day < today) {
          const thematic = await ward.call<Planned>('POST', '/api/meetings', {
            orgId: org(cell),
            kind: 'thematic',
            title: `Sinh hoạt chuyên đề quý ${Math.ceil(m / 3)}/${y}`,
            topic: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
            startsAt: `${day}T19:30`,
            endsAt: `${day}T21:15`,
          });
          await ward.call('PUT', `/api/meetings/${thematic.id}/attendance`, {
            entries: thematic.attendance.items.map((e) => ({
              memberId: e.memberId,
              status: e.fullName === EXEMPT ? 'exempt' : 'present',
            })),
          });
        }
      }
    }
  }
}

/** A past regular meeting: register, minutes, resolution; the recent ones also a vote, tasks, the report and a score. */
async function hold(
  ward: DemoClient,
  meeting: Planned,
  o: { one: boolean; y: number; m: number; year: number; full: boolean },
): Promise<{ taskId: number | null; ownerMemberId: number | null }[]> {
  const absent = (name: string) =>
    o.one && o.y === o.year && name === DEMO_ABSENT_MEMBER && ABSENT_MONTHS.includes(o.m);
  const entries = meeting.attendance.items.map((e) => ({
    memberId: e.memberId,
    status:
      e.fullName === EXEMPT
        ? 'exempt'
        : absent(e.fullName)
          ? 'absent'
          : o.m % 4 === 0 && e === meeting.attendance.items[1]
            ? 'absent_excused'
            : 'present',
    ...(o.m % 4 === 0 && e === meeting.attendance.items[1] ? { reason: 'Đi công tác' } : {}),
  }));
  await ward.call('PUT', `/api/meetings/${meeting.id}/attendance`, { entries });
  if (!o.full) {
    // Older months: held, with minutes and the numbered resolution (kept short: the demo loads fast).
    await ward.call('PUT', `/api/meetings/${meeting.id}/minutes`, {
      conclusion: 'Chi bộ thống nhất các nhiệm vụ của tháng.',
    });
    await ward.call('PUT', `/api/meetings/${meeting.id}/resolution`, {
      results: `Chi bộ hoàn thành các nhiệm vụ trọng tâm tháng ${o.m === 1 ? 12 : o.m - 1}.`,
      tasks: [],
    });
    await ward.call('POST', `/api/meetings/${meeting.id}/resolution/issue`);
    return [];
  }
  const official = new Set(meeting.attendance.items.filter((e) => e.official).map((e) => e.memberId));
  const presentOfficial = entries.filter((e) => e.status === 'present' && official.has(e.memberId)).length;
  await ward.call('POST', `/api/meetings/${meeting.id}/votes`, {
    subject: `Thông qua Nghị quyết tháng ${o.m}/${o.y}`,
    for: presentOfficial,
    against: 0,
    abstain: 0,
  });
  await ward.call('PUT', `/api/meetings/${meeting.id}/minutes`, {
    discussion: 'Các đồng chí đảng viên phát biểu ý kiến về công tác vệ sinh môi trường và an ninh trật tự.',
    conclusion: 'Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng.',
  });
  const owner = meeting.attendance.items.find((e) => e.fullName === 'Trịnh Văn Khoa');
  const due = `${o.y}-${pad(o.m)}-28`;
  await ward.call('PUT', `/api/meetings/${meeting.id}/resolution`, {
    results: `Chi bộ hoàn thành các nhiệm vụ trọng tâm tháng ${o.m === 1 ? 12 : o.m - 1}; thu đảng phí đạt 100%.`,
    directions: 'Tiếp tục giữ gìn vệ sinh môi trường, bảo đảm an ninh trật tự trên địa bàn.',
    tasks: [
      {
        title: `Vận động các hộ tham gia tổng vệ sinh tháng ${o.m}`,
        ...(owner ? { ownerMemberId: owner.memberId } : { ownerName: 'Chi ủy' }),
        dueOn: due,
      },
      {
        title: `Rà soát danh sách hộ nghèo, cận nghèo tháng ${o.m}`,
        ownerName: 'Tổ công tác dân vận',
        dueOn: due,
      },
    ],
  });
  const issued = await ward.call<{ tasks: { taskId: number | null; ownerMemberId: number | null }[] }>(
    'POST',
    `/api/meetings/${meeting.id}/resolution/issue`,
  );
  await ward.call('POST', `/api/meetings/${meeting.id}/report`, {});
  await ward.call('PUT', `/api/meetings/${meeting.id}/quality`, {
    scores: [
      { code: 'time', points: 5 },
      { code: 'attendance', points: 5 },
      { code: 'preparation', points: 8 },
      { code: 'conduct', points: 32 + (o.m % 5) },
      { code: 'principles', points: 5 },
      { code: 'follow_up', points: 25 },
      { code: 'closing', points: 5 },
    ],
  });
  return issued.tasks;
}
