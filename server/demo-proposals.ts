// The demo's schemes and thematic reports: a digital transformation scheme in consultation (two
// drafts, a round to two wards, one comment explained and one waiting), a thematic report late on its
// outline, and a scheme on chi bộ meetings issued by the standing committee, its measures now tasks of
// the wards. Made through the public API as the demo's own people, so it obeys every rule the app
// enforces.
import { addDays, todayVn } from '../domain/dates.ts';
import { demoSignIn, docxForm } from './demo-client.ts';
import type { Deps } from './deps.ts';

const DIGITAL_1 = [
  'ĐỀ ÁN',
  'Chuyển đổi số trong các cơ quan Đảng của Thành phố giai đoạn 2026 - 2030',
  'I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN',
  'Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, yêu cầu đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng.',
  'II. MỤC TIÊU',
  'Đến năm 2027, 100% văn bản trao đổi giữa các cơ quan Đảng của Thành phố dưới dạng điện tử.',
  'III. NHIỆM VỤ, GIẢI PHÁP',
  'Tăng cường đào tạo kỹ năng số cho cán bộ văn phòng cấp ủy các phường, xã.',
  'Xây dựng kho dữ liệu đảng viên dùng chung của Thành phố.',
];
const DIGITAL_2 = [
  ...DIGITAL_1.slice(0, 5),
  'Đến năm 2026, 100% văn bản trao đổi giữa các cơ quan Đảng của Thành phố dưới dạng điện tử, trừ văn bản mật.',
  'III. NHIỆM VỤ, GIẢI PHÁP',
  'Đẩy mạnh đào tạo kỹ năng số cho cán bộ văn phòng cấp ủy các phường, xã, mỗi năm ít nhất một đợt.',
  'Xây dựng kho dữ liệu đảng viên dùng chung của Thành phố.',
  'Bảo đảm an toàn, an ninh thông tin theo cấp độ.',
];

/**
 * @param ids the demo's units by key
 * @param accounts the demo's accounts by user name
 */
export async function loadDemoProposals(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const today = todayVn();
  const day = (n: number) => addDays(today, n);
  const office = await as('chanhvp');
  const secretary = await as('bithu');

  // The digital transformation scheme, in consultation with two wards.
  const digital = await office.call('POST', '/api/proposals', {
    orgId: org('btgdv'),
    kind: 'scheme',
    title: 'Đề án chuyển đổi số trong các cơ quan Đảng của Thành phố giai đoạn 2026 - 2030',
    dueOn: day(40),
    summary: 'Văn bản điện tử, dữ liệu đảng viên dùng chung, kỹ năng số của cán bộ văn phòng cấp ủy.',
  });
  const p = `/api/proposals/${digital.id}`;
  await office.call('PUT', `${p}/team`, {
    members: [
      { fullName: 'Nguyễn Thị Thu', role: 'head', duty: 'Chỉ đạo chung' },
      {
        fullName: 'Lê Minh Tuấn',
        role: 'member',
        userId: accounts.get('chuyenvien.tu'),
        duty: 'Dự thảo phần giải pháp',
      },
      {
        fullName: 'Phạm Quốc Bảo',
        role: 'secretary',
        userId: accounts.get('tochuc.tu'),
        duty: 'Tổng hợp ý kiến',
      },
    ],
  });
  await office.call('PUT', `${p}/plan`, {
    plan: [
      { stage: 'outline', dueOn: day(-30) },
      { stage: 'drafting', dueOn: day(-10) },
      { stage: 'consultation', dueOn: day(7) },
      { stage: 'response', dueOn: day(15) },
      { stage: 'appraisal', dueOn: day(25) },
      { stage: 'submission', dueOn: day(40) },
    ],
  });
  await office.call('POST', `${p}/versions`, await docxForm('de-an-chuyen-doi-so-du-thao-1.docx', DIGITAL_1));
  await office.call('POST', `${p}/stage`, { stage: 'drafting' });
  await office.call('POST', `${p}/versions`, await docxForm('de-an-chuyen-doi-so-du-thao-2.docx', DIGITAL_2));
  await office.call('POST', `${p}/rounds`, {
    version: 2,
    dueOn: day(7),
    note: 'Đề nghị góp ý bằng văn bản, gửi về Ban Tuyên giáo và Dân vận Thành ủy.',
    targets: [{ orgId: org('badinh') }, { orgId: org('hoankiem'), dueOn: day(5) }],
  });
  // The commune was asked first, by telephone, a fortnight ago and has not answered: entered with the
  // deadline it was given, it is a late opinion on «Theo dõi thời hạn».
  await office.call('POST', `${p}/rounds`, {
    version: 2,
    dueOn: day(-14),
    note: 'Đề nghị Đảng ủy xã Đoài Phương góp ý (đã đề nghị qua điện thoại).',
    targets: [{ orgId: org('doaiphuong') }],
  });
  const badinh = await as('bithu.badinh');
  const fromBadinh = await badinh.call('POST', `${p}/comments`, {
    version: 2,
    author: 'Đảng ủy phường Ba Đình',
    text: 'Đề nghị lùi mốc 100% văn bản điện tử sang năm 2027 vì các chi bộ khu dân cư còn thiếu thiết bị.',
    paragraph: 5,
  });
  const hoankiem = await as('vanthu.hoankiem');
  await hoankiem.call('POST', `${p}/comments`, {
    version: 2,
    author: 'Đảng ủy phường Hoàn Kiếm',
    text: 'Bổ sung kinh phí trang bị máy tính cho văn phòng cấp ủy cơ sở.',
  });
  await office.call('PUT', `${p}/comments/${fromBadinh.id}`, {
    disposition: 'explained',
    reply:
      'Giữ mốc năm 2026 đối với văn bản giữa các cơ quan Đảng; chi bộ khu dân cư áp dụng từ năm 2027 (mục III).',
  });

  // A thematic report, late on its outline.
  await office.call('POST', '/api/proposals', {
    orgId: org('vptu'),
    kind: 'thematic_report',
    title: 'Báo cáo chuyên đề về tình hình dư luận xã hội năm 2026',
    dueOn: day(-5),
  });

  // A scheme the standing committee adopted: its measures are the wards' tasks now.
  const meetings = await office.call('POST', '/api/proposals', {
    orgId: org('btctu'),
    kind: 'scheme',
    title: 'Đề án nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2025 - 2030',
    dueOn: day(-20),
  });
  const m = `/api/proposals/${meetings.id}`;
  await office.call(
    'POST',
    `${m}/versions`,
    await docxForm('de-an-sinh-hoat-chi-bo.docx', [
      'ĐỀ ÁN',
      'Nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2025 - 2030',
      'Mỗi chi bộ sinh hoạt chuyên đề ít nhất một lần mỗi quý.',
    ]),
  );
  for (const [title, unit, due] of [
    ['Tổ chức sinh hoạt chuyên đề hằng quý ở các chi bộ khu dân cư', 'badinh', 90],
    ['Tập huấn nghiệp vụ cho bí thư chi bộ', 'doaiphuong', 120],
  ] as const) {
    await office.call('POST', `${m}/measures`, { title, leadOrgId: org(unit), dueOn: day(due) });
  }
  await office.call('POST', `${m}/stage`, { stage: 'submission', note: 'Trình Ban Thường vụ' });
  await secretary.call('POST', `${m}/stage`, {
    stage: 'conclusion',
    conclusionRef: '112-TB/TU',
    conclusionOn: day(-12),
  });
  await secretary.call('POST', `${m}/stage`, { stage: 'issue', issuedRef: '03-ĐA/TU', issuedOn: day(-10) });
  await secretary.call('POST', `${m}/stage`, { stage: 'follow_up' });
}
