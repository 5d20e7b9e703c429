// Shared by the meetings tests: a ward with two chi bộ (founded years ago, so that every month and
// quarter of the year is judged) and another ward, their staff, members of the first chi bộ (full,
// probationary, one to be exempt, one who stays away), a member linked to an account in each chi bộ,
// and helpers to plan a meeting, post a file and read the tables.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { one } from '../../server/db/sql.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { member } from './members-fixtures.ts';

export type Actor = Client & { userId: number };

export interface MeetingWorld {
  ward: number;
  cell1: number;
  cell2: number;
  otherWard: number;
  otherCell: number;
  wardClerk: Actor;
  /** The secretary's account: a clerk of chi bộ 1. */
  secretary: Actor;
  cell2Clerk: Actor;
  otherClerk: Actor;
  /** Accounts of members: an (chi bộ 1), cuong (chi bộ 2), outsider (the other ward). */
  an: Actor;
  cuong: Actor;
  outsider: Actor;
  ids: {
    an: number;
    binh: number;
    chi: number;
    /** Probationary (admitted 2026-06-01): on the rolls, not in a vote's base. */
    dung: number;
    em: number;
    cuong: number;
    outsider: number;
  };
}

const FOUNDED = '2020-01-01';
export const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

async function unit(t: TestApp, parentId: number, kind: string, name: string, shortCode: string) {
  const res = await t.admin.post('/api/orgs', { name, shortCode, kind, parentId, on: FOUNDED });
  if (res.status !== 201) throw new Error(`org create failed: ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}

export async function meetingWorld(t: TestApp): Promise<MeetingWorld> {
  const city = t.rootId;
  const ward = await unit(t, city, 'direct_committee', 'Đảng ủy phường Hàng Bông', 'ĐU');
  const cell1 = await unit(t, ward, 'cell', 'Chi bộ Tổ dân phố số 5', 'CB5');
  const cell2 = await unit(t, ward, 'cell', 'Chi bộ Tổ dân phố số 6', 'CB6');
  const otherWard = await unit(t, city, 'direct_committee', 'Đảng ủy phường Cửa Nam', 'ĐU');
  const otherCell = await unit(t, otherWard, 'cell', 'Chi bộ Tổ dân phố số 9', 'CB9');
  const wardClerk = await t.as('clerk', ward, 1);
  const secretary = await t.as('clerk', cell1, 1);
  const cell2Clerk = await t.as('clerk', cell2, 1);
  const otherClerk = await t.as('clerk', otherWard, 1);
  const an = await t.as('member', cell1);
  const cuong = await t.as('member', cell2);
  const outsider = await t.as('member', otherCell);
  const ids = {
    an: await member(t.admin, cell1, { fullName: 'Trần Văn An', userId: an.userId }),
    binh: await member(t.admin, cell1, { fullName: 'Lê Thị Bình' }),
    chi: await member(t.admin, cell1, { fullName: 'Hoàng Văn Chí', birthDate: '1935-01-01' }),
    dung: await member(t.admin, cell1, {
      fullName: 'Phạm Thị Dung',
      birthDate: '1998-02-14',
      admittedOn: '2026-06-01',
    }),
    em: await member(t.admin, cell1, { fullName: 'Đỗ Văn Em' }),
    cuong: await member(t.admin, cell2, { fullName: 'Nguyễn Văn Cường', userId: cuong.userId }),
    outsider: await member(t.admin, otherCell, { fullName: 'Vũ Thị Giang', userId: outsider.userId }),
  };
  return {
    ward,
    cell1,
    cell2,
    otherWard,
    otherCell,
    wardClerk,
    secretary,
    cell2Clerk,
    otherClerk,
    an,
    cuong,
    outsider,
    ids,
  };
}

/** Plans a meeting and returns its detail (fails the test on anything but 201). */
export async function plan(c: Client, body: Record<string, unknown>) {
  const res = await c.post('/api/meetings', body);
  if (res.status !== 201) throw new Error(`meeting create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function postFile(c: Client, meetingId: number, name: string, kind = 'material', body: Buffer = PDF) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([new Uint8Array(body)], { type: 'application/pdf' }), name);
  return c.request('POST', `/api/meetings/${meetingId}/files`, form);
}

/** Row counts of the area's tables and the audit log: bad input must leave them as they were. */
export async function tableCounts(t: TestApp) {
  return one<Record<string, number>>(
    t.rt.database.db,
    sql`SELECT (SELECT count(*) FROM meetings)::integer AS meetings,
               (SELECT count(*) FROM meeting_attendance)::integer AS attendance,
               (SELECT count(*) FROM meeting_votes)::integer AS votes,
               (SELECT count(*) FROM meeting_tasks)::integer AS tasks,
               (SELECT count(*) FROM meeting_files)::integer AS files,
               (SELECT count(*) FROM tasks)::integer AS tracker,
               (SELECT count(*) FROM documents)::integer AS documents,
               (SELECT count(*) FROM audit_log)::integer AS audit`,
  );
}

export async function detail(c: Client, id: number) {
  const res = await c.get(`/api/meetings/${id}`);
  if (res.status !== 200) throw new Error(`meeting ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An instant `days` from now as ISO with seconds cut, for meetings ahead of today. */
export function fromNow(hours: number): string {
  return new Date(Math.floor((Date.now() + hours * 3600_000) / 60_000) * 60_000).toISOString();
}
