// SQL of transfers (chuyển sinh hoạt đảng), residence registrations and residence comments.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import { memberManaged } from '../queries.ts';

export interface TransferRow {
  id: number;
  member_id: number;
  full_name: string;
  member_org_id: number;
  kind: 'official' | 'temporary';
  direction: 'internal' | 'out' | 'in';
  from_org_id: number | null;
  from_org_name: string | null;
  from_name: string | null;
  to_org_id: number | null;
  to_org_name: string | null;
  to_name: string | null;
  paper_no: string;
  out_on: string | null;
  in_on: string | null;
  until_on: string | null;
  state: 'pending' | 'done' | 'ended' | 'cancelled';
  note: string | null;
  created_at: string;
}

const COLS = sql`t.id, t.member_id, m.full_name, m.org_id AS member_org_id, t.kind, t.direction, t.from_org_id,
  fo.name AS from_org_name, t.from_name, t.to_org_id, tor.name AS to_org_name, t.to_name, t.paper_no,
  t.out_on::text AS out_on, t.in_on::text AS in_on, t.until_on::text AS until_on, t.state, t.note, t.created_at`;
const FROM = sql`member_transfers t JOIN members m ON m.id = t.member_id
  LEFT JOIN orgs fo ON fo.id = t.from_org_id LEFT JOIN orgs tor ON tor.id = t.to_org_id`;

export async function insert(
  db: Db,
  t: {
    memberId: number;
    kind: string;
    direction: string;
    fromOrgId: number | null;
    fromName: string | null;
    toOrgId: number | null;
    toName: string | null;
    paperNo: string;
    outOn: string | null;
    inOn: string | null;
    untilOn: string | null;
    state: string;
    note: string | null;
    by: number | null;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO member_transfers (member_id, kind, direction, from_org_id, from_name, to_org_id, to_name, paper_no,
          out_on, in_on, until_on, state, note, created_by)
        VALUES (${t.memberId}, ${t.kind}, ${t.direction}, ${t.fromOrgId}, ${t.fromName}, ${t.toOrgId}, ${t.toName},
          ${t.paperNo}, ${t.outOn}::date, ${t.inOn}::date, ${t.untilOn}::date, ${t.state}, ${t.note}, ${t.by})
        RETURNING id`,
  );
  return (r as { id: number }).id;
}

export function byId(db: Db, id: number) {
  return one<TransferRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE t.id = ${id}`);
}

/**
 * A transfer, locked, with what the actor may do to it: `managed`, the member's record is the
 * actor's to change (the sending side); `to_in_scope`, the receiving or host unit is in its scope.
 */
export function byIdForUpdate(db: Db, actor: Actor, id: number) {
  return one<TransferRow & { managed: boolean; to_in_scope: boolean }>(
    db,
    sql`SELECT ${COLS}, ${memberManaged(actor)} AS managed,
               coalesce(${inScope(actor, sql`t.to_org_id`)}, false) AS to_in_scope
          FROM ${FROM} WHERE t.id = ${id} FOR UPDATE OF t`,
  );
}

export function ofMember(db: Db, memberId: number) {
  return rows<TransferRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE t.member_id = ${memberId} ORDER BY t.id DESC`,
  );
}

/** Transfers from or to the given units (the actor's scope, within a chosen unit: scopeUnitIds). */
export function forUnits(db: Db, unitIds: readonly number[], f: { state?: string | undefined }) {
  const units = sql`${array(unitIds)}::integer[]`;
  const conds: SQL[] = [sql`(t.from_org_id = ANY(${units}) OR t.to_org_id = ANY(${units}))`];
  if (f.state) conds.push(sql`t.state = ${f.state}`);
  return rows<TransferRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${sql.join(conds, sql` AND `)} ORDER BY t.id DESC LIMIT 1000`,
  );
}

export async function setState(db: Db, id: number, state: string, inOn?: string | null) {
  await db.execute(sql`
    UPDATE member_transfers SET state = ${state},
      in_on = CASE WHEN ${inOn === undefined} THEN in_on ELSE ${inOn ?? null}::date END
     WHERE id = ${id}`);
}

/** A unit by id, active or not (where a member goes, where a member lives). */
export function unitById(db: Db, orgId: number) {
  return one<{ id: number; name: string }>(db, sql`SELECT id, name FROM orgs WHERE id = ${orgId}::integer`);
}

export function pendingOf(db: Db, memberId: number) {
  return one<{ id: number }>(
    db,
    sql`SELECT id FROM member_transfers WHERE member_id = ${memberId} AND kind = 'official' AND state = 'pending'`,
  );
}

export interface ResidenceRow {
  id: number;
  place: string;
  residence_org_id: number | null;
  residence_org_name: string | null;
  registered_on: string;
  ended_on: string | null;
}

export function residencesOf(db: Db, memberId: number) {
  return rows<ResidenceRow>(
    db,
    sql`SELECT r.id, r.place, r.residence_org_id, o.name AS residence_org_name, r.registered_on::text AS registered_on,
               r.ended_on::text AS ended_on
          FROM member_residences r LEFT JOIN orgs o ON o.id = r.residence_org_id
         WHERE r.member_id = ${memberId} ORDER BY r.registered_on DESC`,
  );
}

export async function insertResidence(
  db: Db,
  r: { memberId: number; place: string; orgId: number | null; registeredOn: string; endedOn: string | null },
) {
  await db.execute(sql`
    INSERT INTO member_residences (member_id, place, residence_org_id, registered_on, ended_on)
    VALUES (${r.memberId}, ${r.place}, ${r.orgId}, ${r.registeredOn}::date, ${r.endedOn}::date)`);
}

export function commentsOf(db: Db, memberId: number) {
  return rows<{ year: number; comment: string; commented_on: string; by_name: string | null }>(
    db,
    sql`SELECT year, comment, commented_on::text AS commented_on, by_name FROM member_residence_comments
         WHERE member_id = ${memberId} ORDER BY year DESC`,
  );
}

export async function upsertComment(
  db: Db,
  c: { memberId: number; year: number; comment: string; commentedOn: string; by: string | null },
) {
  await db.execute(sql`
    INSERT INTO member_residence_comments (member_id, year, comment, commented_on, by_name)
    VALUES (${c.memberId}, ${c.year}, ${c.comment}, ${c.commentedOn}::date, ${c.by})
    ON CONFLICT (member_id, year) DO UPDATE SET comment = excluded.comment, commented_on = excluded.commented_on,
      by_name = excluded.by_name`);
}

// ---- The rolls of a unit on a date -----------------------------------------------------------------

export interface RollRow {
  id: number;
  full_name: string;
  sort_key: string;
  user_id: number | null;
  official: boolean;
}

/**
 * The members on a unit's rolls on a date, by name: admitted by then, not yet gone (removed, died,
 * transferred out of the system) and not in an interruption; and in that unit on that day, which the
 * official transfers tell (until a transfer is received the member stays with the sending unit;
 * a temporary one keeps the member at home). `official`: a full member (chính thức) that day.
 */
export function rollOn(db: Db, orgId: number, on: string) {
  const day = sql`${on}::date`;
  const done = sql`t.member_id = m.id AND t.kind = 'official' AND t.state = 'done'`;
  return rows<RollRow>(
    db,
    sql`SELECT m.id, m.full_name, m.sort_key, m.user_id,
               (m.official_on IS NOT NULL AND m.official_on <= ${day}) AS official
          FROM members m
         WHERE (m.org_id = ${orgId}::integer OR EXISTS (
                 SELECT 1 FROM member_transfers t
                  WHERE ${done} AND (t.from_org_id = ${orgId}::integer OR t.to_org_id = ${orgId}::integer)))
           AND m.admitted_on <= ${day}
           AND (m.status IN ('du_bi', 'chinh_thuc') OR m.status_on > ${day})
           AND (m.died_on IS NULL OR m.died_on > ${day})
           AND NOT EXISTS (SELECT 1 FROM member_interruptions i
                            WHERE i.member_id = m.id AND i.from_on <= ${day} AND i.to_on > ${day})
           AND NOT EXISTS (SELECT 1 FROM member_transfers t WHERE ${done} AND t.direction = 'in' AND t.in_on > ${day})
           AND coalesce(
                 (SELECT t.to_org_id FROM member_transfers t
                   WHERE ${done} AND t.direction = 'internal' AND t.in_on <= ${day}
                   ORDER BY t.in_on DESC, t.id DESC LIMIT 1),
                 (SELECT t.from_org_id FROM member_transfers t
                   WHERE ${done} AND t.direction = 'internal' AND t.in_on > ${day}
                   ORDER BY t.in_on, t.id LIMIT 1),
                 m.org_id) = ${orgId}::integer
         ORDER BY m.sort_key, m.id`,
  );
}
