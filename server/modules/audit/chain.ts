// The hash chain of the audit log: each row's hash is SHA-256 over the previous row's hash and the
// row's canonical content (sorted keys, ISO timestamps), so any edited, deleted or inserted row
// breaks every hash after it.
import { createHash } from 'node:crypto';
import { toIso } from '../../db/sql.ts';
import type { AuditRow } from './queries.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainRow {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Values as they will read back from jsonb: Dates become ISO strings, undefined disappears. */
export function jsonSafe(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export function chainHash(prevHash: string, row: ChainRow): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(row)).digest('hex');
}

/** A stored row as the chain hashed it when it was written. */
export function toChainRow(r: AuditRow): ChainRow {
  return {
    id: Number(r.id),
    at: toIso(r.at) ?? '',
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
  };
}
