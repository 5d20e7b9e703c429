// Shared steps of the documents area's services: the visible document (404 otherwise), locked for a
// change after the archive's record guard, and the document type. No SQL here (queries.ts), no role
// check (each service's first line).
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import * as q from './queries.ts';

/**
 * Set at start by the wiring (server/integrations.ts) to the archive's check: refuses (RuleError) any
 * change to a declared record, so that the person sees a clear message before the database's own
 * guard (migration 0006) would refuse it.
 */
export type RecordGuard = (db: Db, documentId: number) => Promise<void>;
let recordGuard: RecordGuard | undefined;

export function setRecordGuard(fn: RecordGuard | undefined): void {
  recordGuard = fn;
}

export async function requireNotRecord(db: Db, documentId: number): Promise<void> {
  if (recordGuard) await recordGuard(db, documentId);
}

/** Whether the archive's guard would refuse a change (for the `can` flags). */
export async function isRecord(db: Db, documentId: number): Promise<boolean> {
  try {
    await requireNotRecord(db, documentId);
    return false;
  } catch (err) {
    if (err instanceof RuleError) return true;
    throw err;
  }
}

/** The document if the actor may see it; 404 otherwise. */
export async function visibleDoc(db: Db, actor: Actor, id: number): Promise<q.DocRow> {
  const doc = await q.visibleById(db, actor, id);
  if (!doc) throw notFound('Văn bản');
  return doc;
}

/** The document locked for change, if the actor may see it (404) and it is not a record (422). */
export async function lockVisible(tx: Db, actor: Actor, id: number): Promise<q.DocRow> {
  await visibleDoc(tx, actor, id);
  await requireNotRecord(tx, id);
  return (await q.lockById(tx, id)) as q.DocRow;
}

export async function requireType(tx: Db, code: string, issuerKind?: string) {
  const t = await q.typeByCode(tx, code);
  if (!t?.active) throw new RuleError('unknown_type', `Loại văn bản «${code}» không có trong danh mục.`);
  if (t.central_only && issuerKind !== undefined && issuerKind !== 'central') {
    throw new RuleError('type_central_only', `${t.name} (${t.code}) chỉ do Trung ương ban hành.`);
  }
  return t;
}
