// The demo's situation information: a monthly reporting calendar for three wards, a year of their
// monthly reports (a steady mix of categories, the same every run), Hoàn Kiếm late with last month's,
// and one hot issue building up in Ba Đình — complaints about land compensation rising week after
// week in quick reports — registered by the city's office and reported to the standing committee,
// waiting for a leader's direction. The early warning shows it with its series. Made through the
// public API as the demo's own people.
import { addDays, todayVn } from '../domain/dates.ts';
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

const SUMMARIES: Record<string, string[]> = {
  antt: [
    'Trộm cắp xe máy tại khu dân cư',
    'Xô xát giữa hai nhóm thanh niên',
    'Tụ tập gây mất trật tự về đêm',
  ],
  khieu_nai: ['Đơn khiếu nại về cấp giấy chứng nhận quyền sử dụng đất', 'Đơn tố cáo cán bộ tổ dân phố'],
  dan_sinh: ['Người dân phản ánh mất nước sinh hoạt kéo dài', 'Phản ánh giá điện tăng cao'],
  dat_dai: ['Tranh chấp ranh giới thửa đất giữa hai hộ', 'Xây dựng lấn chiếm đất công'],
  moi_truong: ['Rác thải tồn đọng tại điểm tập kết', 'Cơ sở sản xuất gây tiếng ồn'],
  du_luan: [
    'Dư luận về việc điều chỉnh quy hoạch khu dân cư',
    'Thông tin sai lệch lan truyền trên mạng xã hội',
  ],
};
/** Items a month for each category: a steady office's ordinary flow. */
const MONTHLY: Record<string, number> = {
  antt: 3,
  khieu_nai: 2,
  dan_sinh: 2,
  dat_dai: 1,
  moi_truong: 1,
  du_luan: 1,
};
const COMPENSATION =
  'Các hộ dân khu tập thể phản đối phương án bồi thường, hỗ trợ giải phóng mặt bằng dự án mở rộng đường Đội Cấn';

function monthStart(iso: string, back: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - back;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * @param ids the demo's units by key
 * @param accounts the demo's accounts by user name
 */
export async function loadDemoIntel(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  _accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const today = todayVn();
  const office = await as('vanthu.tu');
  const wards = [
    { key: 'badinh', clerk: await as('bithu.badinh'), places: ['badinh', 'cb-tdp1', 'cb-tdp2'] },
    { key: 'hoankiem', clerk: await as('vanthu.hoankiem'), places: ['hoankiem', 'cb-hangbac', 'cb-hangdao'] },
    { key: 'doaiphuong', clerk: await as('vanthu.doaiphuong'), places: ['doaiphuong'] },
  ];
  const yearAgo = monthStart(today, 12);
  for (const w of wards) {
    await office.call('PUT', `/api/intel/schedules/${org(w.key)}`, {
      frequency: 'monthly',
      dueDay: 5,
      startsOn: yearAgo,
    });
  }

  // A year of monthly reports; a small fixed sequence varies the counts (the same every run).
  let seq = 7;
  const next = () => {
    seq = (seq * 1103515245 + 12345) % 2147483648;
    return seq / 2147483648;
  };
  for (const [wi, w] of wards.entries()) {
    for (let back = 12; back >= 1; back--) {
      // Hoàn Kiếm has not sent last month's report yet.
      if (w.key === 'hoankiem' && back === 1) continue;
      const start = monthStart(today, back);
      const end = addDays(monthStart(today, back - 1), -1);
      const days = Number(end.slice(8, 10));
      const items = [];
      for (const [category, n] of Object.entries(MONTHLY)) {
        const count = Math.max(0, Math.round(n * (0.5 + next()) + (wi === 0 ? 0.3 : 0)));
        for (let i = 0; i < count; i++) {
          const texts = SUMMARIES[category] as string[];
          items.push({
            category,
            severity: next() < 0.1 ? 3 : next() < 0.5 ? 2 : 1,
            summary: texts[Math.floor(next() * texts.length)] as string,
            occurredOn: addDays(start, Math.floor(next() * days)),
            placeOrgId: org(w.places[Math.floor(next() * w.places.length)] as string),
            peopleCount: 1 + Math.floor(next() * 5),
          });
        }
      }
      await w.clerk.call('POST', '/api/intel/reports', {
        orgId: org(w.key),
        kind: 'periodic',
        periodStart: start,
        periodEnd: end,
        title: `Báo cáo tình hình tháng ${start.slice(5, 7)}/${start.slice(0, 4)}`,
        items,
      });
    }
  }

  // Ba Đình: the complaints about compensation build up over five weeks, one quick report a week.
  const badinh = wards[0] as (typeof wards)[number];
  const filed: number[] = [];
  for (const [k, n] of [2, 3, 4, 6, 8].entries()) {
    const weekEnd = addDays(today, -7 * (4 - k));
    const report = await badinh.clerk.call<{ items: { id: number }[] }>('POST', '/api/intel/reports', {
      orgId: org('badinh'),
      kind: 'quick',
      items: Array.from({ length: n }, (_, i) => ({
        category: 'dat_dai',
        severity: k >= 3 && i === 0 ? 3 : 2,
        summary:
          i === 0
            ? `${COMPENSATION}: ${10 + 8 * k} hộ ký đơn tập thể`
            : `Đơn khiếu nại của hộ dân về mức giá bồi thường đất ở (lần ${k + 1})`,
        occurredOn: addDays(weekEnd, -(i % 6)),
        placeOrgId: org(i % 2 === 0 ? 'cb-tdp1' : 'badinh'),
        peopleCount: i === 0 ? 10 + 8 * k : 2,
      })),
    });
    filed.push(...report.items.map((it) => it.id));
  }
  const issue = await office.call('POST', '/api/intel/issues', {
    orgId: org('root'),
    placeOrgId: org('badinh'),
    category: 'dat_dai',
    title: 'Khiếu nại đông người về bồi thường giải phóng mặt bằng dự án mở rộng đường Đội Cấn',
    summary: 'Số hộ ký đơn tăng qua từng tuần; có dấu hiệu tập trung đông người tại trụ sở phường.',
    severity: 3,
    itemIds: filed,
  });
  await office.call('POST', `/api/intel/issues/${issue.id}/status`, { status: 'watching' });
  await office.call('POST', `/api/intel/issues/${issue.id}/status`, {
    status: 'reported',
    note: 'Đã báo cáo Thường trực Thành ủy, đề nghị cho ý kiến chỉ đạo.',
  });
}
