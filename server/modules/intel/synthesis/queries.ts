// SQL of the synthesis: what the reports of a subtree said about a period — counts by category and
// by place, the severe items — read through the access rule of the reports.
import { sql } from 'drizzle-orm';
import type { Viewer } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { reportVisible } from '../queries.ts';

interface Period {
  path: string;
  from: string;
  to: string;
}

const WHERE = (v: Viewer, f: Period) => sql`i.occurred_on BETWEEN ${f.from}::date AND ${f.to}::date
  AND so.path <@ ${f.path}::ltree AND ${reportVisible(v)}`;
const FROM = sql`intel_items i JOIN intel_reports r ON r.id = i.report_id JOIN orgs so ON so.id = r.org_id
  JOIN orgs p ON p.id = i.place_org_id JOIN intel_categories c ON c.code = i.category`;

export interface CountRow {
  category: string;
  category_name: string;
  place_path: string;
  n: number;
  people: number;
  severe: number;
}

export function counts(db: Db, v: Viewer, f: Period) {
  return rows<CountRow>(
    db,
    sql`SELECT i.category, c.name AS category_name, p.path::text AS place_path, count(*)::integer AS n,
               coalesce(sum(i.people), 0)::integer AS people, count(*) FILTER (WHERE i.severity >= 3)::integer AS severe
          FROM ${FROM} WHERE ${WHERE(v, f)}
         GROUP BY 1, 2, 3, c.sort_order ORDER BY c.sort_order`,
  );
}

export interface SevereRow {
  summary: string;
  severity: number;
  occurred_on: string;
  place_name: string;
  category_name: string;
  people: number | null;
}

export function severe(db: Db, v: Viewer, f: Period & { from3: number; limit: number }) {
  return rows<SevereRow>(
    db,
    sql`SELECT i.summary, i.severity, i.occurred_on::text AS occurred_on, p.name AS place_name,
               c.name AS category_name, i.people
          FROM ${FROM} WHERE ${WHERE(v, f)} AND i.severity >= ${f.from3}
         ORDER BY i.severity DESC, i.occurred_on, i.id LIMIT ${f.limit}`,
  );
}

/** Reports of the subtree in the period (their senders), the unit's own excluded. */
export function senders(db: Db, v: Viewer, f: Period & { orgId: number }) {
  return rows<{ org_id: number; reports: number }>(
    db,
    sql`SELECT r.org_id, count(*)::integer AS reports FROM intel_reports r JOIN orgs so ON so.id = r.org_id
         WHERE so.path <@ ${f.path}::ltree AND r.org_id <> ${f.orgId} AND ${reportVisible(v)}
           AND coalesce(r.period_end, r.received_on) BETWEEN ${f.from}::date AND ${f.to}::date
         GROUP BY 1`,
  );
}

/** The units directly below a unit, by path (to group places). */
export function children(db: Db, orgId: number) {
  return rows<{ id: number; name: string; path: string }>(
    db,
    sql`SELECT id, name, path::text AS path FROM orgs WHERE parent_id = ${orgId} ORDER BY name`,
  );
}

export function unitName(db: Db, id: number) {
  return rows<{ name: string }>(db, sql`SELECT name FROM orgs WHERE id = ${id}`);
}
