// Shared by the study session tests: a ward with two chi bộ and another ward, their staff and
// members (records linked to member accounts), and helpers for reflections and counts.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { sql } from 'drizzle-orm';
import { one } from '../../server/db/sql.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { member } from './members-fixtures.ts';

export type Actor = Client & { userId: number };

export interface StudyWorld {
  city: number;
  ward: number;
  cell1: number;
  cell2: number;
  otherWard: number;
  otherCell: number;
  wardClerk: Actor;
  cell1Clerk: Actor;
  /** Accounts of members: an (cell 1), cuong (cell 2), outsider (other ward). */
  an: Actor;
  cuong: Actor;
  outsider: Actor;
  ids: { an: number; binh: number; cuong: number; dung: number; outsider: number };
}

export async function studyWorld(t: TestApp): Promise<StudyWorld> {
  await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội' });
  const city = t.rootId;
  const ward = await t.org(city, 'direct_committee', 'Đảng ủy phường Ô Chợ Dừa');
  const cell1 = await t.org(ward, 'cell', 'Chi bộ Khu dân cư số 1', 'CB');
  const cell2 = await t.org(ward, 'cell', 'Chi bộ Khu dân cư số 2', 'CB');
  const otherWard = await t.org(city, 'direct_committee', 'Đảng ủy phường Láng');
  const otherCell = await t.org(otherWard, 'cell', 'Chi bộ Láng Thượng', 'CB');
  const wardClerk = await t.as('clerk', ward, 1);
  const cell1Clerk = await t.as('clerk', cell1, 1);
  const an = await t.as('member', cell1);
  const cuong = await t.as('member', cell2);
  const outsider = await t.as('member', otherCell);
  const ids = {
    an: await member(t.admin, cell1, { fullName: 'Trần Văn An', userId: an.userId }),
    binh: await member(t.admin, cell1, { fullName: 'Lê Thị Bình' }),
    cuong: await member(t.admin, cell2, { fullName: 'Nguyễn Văn Cường', userId: cuong.userId }),
    // Admitted after the sessions of the tests: not on the rolls on their day.
    dung: await member(t.admin, cell2, {
      fullName: 'Phạm Thị Dung',
      birthDate: '1995-02-14',
      admittedOn: '2026-06-01',
    }),
    outsider: await member(t.admin, otherCell, { fullName: 'Đỗ Văn Em', userId: outsider.userId }),
  };
  return { city, ward, cell1, cell2, otherWard, otherCell, wardClerk, cell1Clerk, an, cuong, outsider, ids };
}

export async function reflectionDocx(lines: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return Packer.toBuffer(doc);
}

export function submitReflection(
  c: Client,
  sessionId: number,
  data: Uint8Array | Buffer,
  name: string,
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return c.request('POST', `/api/studies/${sessionId}/reflections`, form);
}

/** The session's page as `c` sees it. */
export async function page(c: Client, id: number) {
  const res = await c.get(`/api/studies/${id}`);
  if (res.status !== 200) throw new Error(`study page ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Rows of the study tables and of the audit log: bad input must leave them as they were. */
export function tableCounts(t: TestApp) {
  return one<Record<string, number>>(
    t.rt.database.db,
    sql`SELECT (SELECT count(*) FROM study_sessions)::integer AS sessions,
               (SELECT count(*) FROM study_attendance WHERE status IS NOT NULL)::integer AS checked,
               (SELECT count(*) FROM study_reflections)::integer AS reflections,
               (SELECT count(*) FROM audit_log)::integer AS audit`,
  );
}
