// SQL of the statistics by unit: over the main sessions the actor sees (in a period, on one text), each
// expected member counted in the unit it was drawn from — the unit itself (its own members) and each
// unit directly below it (its whole subtree).
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../../auth/actor.ts';
import type { Db } from '../../../../db/client.ts';
import { rows } from '../../../../db/sql.ts';
import { visible } from '../queries.ts';

export interface StatsRow {
  org_id: number;
  org_name: string;
  direct: boolean;
  sessions: number;
  expected: number;
  present: number;
  made_up: number;
  reflections: number;
  marked: number;
  passed: number;
}

export interface StatsFilters {
  orgId: number;
  from?: string | undefined;
  to?: string | undefined;
  resolutionKey?: string | undefined;
}

const dayStart = (d: string) => sql`(${d}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

export function byUnit(db: Db, actor: Actor, f: StatsFilters) {
  const conds: SQL[] = [sql`s.makeup_of IS NULL`, visible(actor)];
  if (f.from) conds.push(sql`s.starts_at >= ${dayStart(f.from)}`);
  if (f.to) conds.push(sql`s.starts_at < ${dayStart(f.to)} + interval '1 day'`);
  if (f.resolutionKey) conds.push(sql`s.resolution_key = ${f.resolutionKey}`);
  return rows<StatsRow>(
    db,
    sql`WITH units AS (
          SELECT u.id, u.name, u.path, false AS direct FROM orgs u WHERE u.parent_id = ${f.orgId} AND u.active
          UNION ALL
          SELECT u.id, u.name, u.path, true FROM orgs u WHERE u.id = ${f.orgId}
        ), mains AS (
          SELECT s.id FROM study_sessions s WHERE ${sql.join(conds, sql` AND `)}
        ), att AS (
          SELECT a.session_id, a.member_org_id, mo.path AS member_path,
                 a.status = 'present' AS present,
                 (a.status IS DISTINCT FROM 'present' AND EXISTS (
                   SELECT 1 FROM study_sessions k JOIN study_attendance ka ON ka.session_id = k.id
                    WHERE k.makeup_of = a.session_id AND ka.member_id = a.member_id AND ka.status = 'present')) AS made_up,
                 rf.id IS NOT NULL AS reflected, rf.grade
            FROM study_attendance a JOIN mains m ON m.id = a.session_id JOIN orgs mo ON mo.id = a.member_org_id
            LEFT JOIN LATERAL (
              SELECT sr.id, sr.grade FROM study_reflections sr
               WHERE sr.session_id = a.session_id AND sr.member_id = a.member_id
               ORDER BY sr.version DESC LIMIT 1) rf ON true
        )
        SELECT u.id AS org_id, u.name AS org_name, u.direct,
               count(DISTINCT att.session_id)::integer AS sessions,
               count(att.session_id)::integer AS expected,
               count(*) FILTER (WHERE att.present)::integer AS present,
               count(*) FILTER (WHERE att.made_up)::integer AS made_up,
               count(*) FILTER (WHERE att.reflected)::integer AS reflections,
               count(*) FILTER (WHERE att.grade IS NOT NULL)::integer AS marked,
               count(*) FILTER (WHERE att.grade = 'dat')::integer AS passed
          FROM units u
          LEFT JOIN att ON (u.direct AND att.member_org_id = u.id) OR (NOT u.direct AND att.member_path <@ u.path)
         GROUP BY u.id, u.name, u.direct`,
  );
}
