// SQL of the comments: the list (all, or those a consulted account entered or answers for), one, a
// new one, and its disposition. The quoted paragraph is read from the version's paragraphs.
import { type SQL, sql } from 'drizzle-orm';
import type { Disposition } from '../../../../domain/proposals/labels.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows, run } from '../../../db/sql.ts';
import { vnDay } from '../queries.ts';

export interface CommentRow {
  id: number;
  version: number;
  paragraph: number | null;
  paragraph_text: string | null;
  author: string;
  text: string;
  target_id: number | null;
  target_due_on: string | null;
  round_number: number | null;
  created_by_name: string | null;
  created_at: string;
  created_on: string;
  disposition: Disposition | null;
  reply: string | null;
  disposed_by_name: string | null;
  disposed_at: string | null;
}

const SELECT = sql`SELECT c.id, v.number AS version, c.paragraph, v.paragraphs ->> c.paragraph AS paragraph_text,
       c.author, c.text, c.target_id, t.due_on::text AS target_due_on, r.number AS round_number,
       cu.full_name AS created_by_name, c.created_at, ${vnDay(sql`c.created_at`)} AS created_on,
       c.disposition, c.reply, du.full_name AS disposed_by_name, c.disposed_at
  FROM proposal_comments c JOIN proposal_versions v ON v.id = c.version_id
  LEFT JOIN proposal_round_targets t ON t.id = c.target_id LEFT JOIN proposal_rounds r ON r.id = t.round_id
  LEFT JOIN users cu ON cu.id = c.created_by LEFT JOIN users du ON du.id = c.disposed_by`;

/**
 * The comments of a scheme in the order of the response table: by version, the general ones first,
 * then by paragraph, then as received. `own` limits them to what one consulted account may read.
 */
export function list(
  db: Db,
  proposalId: number,
  f: { version?: number | undefined; own?: { userId: number; targetIds: readonly number[] } | undefined },
) {
  const own: SQL = f.own
    ? sql`AND (c.created_by = ${f.own.userId} OR c.target_id = ANY(${array(f.own.targetIds)}::integer[]))`
    : sql``;
  return rows<CommentRow>(
    db,
    sql`${SELECT}
         WHERE c.proposal_id = ${proposalId} ${f.version ? sql`AND v.number = ${f.version}` : sql``} ${own}
         ORDER BY v.number, c.paragraph IS NOT NULL, c.paragraph, c.id`,
  );
}

export function byId(db: Db, proposalId: number, id: number) {
  return one<CommentRow>(db, sql`${SELECT} WHERE c.proposal_id = ${proposalId} AND c.id = ${id}`);
}

export async function insert(
  db: Db,
  c: {
    proposalId: number;
    versionId: number;
    paragraph: number | null;
    targetId: number | null;
    author: string;
    text: string;
    by: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO proposal_comments (proposal_id, version_id, paragraph, target_id, author, text, created_by)
        VALUES (${c.proposalId}, ${c.versionId}, ${c.paragraph}, ${c.targetId}, ${c.author}, ${c.text}, ${c.by})
        RETURNING id`,
  );
  return Number(row?.id);
}

export function dispose(
  db: Db,
  id: number,
  d: { disposition: Disposition; reply: string | null; by: number },
) {
  return run(
    db,
    sql`UPDATE proposal_comments SET disposition = ${d.disposition}, reply = ${d.reply}, disposed_by = ${d.by},
               disposed_at = now()
         WHERE id = ${id}`,
  );
}

/** The lead unit's parent (the superior body in the heading of the table). */
export function superiorOf(db: Db, orgId: number) {
  return one<{ name: string | null }>(
    db,
    sql`SELECT s.name FROM orgs o LEFT JOIN orgs s ON s.id = o.parent_id WHERE o.id = ${orgId}`,
  );
}
