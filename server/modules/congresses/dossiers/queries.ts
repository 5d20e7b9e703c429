// SQL of the candidates' dossiers (hồ sơ nhân sự) of a congress and their files.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface CandidateRow {
  id: number;
  congress_id: number;
  member_id: number | null;
  full_name: string;
  birth_date: string | null;
  admitted_on: string | null;
  position: string | null;
  education: string | null;
  theory_level: string | null;
  summary: string | null;
}

export interface CandidateFileRow {
  id: number;
  candidate_id: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  created_at: string;
}

const COLS = sql`id, congress_id, member_id, full_name, birth_date::text AS birth_date,
  admitted_on::text AS admitted_on, position, education, theory_level, summary`;

export function list(db: Db, congressId: number) {
  return rows<CandidateRow>(
    db,
    sql`SELECT ${COLS} FROM congress_candidates WHERE congress_id = ${congressId}::integer ORDER BY id`,
  );
}

export function files(db: Db, congressId: number) {
  return rows<CandidateFileRow>(
    db,
    sql`SELECT f.id, f.candidate_id, f.name, f.mime, f.size, f.sha256, f.created_at
          FROM congress_candidate_files f JOIN congress_candidates c ON c.id = f.candidate_id
         WHERE c.congress_id = ${congressId}::integer ORDER BY f.id`,
  );
}

export function candidate(db: Db, congressId: number, id: number) {
  return one<CandidateRow>(
    db,
    sql`SELECT ${COLS} FROM congress_candidates
         WHERE id = ${id}::integer AND congress_id = ${congressId}::integer`,
  );
}

export function file(db: Db, congressId: number, candidateId: number, fileId: number) {
  return one<CandidateFileRow>(
    db,
    sql`SELECT f.id, f.candidate_id, f.name, f.mime, f.size, f.sha256, f.created_at
          FROM congress_candidate_files f JOIN congress_candidates c ON c.id = f.candidate_id
         WHERE f.id = ${fileId}::integer AND c.id = ${candidateId}::integer
           AND c.congress_id = ${congressId}::integer`,
  );
}

export async function insert(
  db: Db,
  v: {
    congressId: number;
    memberId: number | null;
    fullName: string;
    birthDate: string | null;
    admittedOn: string | null;
    position: string | null;
    education: string | null;
    theoryLevel: string | null;
    summary: string | null;
    by: number;
  },
): Promise<number | null> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congress_candidates (congress_id, member_id, full_name, birth_date, admitted_on, position,
          education, theory_level, summary, created_by)
        VALUES (${v.congressId}, ${v.memberId}, ${v.fullName}, ${v.birthDate}::date, ${v.admittedOn}::date,
          ${v.position}, ${v.education}, ${v.theoryLevel}, ${v.summary}, ${v.by})
        ON CONFLICT (congress_id, member_id) WHERE member_id IS NOT NULL DO NOTHING RETURNING id`,
  );
  return r ? Number(r.id) : null;
}

export async function insertFile(
  db: Db,
  v: { candidateId: number; name: string; mime: string; size: number; sha256: string; by: number },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congress_candidate_files (candidate_id, name, mime, size, sha256, created_by)
        VALUES (${v.candidateId}, ${v.name}, ${v.mime}, ${v.size}, ${v.sha256}, ${v.by}) RETURNING id`,
  );
  return Number(r?.id);
}
