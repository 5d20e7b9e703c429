// SQL of a meeting's files: one, all of a meeting, a new one.
import { sql } from 'drizzle-orm';
import type { MeetingFileKind } from '../../../../domain/meetings/labels.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface FileRow {
  id: number;
  meeting_id: number;
  kind: MeetingFileKind;
  name: string;
  mime: string;
  size: number | string;
  sha256: string;
  posted_at: string | Date;
  created_by_name: string | null;
}

const COLS = sql`f.id, f.meeting_id, f.kind, f.name, f.mime, f.size, f.sha256, f.posted_at, u.full_name AS created_by_name`;
const FROM = sql`meeting_files f LEFT JOIN users u ON u.id = f.created_by`;

export function file(db: Db, meetingId: number, fileId: number) {
  return one<FileRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE f.meeting_id = ${meetingId}::integer AND f.id = ${fileId}::integer`,
  );
}

export function ofMeeting(db: Db, meetingId: number) {
  return rows<FileRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE f.meeting_id = ${meetingId}::integer ORDER BY f.id`,
  );
}

export async function insert(
  db: Db,
  f: {
    meetingId: number;
    kind: MeetingFileKind;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO meeting_files (meeting_id, kind, name, mime, size, sha256, created_by)
        VALUES (${f.meetingId}, ${f.kind}, ${f.name}, ${f.mime}, ${f.size}, ${f.sha256}, ${f.by})
        RETURNING id`,
  );
  return Number(r?.id);
}
