// The demo's study of a resolution (học tập, quán triệt Nghị quyết 57-NQ/TW): the city's action
// programme, approved; the ward Ba Đình's session for the members of its chi bộ, attendance with an
// excused and an unexcused absence, a make-up session, written reflections (one by the member account
// from its phone, passed; a paper one that must be written again; one waiting), and the ward's own
// action programme opened from its session by the cascade, one item concretised. Made through the
// public API as the demo's own people, so it obeys every rule the app enforces.
import { addDays, todayVn } from '../domain/dates.ts';
import { demoSignIn, docxForm } from './demo-client.ts';
import type { Deps } from './deps.ts';

const NQ57 = {
  ref: 'Nghị quyết số 57-NQ/TW',
  title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
};
const CITY_ITEMS = [
  'Quán triệt sâu sắc, nâng cao nhận thức của cấp ủy, chính quyền về vai trò của khoa học, công nghệ và chuyển đổi số trên địa bàn Thành phố',
  'Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể của Thành phố',
  'Phát triển hạ tầng số, dữ liệu số phục vụ người dân và doanh nghiệp của Thành phố',
];

function reflectionFile(author: string, lines: string[]): Promise<FormData> {
  return docxForm('bai-thu-hoach.docx', [
    'BÀI THU HOẠCH',
    `Học tập, quán triệt ${NQ57.ref}`,
    `Người viết: ${author}`,
    ...lines,
  ]);
}

/**
 * @param ids the demo's units by key
 * @param _accounts the demo's accounts by user name (the member account's record is already linked)
 */
export async function loadDemoStudies(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  _accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const today = todayVn();
  const day = (n: number) => addDays(today, n);
  const year = Number(today.slice(0, 4));

  // The city's action programme on the resolution, approved: the committees below concretise it.
  const office = await as('chanhvp');
  const cityProgram = await office.call('POST', '/api/programs', {
    orgId: org('root'),
    kind: 'action',
    title: `Chương trình hành động của Thành ủy thực hiện ${NQ57.ref} của Bộ Chính trị`,
    startsOn: day(-45),
    endsOn: `${year + 4}-12-31`,
    resolution: NQ57,
  });
  for (const title of CITY_ITEMS)
    await office.call('POST', `/api/programs/${cityProgram.id}/items`, { title });
  const secretary = await as('bithu');
  await secretary.call('POST', `/api/programs/${cityProgram.id}/approve`, { createTasks: false });

  // The ward's session for all its members, then attendance: two absent, one of them excused.
  const ward = await as('bithu.badinh');
  const session = await ward.call('POST', '/api/studies', {
    orgId: org('badinh'),
    resolution: NQ57,
    mode: 'video',
    startsAt: `${day(-20)}T08:00`,
    endsAt: `${day(-20)}T11:00`,
    bridge: { host: 'Hội trường Đảng ủy phường Ba Đình', points: ['Nhà văn hóa Tổ dân phố số 1'] },
    presenter: 'Đồng chí Bí thư Đảng ủy phường',
  });
  const detail = await ward.call<{ attendees: { fullName: string; memberId: number }[] }>(
    'GET',
    `/api/studies/${session.id}`,
  );
  const byName = new Map<string, number>(detail.attendees.map((a) => [a.fullName, a.memberId]));
  const member = (name: string) => byName.get(name) as number;
  const absent: Record<string, { status: string; reason?: string }> = {
    'Phạm Văn Đức': { status: 'absent_excused', reason: 'Ốm, điều trị tại bệnh viện' },
    'Hoàng Văn Bình': { status: 'absent' },
  };
  await ward.call('PUT', `/api/studies/${session.id}/attendance`, {
    entries: [...byName].map(([name, memberId]) => ({
      memberId,
      ...(absent[name] ?? { status: 'present', point: 'Nhà văn hóa Tổ dân phố số 1' }),
    })),
  });
  // The make-up session: Đức comes, Bình still has not studied.
  const makeup = await ward.call('POST', `/api/studies/${session.id}/makeups`, {
    mode: 'in_person',
    startsAt: `${day(-10)}T14:00`,
    place: 'Phòng họp Đảng ủy phường Ba Đình',
  });
  await ward.call('PUT', `/api/studies/${makeup.id}/attendance`, {
    entries: [
      { memberId: member('Phạm Văn Đức'), status: 'present' },
      { memberId: member('Hoàng Văn Bình'), status: 'absent' },
    ],
  });

  // Reflections: the member account's own, passed; a paper one written again; one waiting.
  const khoa = await as('dangvien.tdp1');
  const own = await khoa.call(
    'POST',
    `/api/studies/${session.id}/reflections`,
    await reflectionFile('Trịnh Văn Khoa', [
      'Liên hệ bản thân: hướng dẫn bà con tổ dân phố dùng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
    ]),
  );
  await ward.call('PUT', `/api/studies/${session.id}/reflections/${own.id}/mark`, {
    grade: 'dat',
    score: 9,
    comment: 'Liên hệ sát thực tế tổ dân phố.',
  });
  const paper = async (name: string, lines: string[]) => {
    const form = await reflectionFile(name, lines);
    form.append('memberId', String(member(name)));
    return ward.call('POST', `/api/studies/${session.id}/reflections`, form);
  };
  const hanh = await paper('Nguyễn Thị Hạnh', ['Nghị quyết rất quan trọng, cần học tập nghiêm túc.']);
  await ward.call('PUT', `/api/studies/${session.id}/reflections/${hanh.id}/mark`, {
    grade: 'chua_dat',
    comment: 'Chưa liên hệ bản thân, chưa nêu việc sẽ làm: đề nghị viết lại.',
  });
  await paper('Lê Thị Thu Hà', [
    'Liên hệ bản thân: số hóa sổ sách của chi bộ, đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử.',
  ]);

  // The ward's action programme, opened from its session: the city's items, one made its own.
  const wardProgram = await ward.call('POST', `/api/studies/${session.id}/action-program`, {
    title: `Chương trình hành động của Đảng ủy phường Ba Đình thực hiện ${NQ57.ref}`,
  });
  const { items } = await ward.call<{ items: { id: number }[] }>('GET', `/api/programs/${wardProgram.id}`);
  const second = items[1];
  if (second) {
    await ward.call('PATCH', `/api/programs/${wardProgram.id}/items/${second.id}`, {
      title:
        'Đến hết năm, 100% chi bộ tổ dân phố của phường Ba Đình sinh hoạt có tài liệu trên Sổ tay đảng viên điện tử; số hóa hồ sơ đảng viên của phường',
    });
  }
}
