// SQL the early warning reads: the units of a subtree (with the unit each merged unit went into),
// the items counted by place, category and week back from the check day, since when each unit
// reports, and the recurred issues. Only counts leave the database; the test is domain/intel.
import { type SQL, sql } from 'drizzle-orm';
import { type ResolvedScope, scopeOrgIds, visibleToIn } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';

/** The subtree of a unit, with the subtrees merged or split into it (the access rule's roots). */
const within = (orgId: number): SQL => scopeOrgIds({ orgId });

export interface UnitRow {
  id: number;
  parent_id: number | null;
  name: string;
  active: boolean;
  merged_into: number | null;
}

export function units(db: Db, orgId: number) {
  return rows<UnitRow>(
    db,
    sql`SELECT o.id, o.parent_id, o.name, o.active,
               (SELECT l.successor_id FROM org_links l WHERE l.predecessor_id = o.id AND l.kind = 'merge'
                 ORDER BY l.effective_on DESC LIMIT 1) AS merged_into
          FROM orgs o WHERE o.id IN ${within(orgId)}`,
  );
}

export interface CountRow {
  org_id: number;
  category: string;
  week: number;
  n: number;
}

export interface Counter {
  scope: ResolvedScope;
  viewer: { userId: number; clearance: number };
}

/** What the viewer may count: the items of the reports it sees (the access rule of reports). */
function countable(c: Counter): SQL {
  return visibleToIn(c.scope, c.viewer, {
    entity: 'intel_report',
    id: sql`i.report_id`,
    ownerOrgId: sql`i.org_id`,
    secrecy: sql`i.secrecy`,
  });
}

export function weekCounts(
  db: Db,
  f: {
    orgId: number;
    on: string;
    ranges: readonly { from: number; to: number }[];
    scope: ResolvedScope;
    viewer: Counter['viewer'];
  },
) {
  const days = f.ranges.map(
    (r) =>
      sql`(i.occurred_on >= ${f.on}::date - ${7 * (r.to + 1)}::integer AND i.occurred_on <= ${f.on}::date - ${7 * r.from + 1}::integer)`,
  );
  return rows<CountRow>(
    db,
    sql`SELECT i.place_org_id AS org_id, i.category, ((${f.on}::date - i.occurred_on - 1) / 7)::integer AS week,
               count(*)::integer AS n
          FROM intel_items i
         WHERE (${sql.join(days, sql` OR `)})
           AND i.place_org_id IN ${within(f.orgId)}
           AND ${countable(f)}
         GROUP BY 1, 2, 3`,
  );
}

export function since(db: Db) {
  return rows<{ org_id: number; since: string }>(
    db,
    sql`SELECT org_id, since::text AS since FROM intel_reporting`,
  );
}

export interface RecurredRow {
  id: number;
  title: string;
  org_id: number;
  category: string;
  resolved_on: string | null;
  recurred_on: string;
}

export function recurred(db: Db, f: { orgId: number; from: string } & Counter) {
  const seen = visibleToIn(f.scope, f.viewer, {
    entity: 'intel_issue',
    id: sql`s.id`,
    ownerOrgId: sql`s.owner_org_id`,
    secrecy: sql`s.secrecy`,
  });
  return rows<RecurredRow>(
    db,
    sql`SELECT s.id, s.title, s.place_org_id AS org_id, s.category, s.resolved_on::text AS resolved_on,
               s.recurred_on::text AS recurred_on
          FROM intel_issues s
         WHERE s.status = 'recurred' AND s.recurred_on >= ${f.from}::date 
           AND s.place_org_id IN ${within(f.orgId)} AND ${seen}`,
  );
}

/** Items of one category in a subtree by week back from the check day (0 = the 7 days before). */
export function series(
  db: Db,
  f: {
    orgId: number;
    category: string;
    on: string;
    weeks: number;
    scope: ResolvedScope;
    viewer: Counter['viewer'];
  },
) {
  return rows<{ week: number; n: number }>(
    db,
    sql`SELECT ((${f.on}::date - i.occurred_on - 1) / 7)::integer AS week, count(*)::integer AS n
          FROM intel_items i
         WHERE i.category = ${f.category}
           AND i.occurred_on >= ${f.on}::date - ${7 * f.weeks}::integer AND i.occurred_on < ${f.on}::date
           AND i.place_org_id IN ${within(f.orgId)}
           AND ${countable(f)}
         GROUP BY 1`,
  );
}
