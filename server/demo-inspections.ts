// The demo's inspection, discipline and awards: Ba Đình's inspection and supervision programme for the
// year, one case of each kind (an inspection on signs of a violation taken to its conclusion and a
// discipline decision, a thematic supervision under way, a regular supervision in preparation, a
// complaint with its complainant kept from the subject), and one award cycle — a movement, a member
// rated excellent five years running proposed for a bằng khen, voted by the council and decided; the
// disciplined member's proposal refused with the reason named — and the disciplined member's appeal,
// lodged in time and awaiting settlement. Made through the public API.
import { todayVn } from '../domain/dates.ts';
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

/**
 * @param ids the demo's units by key
 * @param accounts the demo's accounts by user name
 */
export async function loadDemoInspections(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
  accounts: Map<string, number>,
): Promise<void> {
  const as = demoSignIn(deps, password);
  const org = (key: string) => ids.get(key) as number;
  const year = Number(todayVn().slice(0, 4));
  const last = year - 1;
  const leader = await as('bithu.badinh');
  const me = accounts.get('bithu.badinh') as number;
  const memberId = async (name: string) => {
    const r = await leader.call<{ items: { id: number }[] }>(
      'GET',
      `/api/members?orgId=${org('cb-tdp1')}&q=${encodeURIComponent(name)}`,
    );
    const id = r.items[0]?.id;
    if (!id) throw new Error(`demo: member ${name} not found`);
    return id;
  };
  const violator = await memberId('Đỗ Minh Tuấn');
  const accused = await memberId('Lê Thị Thu Hà');
  const excellent = await memberId('Bùi Thị Ngọc');

  await leader.call('POST', '/api/inspections/programmes', {
    orgId: org('badinh'),
    issuer: 'inspection_committee',
    year,
    title: `Chương trình kiểm tra, giám sát năm ${year} của Ủy ban Kiểm tra Đảng ủy phường Ba Đình`,
    items: [
      {
        kind: 'supervision',
        content: 'Giám sát việc thực hiện nghị quyết sinh hoạt chi bộ',
        subjectOrgId: org('cb-tdp2'),
        periodFrom: `${year}-03-01`,
        periodTo: `${year}-06-30`,
      },
      {
        kind: 'inspection',
        content: 'Kiểm tra việc thu, nộp, quản lý đảng phí',
        subjectOrgId: org('cb-tdp1'),
        periodFrom: `${year}-07-01`,
        periodTo: `${year}-09-30`,
      },
    ],
  });

  const team = { teamUserIds: [me], leadUserId: me };
  // An inspection on signs of a violation, concluded, and the discipline decision that followed.
  const violation = await leader.call('POST', '/api/inspections/cases', {
    orgId: org('badinh'),
    kind: 'violation',
    title: 'Kiểm tra đảng viên Đỗ Minh Tuấn khi có dấu hiệu vi phạm',
    subjectMemberId: violator,
    decisionNo: '07-QĐ/UBKT',
    decidedOn: `${last}-09-02`,
    preparationFrom: `${last}-09-05`,
    selfReportDue: `${last}-09-25`,
    ...team,
  });
  await leader.call('POST', `/api/inspections/cases/${violation.id}/stage`, { on: `${last}-09-15` });
  await leader.call('POST', `/api/inspections/cases/${violation.id}/self-report`, { on: `${last}-09-22` });
  await leader.call('POST', `/api/inspections/cases/${violation.id}/stage`, { on: `${last}-10-10` });
  await leader.call('POST', `/api/inspections/cases/${violation.id}/conclusion`, {
    on: `${last}-10-30`,
    conclusion: 'Đảng viên vi phạm quy định về kê khai tài sản, thu nhập; mức độ đến phải xử lý kỷ luật.',
    violationFound: true,
    remedies: [{ content: 'Kê khai bổ sung tài sản, thu nhập', dueOn: `${last}-12-15` }],
  });
  const decided = await leader.call('POST', '/api/discipline', {
    memberId: violator,
    form: 'khien_trach',
    violatedOn: `${last}-06-01`,
    decidedOn: `${last}-11-15`,
    authorityOrgId: org('badinh'),
    reason: 'Vi phạm quy định về kê khai tài sản, thu nhập',
    decisionNo: '15-QĐ/ĐU',
    caseId: violation.id,
  });
  await leader.call('POST', `/api/discipline/${decided.id}/appeal`, {
    appealedOn: `${last}-11-25`,
    note: 'Đảng viên đề nghị xem xét lại: đã kê khai bổ sung trước khi có kết luận kiểm tra.',
  });
  // A thematic supervision under way, a regular one in preparation.
  const thematic = await leader.call('POST', '/api/inspections/cases', {
    orgId: org('badinh'),
    kind: 'supervision_thematic',
    title: 'Giám sát chuyên đề việc thực hiện nghị quyết sinh hoạt chi bộ',
    subjectOrgId: org('cb-tdp2'),
    decisionNo: '02-QĐ/UBKT',
    decidedOn: `${year}-03-02`,
    preparationFrom: `${year}-03-05`,
    ...team,
  });
  await leader.call('POST', `/api/inspections/cases/${thematic.id}/stage`, { on: `${year}-03-20` });
  await leader.call('POST', '/api/inspections/cases', {
    orgId: org('badinh'),
    kind: 'supervision_regular',
    title: 'Giám sát thường xuyên việc thu, nộp đảng phí',
    subjectOrgId: org('cb-tdp1'),
    decisionNo: '03-QĐ/UBKT',
    decidedOn: `${year}-04-01`,
    preparationFrom: `${year}-04-03`,
    ...team,
  });
  // A complaint: the complainant is kept from the subject.
  await leader.call('POST', '/api/inspections/cases', {
    orgId: org('badinh'),
    kind: 'complaint',
    title: 'Giải quyết tố cáo đối với đảng viên Lê Thị Thu Hà',
    subjectMemberId: accused,
    complainant: 'Một hộ dân tổ dân phố số 1 (đơn ghi rõ họ tên)',
    decisionNo: '04-QĐ/UBKT',
    decidedOn: `${year}-05-06`,
    preparationFrom: `${year}-05-08`,
    selfReportDue: `${year}-05-30`,
    ...team,
  });

  // One award cycle: five excellent years, the council, the decision; the disciplined member refused.
  for (const id of [excellent, violator]) {
    for (let y = last - 4; y <= last; y++) {
      await leader.call('PUT', `/api/members/${id}/ratings`, {
        year: y,
        generalScore: 29,
        resultScore: 65,
        allTasksOnTime: true,
      });
    }
  }
  const movement = await leader.call('POST', '/api/rewards/movements', {
    orgId: org('badinh'),
    title: `Thi đua xây dựng chi bộ trong sạch, vững mạnh giai đoạn ${last - 4}–${last}`,
    criteria: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền; không bị kỷ luật',
    startsOn: `${last - 4}-01-01`,
    endsOn: `${last}-12-31`,
    unitIds: [org('cb-tdp1'), org('cb-tdp2')],
  });
  const proposal = {
    orgId: org('badinh'),
    movementId: movement.id,
    kind: 'bang_khen',
    year: last,
    achievement: `Hoàn thành xuất sắc nhiệm vụ 5 năm liền (${last - 4}–${last})`,
  };
  const good = await leader.call('POST', '/api/rewards/proposals', { ...proposal, memberId: excellent });
  await leader.call('POST', '/api/rewards/proposals', { ...proposal, memberId: violator });
  await leader.call('POST', `/api/rewards/proposals/${good.id}/council`, {
    on: `${year}-01-10`,
    members: 7,
    votesFor: 7,
    votesAgainst: 0,
  });
  await leader.call('POST', `/api/rewards/proposals/${good.id}/decision`, {
    decisionNo: '120-QĐ/ĐU',
    decidedOn: `${year}-01-20`,
  });
}
