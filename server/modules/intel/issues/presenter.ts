// JSON shapes of the hot-issue register: an issue in the list, its page (items filed under it,
// history, linked documents and tasks, the moves it allows and what the account may do).
import { z } from '@hono/zod-openapi';
import {
  canDirect,
  ISSUE_STATUS_LABELS,
  ISSUE_STATUSES,
  type IssueStatus,
  movesFrom,
  SEVERITY_LABELS,
} from '../../../../domain/intel/labels.ts';
import { toIso } from '../../../db/sql.ts';
import { IntelItem } from '../presenter.ts';
import type { EventRow, IssueRow } from './queries.ts';

const int = z.number().int();

export const issueLink = (id: number) => `/tinh-hinh/vu-viec/${id}`;

export const IntelIssueSummary = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    placeOrgId: int,
    placeName: z.string(),
    category: z.string(),
    categoryName: z.string(),
    title: z.string(),
    severity: int,
    severityLabel: z.string(),
    status: z.enum(ISSUE_STATUSES),
    statusLabel: z.string(),
    secrecy: int,
    resolvedOn: z.string().nullable(),
    recurredOn: z.string().nullable(),
    itemCount: int,
    lastItemOn: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('IntelIssueSummary');
export type IntelIssueSummary = z.infer<typeof IntelIssueSummary>;

export const IntelIssueEvent = z
  .object({
    id: int,
    kind: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    text: z.string(),
    note: z.string().nullable(),
    taskId: int.nullable(),
    actorName: z.string().nullable(),
    at: z.string().nullable(),
  })
  .openapi('IntelIssueEvent');

export const IntelIssueLink = z
  .object({
    kind: z.enum(['document', 'task']),
    id: int,
    title: z.string(),
    /** A task's state, a document's symbol. */
    detail: z.string().nullable(),
    seen: z.boolean(),
  })
  .openapi('IntelIssueLink');
export type IntelIssueLink = z.infer<typeof IntelIssueLink>;

export const IntelIssue = IntelIssueSummary.extend({
  summary: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string().nullable(),
  items: z.array(IntelItem),
  events: z.array(IntelIssueEvent),
  links: z.array(IntelIssueLink),
  moves: z.array(z.object({ status: z.enum(ISSUE_STATUSES), label: z.string() })),
  can: z.object({ manage: z.boolean(), direct: z.boolean() }),
}).openapi('IntelIssue');
export type IntelIssue = z.infer<typeof IntelIssue>;

export const IntelIssueList = z.object({ items: z.array(IntelIssueSummary) }).openapi('IntelIssueList');

export function presentIssueSummary(r: IssueRow): IntelIssueSummary {
  const status = r.status as IssueStatus;
  return {
    id: Number(r.id),
    orgId: Number(r.owner_org_id),
    orgName: r.owner_name,
    placeOrgId: Number(r.place_org_id),
    placeName: r.place_name,
    category: r.category,
    categoryName: r.category_name,
    title: r.title,
    severity: r.severity,
    severityLabel: SEVERITY_LABELS[r.severity] ?? String(r.severity),
    status,
    statusLabel: ISSUE_STATUS_LABELS[status],
    secrecy: r.secrecy,
    resolvedOn: r.resolved_on,
    recurredOn: r.recurred_on,
    itemCount: r.item_count,
    lastItemOn: r.last_item_on,
    updatedAt: toIso(r.updated_at),
  };
}

const EVENT_TEXT: Record<string, string> = {
  create: 'Đưa vào sổ theo dõi',
  edit: 'Sửa thông tin',
  direction: 'Chỉ đạo',
  file: 'Gắn vụ việc',
  unfile: 'Gỡ vụ việc',
  link: 'Liên kết',
  unlink: 'Gỡ liên kết',
};

export function presentEvent(e: EventRow) {
  const text =
    e.kind === 'status'
      ? `Chuyển trạng thái: ${ISSUE_STATUS_LABELS[e.from_status as IssueStatus] ?? e.from_status} → ${
          ISSUE_STATUS_LABELS[e.to_status as IssueStatus] ?? e.to_status
        }`
      : (EVENT_TEXT[e.kind] ?? e.kind);
  return {
    id: Number(e.id),
    kind: e.kind,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    text,
    note: e.note,
    taskId: e.task_id === null ? null : Number(e.task_id),
    actorName: e.actor_name,
    at: toIso(e.at),
  };
}

export function movesOf(status: IssueStatus) {
  return movesFrom(status).map((s) => ({ status: s, label: ISSUE_STATUS_LABELS[s] }));
}

export function canOf(status: IssueStatus, may: { manage: boolean; direct: boolean }) {
  return { manage: may.manage, direct: may.direct && canDirect(status) };
}
