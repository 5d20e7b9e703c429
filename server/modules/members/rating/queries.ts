// SQL of ratings: per member, per organisation, and the statistics by unit. A rating row is a period:
// the year (quarter 0) or one of its quarters; the individual review (form, sections, who proposed and
// who decided) is kept in the same row, so that its decided grade is the member's rating.
import { type SQL, sql } from 'drizzle-orm';
import type { RatingCategory } from '../../../../domain/members/rating.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface RatingRow {
  member_id: number;
  year: number;
  general_score: string | number | null;
  result_score: string | number | null;
  all_tasks_on_time: boolean | null;
  category: RatingCategory | null;
  self_review: string | null;
  cell_category: RatingCategory | null;
  cell_decided_on: string | null;
  committee_category: RatingCategory | null;
  committee_decided_on: string | null;
  org_id: number;
  quarter: number;
  form: '2A' | '2B' | '2C' | null;
  sections: Record<string, string> | string | null;
  cell_decided_by: number | null;
  cell_decided_by_name: string | null;
  committee_decided_by: number | null;
  committee_decided_by_name: string | null;
  committee_org_id: number | null;
  committee_org_name: string | null;
}

const COLS = sql`r.member_id, r.year, r.general_score, r.result_score, r.all_tasks_on_time, r.category, r.self_review,
  r.cell_category, r.cell_decided_on::text AS cell_decided_on, r.committee_category,
  r.committee_decided_on::text AS committee_decided_on, r.org_id, r.quarter, r.form, r.sections,
  r.cell_decided_by, (SELECT u.full_name FROM users u WHERE u.id = r.cell_decided_by) AS cell_decided_by_name,
  r.committee_decided_by, (SELECT u.full_name FROM users u WHERE u.id = r.committee_decided_by) AS committee_decided_by_name,
  r.committee_org_id, (SELECT o.name FROM orgs o WHERE o.id = r.committee_org_id) AS committee_org_name`;

/** A member's annual ratings (the quarters are the review's, read by period). */
export function ofMember(db: Db, memberId: number) {
  return rows<RatingRow>(
    db,
    sql`SELECT ${COLS} FROM member_ratings r WHERE r.member_id = ${memberId} AND r.quarter = 0 ORDER BY r.year DESC`,
  );
}

export function ofYear(db: Db, memberId: number, year: number, quarter = 0) {
  return one<RatingRow>(
    db,
    sql`SELECT ${COLS} FROM member_ratings r
         WHERE r.member_id = ${memberId} AND r.year = ${year} AND r.quarter = ${quarter}`,
  );
}

export async function upsertScores(
  db: Db,
  r: {
    memberId: number;
    year: number;
    quarter?: number;
    orgId: number;
    general: number;
    result: number;
    allOnTime: boolean;
    category: RatingCategory;
    selfReview?: string | null | undefined;
  },
) {
  await db.execute(sql`
    INSERT INTO member_ratings (member_id, year, quarter, general_score, result_score, all_tasks_on_time, category, self_review, org_id)
    VALUES (${r.memberId}, ${r.year}, ${r.quarter ?? 0}, ${r.general}, ${r.result}, ${r.allOnTime}, ${r.category}, ${r.selfReview ?? null}, ${r.orgId})
    ON CONFLICT (member_id, year, quarter) DO UPDATE SET general_score = excluded.general_score, result_score = excluded.result_score,
      all_tasks_on_time = excluded.all_tasks_on_time, category = excluded.category,
      self_review = CASE WHEN ${r.selfReview === undefined} THEN member_ratings.self_review ELSE excluded.self_review END,
      updated_at = now()`);
}

export async function upsertSelfReview(db: Db, memberId: number, year: number, orgId: number, text: string) {
  await db.execute(sql`
    INSERT INTO member_ratings (member_id, year, self_review, org_id) VALUES (${memberId}, ${year}, ${text}, ${orgId})
    ON CONFLICT (member_id, year, quarter) DO UPDATE SET self_review = excluded.self_review, updated_at = now()`);
}

/** The review written on a form: its sections (and the summary text the older screens show). */
export async function upsertReview(
  db: Db,
  r: {
    memberId: number;
    year: number;
    quarter: number;
    orgId: number;
    form: string;
    sections: Record<string, string>;
    summary: string;
  },
) {
  await db.execute(sql`
    INSERT INTO member_ratings (member_id, year, quarter, form, sections, self_review, org_id)
    VALUES (${r.memberId}, ${r.year}, ${r.quarter}, ${r.form}, ${JSON.stringify(r.sections)}::jsonb, ${r.summary}, ${r.orgId})
    ON CONFLICT (member_id, year, quarter) DO UPDATE SET form = excluded.form, sections = excluded.sections,
      self_review = excluded.self_review, updated_at = now()`);
}

export async function setDecision(
  db: Db,
  d: {
    memberId: number;
    year: number;
    quarter: number;
    level: 'cell' | 'committee';
    category: RatingCategory;
    on: string;
    by: number | null;
    orgId: number | null;
  },
) {
  await db.execute(
    d.level === 'cell'
      ? sql`UPDATE member_ratings SET cell_category = ${d.category}, cell_decided_on = ${d.on}::date,
               cell_decided_by = ${d.by}, updated_at = now()
             WHERE member_id = ${d.memberId} AND year = ${d.year} AND quarter = ${d.quarter}`
      : sql`UPDATE member_ratings SET committee_category = ${d.category}, committee_decided_on = ${d.on}::date,
               committee_decided_by = ${d.by}, committee_org_id = ${d.orgId}, updated_at = now()
             WHERE member_id = ${d.memberId} AND year = ${d.year} AND quarter = ${d.quarter}`,
  );
}

/** Active members matching `where` with their rating of the year (bounded list, by name). */
export function sheet(db: Db, where: SQL, year: number) {
  return rows<RatingRow & { id: number; full_name: string; org_name: string; member_org_id: number }>(
    db,
    sql`SELECT m.id, m.full_name, m.org_id AS member_org_id, o.name AS org_name, ${COLS}
          FROM members m JOIN orgs o ON o.id = m.org_id
          LEFT JOIN member_ratings r ON r.member_id = m.id AND r.year = ${year} AND r.quarter = 0
         WHERE ${where} AND m.status IN ('du_bi', 'chinh_thuc')
         ORDER BY m.sort_key, m.id LIMIT 5000`,
  );
}

/**
 * Counts per final category (committee's, else chi bộ's, else the score's) by child unit of `orgId`
 * (members of the unit itself count under it), over the ratings of members matching `where`. Each
 * unit is mapped to its child of `orgId` once (a few thousand units), then members are joined by id.
 */
export function stats(db: Db, where: SQL, orgId: number, year: number) {
  return rows<{ unit_id: number; unit_name: string; category: string | null; n: number }>(
    db,
    sql`WITH top AS (SELECT id, name, path FROM orgs WHERE id = ${orgId}),
        children AS (SELECT c.id, c.name, c.path FROM orgs c WHERE c.parent_id = ${orgId}),
        org_unit AS (
          SELECT o.id AS org_id, coalesce(ch.id, top.id) AS unit_id, coalesce(ch.name, top.name) AS unit_name
            FROM orgs o JOIN top ON o.path <@ top.path
            LEFT JOIN children ch ON o.path <@ ch.path
        )
        SELECT ou.unit_id, ou.unit_name, coalesce(r.committee_category, r.cell_category, r.category) AS category,
               count(*)::integer AS n
          FROM members m
          JOIN org_unit ou ON ou.org_id = m.org_id
          LEFT JOIN member_ratings r ON r.member_id = m.id AND r.year = ${year} AND r.quarter = 0
         WHERE ${where} AND m.status IN ('du_bi', 'chinh_thuc')
         GROUP BY 1, 2, 3`,
  );
}

export interface OrgRatingRow {
  org_id: number;
  org_name: string;
  year: number;
  general_score: string | number;
  result_score: string | number;
  all_tasks_on_time: boolean;
  category: RatingCategory;
  self_review: string | null;
  committee_category: RatingCategory | null;
}

export async function upsertOrgRating(
  db: Db,
  r: {
    orgId: number;
    year: number;
    quarter: number;
    general: number;
    result: number;
    allOnTime: boolean;
    category: RatingCategory;
    selfReview: string | null;
    committeeCategory: RatingCategory | null;
  },
) {
  await db.execute(sql`
    INSERT INTO org_ratings (org_id, year, quarter, general_score, result_score, all_tasks_on_time, category, self_review, committee_category)
    VALUES (${r.orgId}, ${r.year}, ${r.quarter}, ${r.general}, ${r.result}, ${r.allOnTime}, ${r.category}, ${r.selfReview}, ${r.committeeCategory})
    ON CONFLICT (org_id, year, quarter) DO UPDATE SET general_score = excluded.general_score, result_score = excluded.result_score,
      all_tasks_on_time = excluded.all_tasks_on_time, category = excluded.category, self_review = excluded.self_review,
      committee_category = excluded.committee_category, updated_at = now()`);
}

/** Ratings of the unit and its direct children for a year (or one of its quarters). */
export function orgRatings(db: Db, orgId: number, year: number, quarter = 0) {
  return rows<OrgRatingRow>(
    db,
    sql`SELECT r.org_id, o.name AS org_name, r.year, r.general_score, r.result_score, r.all_tasks_on_time, r.category,
               r.self_review, r.committee_category
          FROM org_ratings r JOIN orgs o ON o.id = r.org_id
         WHERE r.year = ${year} AND r.quarter = ${quarter} AND (o.id = ${orgId} OR o.parent_id = ${orgId})
         ORDER BY o.id = ${orgId} DESC, o.name`,
  );
}
