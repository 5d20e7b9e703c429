// SQL of votes: a new one, and a meeting's votes in order.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface VoteRow {
  id: number;
  meeting_id: number;
  subject: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  base: number;
  full_members: number;
  exempt: number;
  passed: boolean;
  created_by_name: string | null;
  created_at: string | Date;
}

const COLS = sql`v.id, v.meeting_id, v.subject, v.votes_for, v.votes_against, v.votes_abstain, v.base, v.full_members,
  v.exempt, v.passed, u.full_name AS created_by_name, v.created_at`;

export async function insert(
  db: Db,
  v: {
    meetingId: number;
    subject: string;
    for: number;
    against: number;
    abstain: number;
    fullMembers: number;
    exempt: number;
    base: number;
    passed: boolean;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO meeting_votes (meeting_id, subject, votes_for, votes_against, votes_abstain, full_members, exempt,
          base, passed, created_by)
        VALUES (${v.meetingId}, ${v.subject}, ${v.for}, ${v.against}, ${v.abstain}, ${v.fullMembers}, ${v.exempt},
          ${v.base}, ${v.passed}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export function byMeeting(db: Db, meetingId: number) {
  return rows<VoteRow>(
    db,
    sql`SELECT ${COLS} FROM meeting_votes v LEFT JOIN users u ON u.id = v.created_by
         WHERE v.meeting_id = ${meetingId}::integer ORDER BY v.id`,
  );
}

export function byId(db: Db, id: number) {
  return one<VoteRow>(
    db,
    sql`SELECT ${COLS} FROM meeting_votes v LEFT JOIN users u ON u.id = v.created_by WHERE v.id = ${id}::integer`,
  );
}
