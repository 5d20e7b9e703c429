// The demo's working content — documents in the registers, a direction turned into a task, a city
// programme cascaded by a ward, tasks late, bounced and done, party members with badges due — made
// through the public API as the demo's own people, so it obeys every rule the app enforces.
import { addDays, todayVn } from '../domain/dates.ts';
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

/**
 * @param ids the demo's units by key
 * @param accounts the demo's accounts by user name
 */
export async function loadDemoContent(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const today = todayVn();
  const year = Number(today.slice(0, 4));
  const day = (n: number) => addDays(today, n);

  const admin = await as('quantri');
  await admin.call('POST', `/api/orgs/${org('root')}/terms`, {
    name: 'Nhiệm kỳ 2025–2030',
    startsOn: '2025-10-15',
  });
  await admin.call('POST', `/api/orgs/${org('badinh')}/terms`, {
    name: 'Nhiệm kỳ 2025–2030',
    startsOn: '2025-08-01',
  });

  // Incoming documents of the Thành ủy, registered by its clerk.
  const clerk = await as('vanthu.tu');
  const incoming = [
    {
      typeCode: 'CT',
      symbol: '45-CT/TW',
      issuer: 'Ban Chấp hành Trung ương',
      summary: 'về lãnh đạo đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
      urgency: 1,
    },
    {
      typeCode: 'HD',
      symbol: '05-HD/VPTW',
      issuer: 'Văn phòng Trung ương Đảng',
      summary: 'Hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng',
    },
    {
      typeCode: 'CV',
      symbol: '1520-CV/BTCTW',
      issuer: 'Ban Tổ chức Trung ương',
      summary: 'về việc báo cáo kết quả sắp xếp tổ chức bộ máy và tổ chức cơ sở đảng sau hợp nhất xã',
      urgency: 2,
    },
    {
      typeCode: 'KL',
      symbol: '12-KL/TW',
      issuer: 'Bộ Chính trị',
      summary:
        'Kết luận về tăng cường công tác giải phóng mặt bằng, bồi thường, hỗ trợ, tái định cư các dự án trọng điểm',
    },
  ];
  const registered: number[] = [];
  for (const [i, d] of incoming.entries()) {
    const doc = await clerk.call('POST', '/api/documents', {
      direction: 'in',
      orgId: org('root'),
      secrecy: 0,
      issuedOn: day(-12 + i * 2),
      receivedOn: day(-10 + i * 2),
      pages: 3 + i,
      ...d,
    });
    registered.push(doc.id as number);
  }
  const secretary = await as('bithu');
  await secretary.call('POST', `/api/documents/${registered[2]}/directions`, {
    text: 'Giao Ban Tổ chức Thành ủy chủ trì, Văn phòng Thành ủy phối hợp tham mưu báo cáo; hoàn thành trước hạn.',
    leadOrgId: org('btctu'),
    coordinatingOrgIds: [org('vptu')],
    deadline: day(14),
  });
  await secretary.call('POST', `/api/documents/${registered[3]}/directions`, {
    text: 'Giao Đảng ủy phường Ba Đình và Đảng ủy xã Đoài Phương rà soát, báo cáo vướng mắc giải phóng mặt bằng.',
    leadOrgId: org('badinh'),
    coordinatingOrgIds: [org('doaiphuong')],
    deadline: day(-3),
  });

  // Outgoing documents of the Thành ủy: issued and sent to the wards; one waiting for signature.
  const wards = [org('badinh'), org('hoankiem'), org('doaiphuong')];
  const outgoing = [
    {
      typeCode: 'CT',
      summary: 'về tăng cường công tác giải phóng mặt bằng các dự án trọng điểm trên địa bàn thành phố',
      content:
        'Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện nghiêm công tác bồi thường, hỗ trợ, tái định cư; kiên quyết khắc phục tình trạng né tránh, đùn đẩy trách nhiệm.',
    },
    {
      typeCode: 'KH',
      summary: 'triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVIII',
      content: 'Tổ chức hội nghị quán triệt đến toàn thể cán bộ, đảng viên trong quý I.',
    },
    {
      typeCode: 'TB',
      summary: 'kết luận của Thường trực Thành ủy về công tác chuẩn bị Tết Nguyên đán',
      content: 'Các đơn vị chủ động phương án bảo đảm an ninh trật tự, chăm lo đời sống nhân dân.',
    },
  ];
  for (const d of outgoing) {
    const doc = await clerk.call('POST', '/api/documents', {
      direction: 'out',
      orgId: org('root'),
      secrecy: 0,
      place: 'Hà Nội',
      signAuthority: 'T/M Ban Thường vụ',
      signerTitle: 'Bí thư',
      ...d,
    });
    await clerk.call('POST', `/api/documents/${doc.id}/recipients`, {
      orgIds: wards,
      external: ['Ban Bí thư Trung ương Đảng'],
    });
    await clerk.call('POST', `/api/documents/${doc.id}/issue`, {});
  }
  const draft = await clerk.call('POST', '/api/documents', {
    direction: 'out',
    orgId: org('root'),
    typeCode: 'BC',
    summary: 'Báo cáo sơ kết 6 tháng thực hiện Chỉ thị về giải phóng mặt bằng',
    content: 'Kết quả nổi bật; hạn chế, vướng mắc; nhiệm vụ trọng tâm 6 tháng cuối năm.',
    secrecy: 0,
  });
  const signer = await secretary.call<{ user: { id: number } }>('GET', '/api/auth/me');
  await clerk.call('POST', `/api/documents/${draft.id}/submit`, {
    signerId: signer.user.id,
    note: 'Kính trình đồng chí Bí thư.',
  });

  // The city's programme of the year, approved (its items become tasks), then cascaded by Ba Đình.
  const office = await as('chanhvp');
  const program = await office.call('POST', '/api/programs', {
    orgId: org('root'),
    kind: 'year',
    title: `Chương trình công tác năm ${year} của Ban Thường vụ Thành ủy`,
    theme: 'Năm đẩy mạnh chuyển đổi số và cải cách hành chính trong Đảng',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  });
  const items = [
    {
      title:
        'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của Thành phố năm ' +
        year,
      leadOrgId: org('vptu'),
      dueOn: day(45),
    },
    {
      title: 'Đẩy mạnh chuyển đổi số trong các cơ quan Đảng của Thành phố',
      leadOrgId: org('vptu'),
      dueOn: day(-5),
    },
    {
      title: 'Kiện toàn tổ chức cơ sở đảng sau sắp xếp đơn vị hành chính cấp xã',
      leadOrgId: org('btctu'),
      dueOn: day(20),
    },
  ];
  for (const item of items)
    await office.call('POST', `/api/programs/${program.id}/items`, { ...item, product: 'Báo cáo' });
  await secretary.call('POST', `/api/programs/${program.id}/approve`, {});
  const ward = await as('bithu.badinh');
  const cascaded = await ward.call<{ id: number; items?: { id: number; title: string }[] }>(
    'POST',
    `/api/programs/${program.id}/cascade`,
    { orgId: org('badinh') },
  );
  const wardProgram = await ward.call<{ items: { id: number; title: string }[] }>(
    'GET',
    `/api/programs/${cascaded.id}`,
  );
  const first = wardProgram.items[0];
  if (first) {
    await ward.call('PATCH', `/api/programs/${cascaded.id}/items/${first.id}`, {
      title: `Hoàn thành giải phóng mặt bằng 3 dự án trên địa bàn phường Ba Đình, tăng thu ngân sách phường 8% so với năm ${year - 1}`,
    });
  }

  // Tasks of the ward: one passed around, one done, one stalled since it was given.
  const wardTask = await ward.call('POST', '/api/tasks', {
    title: 'Rà soát hồ sơ đảng viên sinh hoạt tạm thời tại Tổ dân phố số 2',
    orgId: org('cb-tdp1'),
    dueOn: day(10),
  });
  await ward.call('POST', `/api/tasks/${wardTask.id}/transfer`, {
    orgId: org('cb-tdp2'),
    reason: 'Đảng viên thuộc địa bàn Tổ dân phố số 2',
  });
  await ward.call('POST', `/api/tasks/${wardTask.id}/transfer`, {
    orgId: org('cb-tdp1'),
    reason: 'Chi bộ Tổ dân phố số 2 đề nghị trả lại',
  });
  const done = await ward.call('POST', '/api/tasks', {
    title: 'Báo cáo công tác phát triển đảng viên quý',
    orgId: org('cb-tdp2'),
    dueOn: day(5),
  });
  await ward.call('POST', `/api/tasks/${done.id}/updates`, {
    progress: 100,
    note: 'Đã gửi báo cáo',
    product: 'Báo cáo số 05-BC/CB',
  });
  await ward.call('POST', '/api/tasks', {
    title: 'Tổng hợp ý kiến góp ý của nhân dân về xây dựng Đảng',
    orgId: org('db-thpt'),
    dueOn: day(-8),
  });

  // Members of the chi bộ Tổ dân phố số 1, several of them due for a badge. The first is the member
  // account dangvien.tdp1: its record is linked to the account, so the member sees it when signed in.
  const members: [string, string, string, 'Nam' | 'Nữ', string?][] = [
    ['Trịnh Văn Khoa', '1968-03-12', '1994-05-19', 'Nam', 'dangvien.tdp1'],
    ['Nguyễn Thị Hạnh', '1950-08-02', '1976-02-03', 'Nữ'],
    ['Phạm Văn Đức', '1945-11-20', '1966-09-02', 'Nam'],
    ['Lê Thị Thu Hà', '1990-06-15', '2016-11-07', 'Nữ'],
    ['Đỗ Minh Tuấn', '1982-01-30', '2008-05-19', 'Nam'],
    ['Vũ Thị Lan Anh', '1995-09-09', `${year - 1}-03-26`, 'Nữ'],
    ['Hoàng Văn Bình', '1935-04-04', '1955-12-22', 'Nam'],
    ['Bùi Thị Ngọc', '1972-12-01', '1996-02-03', 'Nữ'],
  ];
  let card = 11_000_100;
  for (const [fullName, birthDate, admittedOn, gender, account] of members) {
    const official =
      Number(admittedOn.slice(0, 4)) < year - 1 ? { officialOn: addDays(admittedOn, 365) } : {};
    const userId = account ? accounts.get(account) : undefined;
    await ward.call('POST', '/api/members', {
      ...(userId ? { userId } : {}),
      fullName,
      birthDate,
      gender,
      orgId: org('cb-tdp1'),
      admittedOn,
      partyCardNo: String(card++),
      residence: 'Phường Ba Đình, Hà Nội',
      ...official,
    });
  }
}
