// SQL of the hot-issue register: an issue, the list, its history and its links.
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows, run } from '../../../db/sql.ts';

export const ISSUE_ENTITY = 'intel_issue';

export interface IssueRow {
  id: number;
  owner_org_id: number;
  owner_name: string;
  owner_path: string;
  place_org_id: number;
  place_name: string;
  category: string;
  category_name: string;
  title: string;
  summary: string | null;
  severity: number;
  status: string;
  secrecy: number;
  resolved_on: string | null;
  recurred_on: string | null;
  created_by_name: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  item_count: number;
  last_item_on: string | null;
}

const COLS = sql`s.id, s.owner_org_id, o.name AS owner_name, o.path::text AS owner_path, s.place_org_id,
  p.name AS place_name, s.category, c.name AS category_name, s.title, s.summary, s.severity, s.status, s.secrecy,
  s.resolved_on::text AS resolved_on, s.recurred_on::text AS recurred_on, u.full_name AS created_by_name,
  s.created_at, s.updated_at,
  (SELECT count(*) FROM intel_items i WHERE i.issue_id = s.id)::integer AS item_count,
  (SELECT max(i.occurred_on)::text FROM intel_items i WHERE i.issue_id = s.id) AS last_item_on`;
const FROM = sql`intel_issues s JOIN orgs o ON o.id = s.owner_org_id JOIN orgs p ON p.id = s.place_org_id
  JOIN intel_categories c ON c.code = s.category LEFT JOIN users u ON u.id = s.created_by`;

export function issueVisible(viewer: Viewer): SQL {
  return visibleTo(viewer, {
    entity: ISSUE_ENTITY,
    id: sql`s.id`,
    ownerOrgId: sql`s.owner_org_id`,
    secrecy: sql`s.secrecy`,
  });
}

export async function insert(
  tx: Db,
  v: {
    ownerOrgId: number;
    placeOrgId: number;
    category: string;
    title: string;
    summary: string | null;
    severity: number;
    secrecy: number;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO intel_issues (owner_org_id, place_org_id, category, title, summary, severity, secrecy, created_by)
        VALUES (${v.ownerOrgId}, ${v.placeOrgId}, ${v.category}, ${v.title}, ${v.summary}, ${v.severity}, ${v.secrecy},
                ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export function byId(db: Db, id: number, viewer: Viewer | null, lock = false) {
  return one<IssueRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE s.id = ${id} ${viewer ? sql`AND ${issueVisible(viewer)}` : sql``}
        ${lock ? sql`FOR UPDATE OF s` : sql``}`,
  );
}

export function list(
  db: Db,
  viewer: Viewer,
  f: { withinPath: string | null; status?: string | undefined; open?: boolean | undefined; limit: number },
) {
  return rows<IssueRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE ${issueVisible(viewer)}
           ${f.withinPath ? sql`AND (o.path <@ ${f.withinPath}::ltree OR p.path <@ ${f.withinPath}::ltree)` : sql``}
           ${f.status ? sql`AND s.status = ${f.status}` : sql``}
           ${f.open === true ? sql`AND s.status <> 'resolved'` : f.open === false ? sql`AND s.status = 'resolved'` : sql``}
         ORDER BY (s.status = 'resolved'), s.severity DESC, s.updated_at DESC, s.id DESC
         LIMIT ${f.limit}`,
  );
}

/** Open issues owned or placed within a subtree (the synthesis). */
export function openWithin(db: Db, viewer: Viewer, path: string) {
  return rows<IssueRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE ${issueVisible(viewer)} AND s.status <> 'resolved'
           AND (o.path <@ ${path}::ltree OR p.path <@ ${path}::ltree)
         ORDER BY s.severity DESC, s.id`,
  );
}

export function setStatus(
  tx: Db,
  id: number,
  status: string,
  days: { resolvedOn?: string | null; recurredOn?: string | null },
) {
  return run(
    tx,
    sql`UPDATE intel_issues SET status = ${status}, updated_at = now()
          ${days.resolvedOn !== undefined ? sql`, resolved_on = ${days.resolvedOn}::date` : sql``}
          ${days.recurredOn !== undefined ? sql`, recurred_on = ${days.recurredOn}::date` : sql``}
         WHERE id = ${id}`,
  );
}

export function touch(tx: Db, id: number) {
  return run(tx, sql`UPDATE intel_issues SET updated_at = now() WHERE id = ${id}`);
}

export function addEvent(
  tx: Db,
  e: {
    issueId: number;
    kind: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    note?: string | null;
    taskId?: number | null;
    by: number;
  },
) {
  return run(
    tx,
    sql`INSERT INTO intel_issue_events (issue_id, kind, from_status, to_status, note, task_id, actor_id)
        VALUES (${e.issueId}, ${e.kind}, ${e.fromStatus ?? null}, ${e.toStatus ?? null}, ${e.note ?? null},
                ${e.taskId ?? null}::integer, ${e.by})`,
  );
}

export interface EventRow {
  id: number;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  task_id: number | null;
  actor_name: string | null;
  at: string | Date;
}

export function events(db: Db, issueId: number) {
  return rows<EventRow>(
    db,
    sql`SELECT e.id, e.kind, e.from_status, e.to_status, e.note, e.task_id, u.full_name AS actor_name, e.at
          FROM intel_issue_events e LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.issue_id = ${issueId} ORDER BY e.id`,
  );
}

export interface LinkRow {
  kind: string;
  target_id: number;
  added_at: string | Date;
}

export function links(db: Db, issueId: number) {
  return rows<LinkRow>(
    db,
    sql`SELECT kind, target_id, added_at FROM intel_issue_links WHERE issue_id = ${issueId} ORDER BY added_at, target_id`,
  );
}

export function addLink(tx: Db, issueId: number, kind: string, targetId: number, by: number) {
  return run(
    tx,
    sql`INSERT INTO intel_issue_links (issue_id, kind, target_id, added_by) VALUES (${issueId}, ${kind}, ${targetId}, ${by})
        ON CONFLICT DO NOTHING`,
  );
}

export function removeLink(tx: Db, issueId: number, kind: string, targetId: number) {
  return run(
    tx,
    sql`DELETE FROM intel_issue_links WHERE issue_id = ${issueId} AND kind = ${kind} AND target_id = ${targetId}`,
  );
}

/** Units by id with their paths (a place, a lead unit). */
export function unitPaths(db: Db, ids: readonly number[]) {
  return rows<{ id: number; name: string; path: string }>(
    db,
    sql`SELECT id, name, path::text AS path FROM orgs WHERE id = ANY(${array(ids)}::integer[])`,
  );
}
