// SQL of the admission pipeline (kết nạp): one row per person with a date per stage; and the
// probationary members whose recognition falls due (the reminder job).
import { type SQL, sql } from 'drizzle-orm';
import type { AdmissionStage } from '../../../../domain/members/admission.ts';
import type { Actor } from '../../../auth/actor.ts';
import { inScope, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';

export interface AdmissionRow {
  id: number;
  org_id: number;
  org_name: string;
  full_name: string;
  birth_date: string;
  gender: 'Nam' | 'Nữ' | null;
  residence: string | null;
  occupation: string | null;
  stage: AdmissionStage | 'none';
  course_on: string | null;
  application_on: string | null;
  history_on: string | null;
  verification_on: string | null;
  introducers_on: string | null;
  comments_on: string | null;
  cell_resolution_on: string | null;
  committee_resolution_on: string | null;
  decision_on: string | null;
  introducer1_id: number | null;
  introducer1_name: string | null;
  introducer2_id: number | null;
  introducer2_name: string | null;
  decision_no: string | null;
  member_id: number | null;
  note: string | null;
}

/** Column of each stage's date (fixed names: never built from input). */
export const STAGE_COLUMN: Record<AdmissionStage, string> = {
  course: 'course_on',
  application: 'application_on',
  history: 'history_on',
  verification: 'verification_on',
  introducers: 'introducers_on',
  comments: 'comments_on',
  cell_resolution: 'cell_resolution_on',
  committee_resolution: 'committee_resolution_on',
  decision: 'decision_on',
};

const COLS = sql`a.id, a.org_id, o.name AS org_name, a.full_name, a.birth_date::text AS birth_date, a.gender, a.residence,
  a.occupation, a.stage, a.course_on::text AS course_on, a.application_on::text AS application_on,
  a.history_on::text AS history_on, a.verification_on::text AS verification_on, a.introducers_on::text AS introducers_on,
  a.comments_on::text AS comments_on, a.cell_resolution_on::text AS cell_resolution_on,
  a.committee_resolution_on::text AS committee_resolution_on, a.decision_on::text AS decision_on,
  a.introducer1_id, i1.full_name AS introducer1_name, a.introducer2_id, i2.full_name AS introducer2_name,
  a.decision_no, a.member_id, a.note`;
const FROM = sql`member_admissions a JOIN orgs o ON o.id = a.org_id
  LEFT JOIN members i1 ON i1.id = a.introducer1_id LEFT JOIN members i2 ON i2.id = a.introducer2_id`;

function visible(actor: Actor): SQL {
  return visibleTo(actor, {
    entity: 'member_admission',
    id: sql`a.id`,
    ownerOrgId: sql`a.org_id`,
    secrecy: sql`a.secrecy`,
  });
}

/** The pipeline's people the actor sees, within the given units (scopeUnitIds of a chosen unit). */
export function list(
  db: Db,
  actor: Actor,
  f: { unitIds?: readonly number[] | undefined; includeDone: boolean },
) {
  const conds: SQL[] = [visible(actor)];
  if (f.unitIds) conds.push(sql`a.org_id = ANY(${array(f.unitIds)}::integer[])`);
  if (!f.includeDone) conds.push(sql`a.decision_on IS NULL`);
  return rows<AdmissionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${sql.join(conds, sql` AND `)} ORDER BY a.sort_key, a.id LIMIT 2000`,
  );
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<AdmissionRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE a.id = ${id} AND ${visible(actor)}`);
}

/** A person the actor sees, locked; `in_scope`: the unit is the actor's to act for (not only granted). */
export function forUpdate(db: Db, actor: Actor, id: number) {
  return one<AdmissionRow & { in_scope: boolean }>(
    db,
    sql`SELECT ${COLS}, ${inScope(actor, sql`a.org_id`)} AS in_scope FROM ${FROM}
         WHERE a.id = ${id} AND ${visible(actor)} FOR UPDATE OF a`,
  );
}

export async function insert(
  db: Db,
  a: {
    orgId: number;
    fullName: string;
    sortKey: string;
    birthDate: string;
    gender: string | null;
    residence: string | null;
    occupation: string | null;
    courseOn: string | null;
    note: string | null;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO member_admissions (org_id, full_name, sort_key, birth_date, gender, residence, occupation, stage, course_on, note)
        VALUES (${a.orgId}, ${a.fullName}, ${a.sortKey}, ${a.birthDate}::date, ${a.gender}, ${a.residence}, ${a.occupation},
                ${a.courseOn ? 'course' : 'none'}, ${a.courseOn}::date, ${a.note})
        RETURNING id`,
  );
  return (r as { id: number }).id;
}

export async function setStage(
  db: Db,
  id: number,
  stage: AdmissionStage,
  on: string,
  extra: {
    introducers?: [number, number];
    decisionNo?: string | null;
    memberId?: number;
    note?: string | null;
  },
) {
  const column = sql.raw(STAGE_COLUMN[stage]);
  await db.execute(sql`
    UPDATE member_admissions SET stage = ${stage}, ${column} = ${on}::date,
      introducer1_id = coalesce(${extra.introducers?.[0] ?? null}::integer, introducer1_id),
      introducer2_id = coalesce(${extra.introducers?.[1] ?? null}::integer, introducer2_id),
      decision_no = coalesce(${extra.decisionNo ?? null}, decision_no),
      member_id = coalesce(${extra.memberId ?? null}::integer, member_id),
      note = coalesce(${extra.note ?? null}, note), updated_at = now()
     WHERE id = ${id}`);
}

/** A unit's name and its parent's (the forms are headed by the committee above the chi bộ). */
export function unitWithParent(db: Db, orgId: number) {
  return one<{ name: string; parent_id: number | null; parent_name: string | null }>(
    db,
    sql`SELECT o.name, o.parent_id, p.name AS parent_name FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id
         WHERE o.id = ${orgId}::integer`,
  );
}

// ---- Recognition reminders ----------------------------------------------------------------------

export interface ProbationDueRow {
  id: number;
  full_name: string;
  due: string;
  user_ids: number[] | string | null;
}

/**
 * Probationary members whose recognition falls due (admission + `months`) between `since` and
 * `until`, each with the staff of the nearest unit (the member's own, then up the tree) that has
 * active leaders, clerks or specialists.
 */
export function probationDue(db: Db, since: string, until: string, months: number) {
  return rows<ProbationDueRow>(
    db,
    sql`SELECT d.id, d.full_name, d.due::text AS due, (
              SELECT array_agg(u.id) FROM users u
               WHERE u.disabled_at IS NULL AND u.role IN ('leader', 'clerk', 'specialist')
                 AND u.org_id = (
                   SELECT a.id FROM orgs a
                     JOIN users su ON su.org_id = a.id AND su.disabled_at IS NULL
                                  AND su.role IN ('leader', 'clerk', 'specialist')
                    WHERE a.path @> (SELECT mo.path FROM orgs mo WHERE mo.id = d.org_id)
                    ORDER BY nlevel(a.path) DESC LIMIT 1)
            ) AS user_ids
          FROM (SELECT m.id, m.full_name, m.org_id,
                       (m.admitted_on + make_interval(months => ${months}::integer))::date AS due
                  FROM members m
                 WHERE m.status = 'du_bi'
                   -- Index range on admitted_on, widened for month-end clamping; exact test below.
                   AND m.admitted_on BETWEEN (${since}::date - make_interval(months => ${months}::integer))::date - 3
                                         AND (${until}::date - make_interval(months => ${months}::integer))::date + 3) d
         WHERE d.due BETWEEN ${since}::date AND ${until}::date
         ORDER BY d.due, d.id`,
  );
}
