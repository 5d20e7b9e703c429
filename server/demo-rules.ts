// The demo's working rules: the city committee's working regulation (who signs each type, through the
// office or not, the time to sign, to give an opinion and to handle a direction, the standing
// committee's quorum), a Saturday worked in exchange for a day off, and a directive handed to the
// secretary on paper twelve days ago that is still waiting for the signature — late against the
// regulation, so «Theo dõi thời hạn» shows it with the commune's late opinion on the digital
// transformation scheme (server/demo-proposals.ts). Made through the public API as the demo's people.
import { addDays, todayVn } from '../domain/dates.ts';
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

export const DEMO_REGULATION_TITLE = 'Quy chế làm việc của Ban Chấp hành Đảng bộ Thành phố (mẫu)';

/** The first Saturday on or after a day (ISO dates; 6 = Saturday). */
function saturdayFrom(iso: string): string {
  let d = iso;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 6) d = addDays(d, 1);
  return d;
}

/** @param ids the demo's units by key; @param accounts the demo's accounts by user name */
export async function loadDemoRules(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const today = todayVn();
  const secretary = await as('bithu');
  await secretary.call('POST', '/api/work-rules', {
    orgId: ids.get('root'),
    title: DEMO_REGULATION_TITLE,
    source: 'Quy chế số 01-QC/TU (dữ liệu mẫu, không phải văn bản thật)',
    effectiveFrom: addDays(today, -90),
    items: [
      {
        kind: 'signing',
        article: 'Điều 10',
        docType: 'CT',
        mode: 'TM',
        signerRoles: ['leader'],
        viaOffice: true,
        days: 3,
      },
      {
        kind: 'signing',
        article: 'Điều 11',
        docType: null,
        mode: 'KT',
        signerRoles: ['leader'],
        viaOffice: false,
        days: 2,
      },
      {
        kind: 'consultation',
        article: 'Điều 15',
        docType: 'ĐA',
        consultee: 'Các ban, đảng ủy trực thuộc liên quan',
        days: 7,
      },
      { kind: 'handling', article: 'Điều 18', docType: null, days: 10 },
      {
        kind: 'quorum',
        article: 'Điều 22',
        body: 'Ban Thường vụ Thành ủy',
        quorum: { num: 2, den: 3 },
        majority: { num: 1, den: 2 },
        majorityStrict: true,
      },
    ],
  });

  // A Saturday worked in exchange for a day off the government moved (entered by the administrator).
  const admin = await as('quantri');
  await admin.call('POST', '/api/work-calendar/days', {
    date: saturdayFrom(addDays(today, 20)),
    kind: 'work',
    note: 'Làm bù cho ngày nghỉ hoán đổi (dữ liệu mẫu)',
  });

  // A directive the office handed to the secretary on paper twelve days ago, still unsigned.
  const clerk = await as('vanthu.tu');
  const directive = await clerk.call('POST', '/api/documents', {
    direction: 'out',
    orgId: ids.get('root'),
    typeCode: 'CT',
    summary: 'về tăng cường kỷ luật, kỷ cương hành chính, chấm dứt tình trạng né tránh, đùn đẩy trách nhiệm',
    content: 'Người đứng đầu chịu trách nhiệm khi đơn vị chậm trả lời, chậm giải quyết công việc được giao.',
    secrecy: 0,
    place: 'Hà Nội',
    signAuthority: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'Bí thư',
  });
  await clerk.call('POST', `/api/documents/${directive.id}/submit`, {
    signerId: accounts.get('bithu'),
    submittedOn: addDays(today, -12),
    note: 'Trình ký bản giấy, nhập lại vào hệ thống.',
  });
}
