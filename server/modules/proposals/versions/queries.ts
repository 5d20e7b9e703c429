// SQL of a scheme's versions: the list (without the text), one version with its paragraphs, a new one.
import { sql } from 'drizzle-orm';
import type { Stage } from '../../../../domain/proposals/labels.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface VersionRow {
  id: number;
  proposal_id: number;
  number: number;
  name: string;
  size: string | number;
  sha256: string;
  text_chars: number;
  paragraph_count: number;
  stage: Stage;
  note: string | null;
  created_by_name: string | null;
  created_at: string;
}

const COLS = sql`v.id, v.proposal_id, v.number, v.name, v.size, v.sha256, v.text_chars,
  jsonb_array_length(v.paragraphs) AS paragraph_count, v.stage, v.note, u.full_name AS created_by_name, v.created_at`;

export function list(db: Db, proposalId: number) {
  return rows<VersionRow>(
    db,
    sql`SELECT ${COLS} FROM proposal_versions v LEFT JOIN users u ON u.id = v.created_by
         WHERE v.proposal_id = ${proposalId} ORDER BY v.number`,
  );
}

export function byNumber(db: Db, proposalId: number, number: number) {
  return one<VersionRow>(
    db,
    sql`SELECT ${COLS} FROM proposal_versions v LEFT JOIN users u ON u.id = v.created_by
         WHERE v.proposal_id = ${proposalId} AND v.number = ${number}`,
  );
}

export async function paragraphs(db: Db, versionId: number): Promise<string[]> {
  const r = await one<{ paragraphs: unknown }>(
    db,
    sql`SELECT paragraphs FROM proposal_versions WHERE id = ${versionId}`,
  );
  const value = typeof r?.paragraphs === 'string' ? JSON.parse(r.paragraphs) : r?.paragraphs;
  return Array.isArray(value) ? value.map(String) : [];
}

export async function insert(
  db: Db,
  v: {
    proposalId: number;
    name: string;
    size: number;
    sha256: string;
    paragraphs: readonly string[];
    textChars: number;
    stage: Stage;
    note: string | null;
    by: number;
  },
): Promise<number> {
  // The number is the next of this scheme's: the scheme's row is locked by the caller.
  const row = await one<{ number: number }>(
    db,
    sql`INSERT INTO proposal_versions (proposal_id, number, name, size, sha256, paragraphs, text_chars, stage, note, created_by)
        SELECT ${v.proposalId}, COALESCE(max(number), 0) + 1, ${v.name}, ${v.size}, ${v.sha256},
               ${JSON.stringify(v.paragraphs)}::jsonb, ${v.textChars}, ${v.stage}, ${v.note}, ${v.by}
          FROM proposal_versions WHERE proposal_id = ${v.proposalId}
        RETURNING number`,
  );
  return Number(row?.number);
}
