// Shared by the inspection, discipline and awards tests: a city, a ward with its inspection committee
// (a board) and a chi bộ, another ward, the staff of each, and members (one probationary).
import { addDays, todayVn } from '../../domain/dates.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { member } from './members-fixtures.ts';

export type Actor = Client & { userId: number };

export interface InspectionWorld {
  city: number;
  ward: number;
  ukt: number;
  cell: number;
  otherWard: number;
  uktSpecialist: Actor;
  wardSpecialist: Actor;
  wardClerk: Actor;
  wardLeader: Actor;
  otherLeader: Actor;
  memberUser: Actor;
  fullMember: number;
  probationary: number;
  ownMember: number;
}

export async function inspectionWorld(t: TestApp): Promise<InspectionWorld> {
  const city = t.rootId;
  const ward = await t.org(city, 'direct_committee', 'Đảng ủy phường Hải Châu');
  const ukt = await t.org(ward, 'board', 'Ủy ban Kiểm tra Đảng ủy phường Hải Châu', 'UBKT');
  const cell = await t.org(ward, 'cell', 'Chi bộ Tổ dân phố 7', 'CB');
  const otherWard = await t.org(city, 'direct_committee', 'Đảng ủy phường Thanh Khê');
  const memberUser = await t.as('member', cell);
  const fullMember = await member(t.admin, cell, { fullName: 'Trần Văn Bình', admittedOn: '2001-03-02' });
  const probationary = await member(t.admin, cell, {
    fullName: 'Lê Thị Cúc',
    birthDate: '1995-01-01',
    admittedOn: addDays(todayVn(), -120),
  });
  const ownMember = await member(t.admin, cell, {
    fullName: 'Phạm Văn Dũng',
    admittedOn: '1999-05-19',
    userId: memberUser.userId,
  });
  return {
    city,
    ward,
    ukt,
    cell,
    otherWard,
    uktSpecialist: await t.as('specialist', ukt, 2),
    wardSpecialist: await t.as('specialist', ward, 1),
    wardClerk: await t.as('clerk', ward, 2),
    wardLeader: await t.as('leader', ward, 2),
    otherLeader: await t.as('leader', otherWard, 2),
    memberUser,
    fullMember,
    probationary,
    ownMember,
  };
}

export function decision(w: InspectionWorld, over: Record<string, unknown> = {}) {
  return {
    memberId: w.fullMember,
    form: 'khien_trach',
    violatedOn: '2024-03-01',
    decidedOn: '2025-06-10',
    authorityOrgId: w.ward,
    reason: 'Vi phạm quy định về những điều đảng viên không được làm',
    ...over,
  };
}
