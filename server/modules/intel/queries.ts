// SQL of situation reports: the categories, a report with its items, the list, the leaders above a
// unit (a quick report reaches them), and since when a unit reports.
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run } from '../../db/sql.ts';

export const REPORT_ENTITY = 'intel_report';

export interface CategoryRow {
  code: string;
  name: string;
  active: boolean;
}

export function categories(db: Db, all = false) {
  return rows<CategoryRow>(
    db,
    sql`SELECT code, name, active FROM intel_categories ${all ? sql`` : sql`WHERE active`}
         ORDER BY sort_order, name`,
  );
}

/** A category by code, retired or not. */
export function category(db: Db, code: string) {
  return one<CategoryRow>(db, sql`SELECT code, name, active FROM intel_categories WHERE code = ${code}`);
}

/** Whether an active category other than `code` has this name (any case). */
export async function activeNameTaken(db: Db, name: string, code: string | null): Promise<boolean> {
  const found = await one<{ code: string }>(
    db,
    sql`SELECT code FROM intel_categories
         WHERE active AND lower(name) = lower(${name}) AND code IS DISTINCT FROM ${code}`,
  );
  return found !== undefined;
}

/** A new category, last in the order. */
export async function insertCategory(db: Db, c: { code: string; name: string }): Promise<void> {
  await run(
    db,
    sql`INSERT INTO intel_categories (code, name, sort_order)
        VALUES (${c.code}, ${c.name}, (SELECT coalesce(max(sort_order), 0) + 1 FROM intel_categories))`,
  );
}

export async function updateCategory(
  db: Db,
  code: string,
  c: { name: string; active: boolean },
): Promise<void> {
  await run(db, sql`UPDATE intel_categories SET name = ${c.name}, active = ${c.active} WHERE code = ${code}`);
}

export interface UnitRow {
  id: number;
  name: string;
  path: string;
  active: boolean;
}

/** Units by id with their paths (the places named in a report). */
export function units(db: Db, ids: readonly number[]) {
  return rows<UnitRow>(
    db,
    sql`SELECT id, name, path::text AS path, active FROM orgs WHERE id = ANY(${array(ids)}::integer[])`,
  );
}

export async function insertReport(
  tx: Db,
  r: {
    orgId: number;
    kind: string;
    periodStart: string | null;
    periodEnd: string | null;
    title: string | null;
    summary: string | null;
    secrecy: number;
    receivedOn: string;
    by: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    tx,
    sql`INSERT INTO intel_reports (org_id, kind, period_start, period_end, title, summary, secrecy, received_on, created_by)
        VALUES (${r.orgId}, ${r.kind}, ${r.periodStart}::date, ${r.periodEnd}::date, ${r.title}, ${r.summary},
                ${r.secrecy}, ${r.receivedOn}::date, ${r.by})
        RETURNING id`,
  );
  return Number(row?.id);
}

export interface ItemValues {
  category: string;
  severity: number;
  summary: string;
  occurredOn: string;
  placeOrgId: number;
  people: number | null;
}

export async function insertItems(
  tx: Db,
  report: { id: number; orgId: number; secrecy: number },
  items: readonly ItemValues[],
): Promise<void> {
  if (items.length === 0) return;
  const values = items.map(
    (it, i) =>
      sql`(${report.id}, ${i + 1}, ${report.orgId}, ${it.placeOrgId}, ${it.category}, ${it.severity}, ${it.summary},
           ${it.occurredOn}::date, ${it.people}::integer, ${report.secrecy})`,
  );
  await run(
    tx,
    sql`INSERT INTO intel_items (report_id, position, org_id, place_org_id, category, severity, summary, occurred_on,
          people, secrecy)
        VALUES ${sql.join(values, sql`, `)}`,
  );
}

/** The unit's reports cover its area from the earliest day they speak of. */
export async function markReporting(tx: Db, orgId: number, since: string): Promise<void> {
  await run(
    tx,
    sql`INSERT INTO intel_reporting (org_id, since) VALUES (${orgId}, ${since}::date)
        ON CONFLICT (org_id) DO UPDATE SET since = LEAST(intel_reporting.since, EXCLUDED.since)`,
  );
}

export interface ReportRow {
  id: number;
  org_id: number;
  org_name: string;
  kind: string;
  period_start: string | null;
  period_end: string | null;
  title: string | null;
  summary: string | null;
  secrecy: number;
  received_on: string;
  created_by_name: string | null;
  created_at: string | Date;
  item_count: number;
  severe_count: number;
  max_severity: number | null;
}

const REPORT_COLS = sql`r.id, r.org_id, o.name AS org_name, r.kind, r.period_start::text AS period_start,
  r.period_end::text AS period_end, r.title, r.summary, r.secrecy, r.received_on::text AS received_on,
  u.full_name AS created_by_name, r.created_at,
  (SELECT count(*) FROM intel_items i WHERE i.report_id = r.id)::integer AS item_count,
  (SELECT count(*) FROM intel_items i WHERE i.report_id = r.id AND i.severity >= 3)::integer AS severe_count,
  (SELECT max(i.severity) FROM intel_items i WHERE i.report_id = r.id)::integer AS max_severity`;

export function reportVisible(viewer: Viewer): SQL {
  return visibleTo(viewer, {
    entity: REPORT_ENTITY,
    id: sql`r.id`,
    ownerOrgId: sql`r.org_id`,
    secrecy: sql`r.secrecy`,
  });
}

export function reportById(db: Db, id: number, viewer: Viewer | null) {
  return one<ReportRow>(
    db,
    sql`SELECT ${REPORT_COLS} FROM intel_reports r JOIN orgs o ON o.id = r.org_id
          LEFT JOIN users u ON u.id = r.created_by
         WHERE r.id = ${id} ${viewer ? sql`AND ${reportVisible(viewer)}` : sql``}`,
  );
}

export function listReports(
  db: Db,
  viewer: Viewer,
  f: {
    withinPath: string | null;
    kind?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    limit: number;
  },
) {
  return rows<ReportRow>(
    db,
    sql`SELECT ${REPORT_COLS} FROM intel_reports r JOIN orgs o ON o.id = r.org_id
          LEFT JOIN users u ON u.id = r.created_by
         WHERE ${reportVisible(viewer)}
           ${f.withinPath ? sql`AND o.path <@ ${f.withinPath}::ltree` : sql``}
           ${f.kind ? sql`AND r.kind = ${f.kind}` : sql``}
           ${f.from ? sql`AND r.received_on >= ${f.from}::date` : sql``}
           ${f.to ? sql`AND r.received_on <= ${f.to}::date` : sql``}
         ORDER BY r.received_on DESC, r.id DESC
         LIMIT ${f.limit}`,
  );
}

export interface ItemRow {
  id: number;
  report_id: number;
  position: number;
  org_id: number;
  place_org_id: number;
  place_name: string;
  category: string;
  category_name: string;
  severity: number;
  summary: string;
  occurred_on: string;
  people: number | null;
  issue_id: number | null;
  issue_title: string | null;
}

const ITEM_COLS = sql`i.id, i.report_id, i.position, i.org_id, i.place_org_id, p.name AS place_name, i.category,
  c.name AS category_name, i.severity, i.summary, i.occurred_on::text AS occurred_on, i.people, i.issue_id,
  s.title AS issue_title`;
const ITEM_FROM = sql`intel_items i JOIN orgs p ON p.id = i.place_org_id
  JOIN intel_categories c ON c.code = i.category LEFT JOIN intel_issues s ON s.id = i.issue_id`;

export function itemsOfReport(db: Db, reportId: number) {
  return rows<ItemRow>(
    db,
    sql`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE i.report_id = ${reportId} ORDER BY i.position`,
  );
}

export function itemsOfIssue(db: Db, issueId: number) {
  return rows<ItemRow>(
    db,
    sql`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE i.issue_id = ${issueId} ORDER BY i.occurred_on DESC, i.id DESC`,
  );
}

/** Items whose report the viewer sees. */
export function visibleItems(db: Db, viewer: Viewer, ids: readonly number[]) {
  return rows<ItemRow>(
    db,
    sql`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} JOIN intel_reports r ON r.id = i.report_id
         WHERE i.id = ANY(${array(ids)}::integer[]) AND ${reportVisible(viewer)}`,
  );
}

export function setItemsIssue(tx: Db, ids: readonly number[], issueId: number | null) {
  return run(tx, sql`UPDATE intel_items SET issue_id = ${issueId} WHERE id = ANY(${array(ids)}::integer[])`);
}

/** The leaders of a unit and of every unit above it. */
export async function leadersAbove(db: Db, orgId: number): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`SELECT u.id FROM users u JOIN orgs a ON a.id = u.org_id
         WHERE u.role = 'leader' AND u.disabled_at IS NULL
           AND a.path @> (SELECT path FROM orgs WHERE id = ${orgId})`,
  );
  return r.map((x) => Number(x.id));
}
