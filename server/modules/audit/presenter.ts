// The JSON of the audit log: its rows as the admin reads them, and the verification report.
import { z } from '@hono/zod-openapi';
import { toIso } from '../../db/sql.ts';
import type { AuditRow } from './queries.ts';

export const AuditEntryJson = z
  .object({
    id: z.number().int(),
    at: z.string().nullable(),
    actorId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    orgId: z.number().int().nullable(),
    action: z.string(),
    entity: z.string().nullable(),
    entityId: z.string().nullable(),
    /** What the record was before and after the change (the presenters' JSON), or null. */
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string(),
  })
  .openapi('AuditEntry');
export type AuditEntryJson = z.infer<typeof AuditEntryJson>;

export const AuditPage = z
  .object({ items: z.array(AuditEntryJson), nextCursor: z.string().nullable() })
  .openapi('AuditPage');
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerifyReport = z
  .object({
    ok: z.boolean(),
    rows: z.number().int(),
    anchors: z.number().int(),
    /** Rows written after the newest anchor (normal right after a crash; anchored at the next write). */
    unanchored: z.number().int(),
    broken: z.object({ id: z.number().int(), reason: z.string() }).optional(),
  })
  .openapi('AuditVerifyReport');
export type AuditVerifyReport = z.infer<typeof AuditVerifyReport>;

export function presentAuditEntry(r: AuditRow): AuditEntryJson {
  return {
    id: Number(r.id),
    at: toIso(r.at),
    actorId: r.actor_id,
    actorName: r.actor_name,
    orgId: r.org_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: r.ip,
    requestId: r.request_id,
    hash: r.hash,
  };
}
