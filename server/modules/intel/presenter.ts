// JSON shapes of situation reports: a category, a report with its items, the list.
import { z } from '@hono/zod-openapi';
import { REPORT_KIND_LABELS, type ReportKind, SEVERITY_LABELS } from '../../../domain/intel/labels.ts';
import { toIso } from '../../db/sql.ts';
import type { ItemRow, ReportRow } from './queries.ts';

const int = z.number().int();

export const reportLink = (id: number) => `/tinh-hinh/bao-cao/${id}`;

export const IntelCategory = z.object({ code: z.string(), name: z.string() }).openapi('IntelCategory');
export const IntelCategoryList = z.array(IntelCategory).openapi('IntelCategoryList');
/** A category as the administrator's list shows it: retired ones too. */
export const IntelCategoryAdmin = z
  .object({ code: z.string(), name: z.string(), active: z.boolean() })
  .openapi('IntelCategoryAdmin');
export const IntelCategoryAdminList = z.array(IntelCategoryAdmin).openapi('IntelCategoryAdminList');

export const IntelItem = z
  .object({
    id: int,
    reportId: int,
    position: int,
    orgId: int,
    placeOrgId: int,
    placeName: z.string(),
    category: z.string(),
    categoryName: z.string(),
    severity: int,
    severityLabel: z.string(),
    summary: z.string(),
    occurredOn: z.string(),
    peopleCount: int.nullable(),
    issueId: int.nullable(),
    issueTitle: z.string().nullable(),
  })
  .openapi('IntelItem');
export type IntelItem = z.infer<typeof IntelItem>;

export const IntelReportSummary = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    kind: z.enum(['periodic', 'quick']),
    kindLabel: z.string(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    title: z.string().nullable(),
    secrecy: int,
    receivedOn: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
    itemCount: int,
    severeCount: int,
    maxSeverity: int.nullable(),
  })
  .openapi('IntelReportSummary');
export type IntelReportSummary = z.infer<typeof IntelReportSummary>;

export const IntelReport = IntelReportSummary.extend({
  summary: z.string().nullable(),
  items: z.array(IntelItem),
  /** Leaders notified (a quick report). */
  notified: int,
}).openapi('IntelReport');
export type IntelReport = z.infer<typeof IntelReport>;

export const IntelReportList = z.object({ items: z.array(IntelReportSummary) }).openapi('IntelReportList');

export function presentItem(r: ItemRow): IntelItem {
  return {
    id: Number(r.id),
    reportId: Number(r.report_id),
    position: r.position,
    orgId: Number(r.org_id),
    placeOrgId: Number(r.place_org_id),
    placeName: r.place_name,
    category: r.category,
    categoryName: r.category_name,
    severity: r.severity,
    severityLabel: SEVERITY_LABELS[r.severity] ?? String(r.severity),
    summary: r.summary,
    occurredOn: r.occurred_on,
    peopleCount: r.people === null ? null : Number(r.people),
    issueId: r.issue_id === null ? null : Number(r.issue_id),
    issueTitle: r.issue_title,
  };
}

export function presentReportSummary(r: ReportRow): IntelReportSummary {
  const kind = r.kind as ReportKind;
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    kind,
    kindLabel: REPORT_KIND_LABELS[kind],
    periodStart: r.period_start,
    periodEnd: r.period_end,
    title: r.title,
    secrecy: r.secrecy,
    receivedOn: r.received_on,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
    itemCount: r.item_count,
    severeCount: r.severe_count,
    maxSeverity: r.max_severity,
  };
}

export function presentReport(r: ReportRow, items: readonly ItemRow[], notified = 0): IntelReport {
  return { ...presentReportSummary(r), summary: r.summary, items: items.map(presentItem), notified };
}
