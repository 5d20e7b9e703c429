// SQL of elections: the election with its unit and congress, its candidates, the ballots counted.
// Access: the election's unit in the actor's scope.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export interface ElectionRow {
  id: number;
  org_id: number;
  org_name: string;
  parent_name: string | null;
  congress_id: number | null;
  congress_title: string | null;
  title: string;
  kind: 'election' | 'nomination';
  seats: number;
  convened: number;
  status: 'counting' | 'closed' | 'submitted' | 'approved';
  surplus_rule_version_id: number;
  majority_rule_version_id: number;
  validity_rule_version_id: number;
  package_key: string | null;
  package_head: string | null;
  closed_at: string | Date | null;
  submitted_at: string | Date | null;
  approved_by_name: string | null;
  approved_at: string | Date | null;
  approval_note: string | null;
  created_by_name: string | null;
  created_at: string | Date;
  ballots: number;
}

export interface CandidateRow {
  position: number;
  full_name: string;
}

export interface BallotRow {
  seq: number;
  entered_valid: boolean;
  valid: boolean;
  marks: string;
}

/** The access condition on elections aliased `e`. */
export function electionVisible(actor: Actor): SQL {
  return inScope(actor, sql`e.org_id`);
}

const COLS = sql`e.id, e.org_id, o.name AS org_name, p.name AS parent_name, e.congress_id, c.title AS congress_title,
  e.title, e.kind, e.seats, e.convened, e.status, e.surplus_rule_version_id, e.majority_rule_version_id,
  e.validity_rule_version_id, e.package_key, e.package_head, e.closed_at, e.submitted_at,
  ua.full_name AS approved_by_name, e.approved_at, e.approval_note, uc.full_name AS created_by_name, e.created_at,
  (SELECT count(*)::integer FROM election_ballots b WHERE b.election_id = e.id) AS ballots`;
const FROM = sql`elections e JOIN orgs o ON o.id = e.org_id LEFT JOIN orgs p ON p.id = o.parent_id
  LEFT JOIN congresses c ON c.id = e.congress_id
  LEFT JOIN users ua ON ua.id = e.approved_by LEFT JOIN users uc ON uc.id = e.created_by`;

export async function insert(
  db: Db,
  v: {
    orgId: number;
    congressId: number | null;
    title: string;
    kind: 'election' | 'nomination';
    seats: number;
    convened: number;
    surplusVersionId: number;
    majorityVersionId: number;
    validityVersionId: number;
    packageKey?: string | null;
    packageHead?: string | null;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO elections (org_id, congress_id, title, kind, seats, convened, surplus_rule_version_id,
          majority_rule_version_id, validity_rule_version_id, package_key, package_head, created_by)
        VALUES (${v.orgId}, ${v.congressId}, ${v.title}, ${v.kind}, ${v.seats}, ${v.convened}, ${v.surplusVersionId},
          ${v.majorityVersionId}, ${v.validityVersionId}, ${v.packageKey ?? null}, ${v.packageHead ?? null}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export async function insertCandidates(db: Db, electionId: number, names: readonly string[]): Promise<void> {
  for (const [i, name] of names.entries()) {
    await run(
      db,
      sql`INSERT INTO election_candidates (election_id, position, full_name) VALUES (${electionId}, ${i + 1}, ${name})`,
    );
  }
}

export function byId(db: Db, id: number, cond: SQL, lock = false) {
  return one<ElectionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE e.id = ${id}::integer AND ${cond} ${lock ? sql`FOR UPDATE OF e` : sql``}`,
  );
}

export function list(db: Db, cond: SQL, f: { orgId?: number | undefined; congressId?: number | undefined }) {
  return rows<ElectionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${cond}
        ${f.orgId === undefined ? sql`` : sql`AND e.org_id = ${f.orgId}::integer`}
        ${f.congressId === undefined ? sql`` : sql`AND e.congress_id = ${f.congressId}::integer`}
        ORDER BY e.id DESC LIMIT 200`,
  );
}

export function byPackageHead(db: Db, head: string) {
  return one<{ id: number }>(db, sql`SELECT id FROM elections WHERE package_head = ${head}`);
}

export function candidates(db: Db, electionId: number) {
  return rows<CandidateRow>(
    db,
    sql`SELECT position, full_name FROM election_candidates WHERE election_id = ${electionId}::integer ORDER BY position`,
  );
}

export function ballots(db: Db, electionId: number) {
  return rows<BallotRow>(
    db,
    sql`SELECT seq, entered_valid, valid, marks FROM election_ballots WHERE election_id = ${electionId}::integer ORDER BY seq`,
  );
}

export async function insertBallots(
  db: Db,
  electionId: number,
  source: 'agreed' | 'tellers' | 'package',
  items: readonly { enteredValid: boolean; valid: boolean; marks: string }[],
  by: number,
): Promise<void> {
  const last = await one<{ n: number }>(
    db,
    sql`SELECT coalesce(max(seq), 0)::integer AS n FROM election_ballots WHERE election_id = ${electionId}::integer`,
  );
  let seq = Number(last?.n ?? 0);
  // In chunks: one statement per 500 ballots.
  for (let i = 0; i < items.length; i += 500) {
    const values = items
      .slice(i, i + 500)
      .map(
        (b) => sql`(${electionId}, ${++seq}, ${b.enteredValid}, ${b.valid}, ${b.marks}, ${source}, ${by})`,
      );
    await run(
      db,
      sql`INSERT INTO election_ballots (election_id, seq, entered_valid, valid, marks, source, entered_by)
          VALUES ${sql.join(values, sql`, `)}`,
    );
  }
}

export function setStatus(
  db: Db,
  id: number,
  status: ElectionRow['status'],
  extra: { approvedBy?: number; note?: string | null } = {},
) {
  return run(
    db,
    sql`UPDATE elections SET status = ${status},
          closed_at = CASE WHEN ${status} IN ('closed','submitted') AND closed_at IS NULL THEN now() ELSE closed_at END,
          submitted_at = CASE WHEN ${status} = 'submitted' THEN now() ELSE submitted_at END,
          approved_at = CASE WHEN ${status} = 'approved' THEN now() ELSE approved_at END,
          approved_by = CASE WHEN ${status} = 'approved' THEN ${extra.approvedBy ?? null}::integer ELSE approved_by END,
          approval_note = CASE WHEN ${status} = 'approved' THEN ${extra.note ?? null}::text ELSE approval_note END
        WHERE id = ${id}::integer`,
  );
}

export async function pendingTally(db: Db, electionId: number): Promise<boolean> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM election_tally_entries WHERE election_id = ${electionId}::integer`,
  );
  return Number(r?.n ?? 0) > 0;
}
