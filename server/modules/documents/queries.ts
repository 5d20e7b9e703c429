// SQL of the documents area. Every read that returns documents to a person filters with visibleTo
// (or, in the search, its resolved-scope form visibleToIn).
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type RecordColumns, resolveScope, visibleTo, visibleToIn } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';

export interface DocRow {
  id: number;
  direction: 'in' | 'out' | 'internal';
  type_code: string;
  owner_org_id: number;
  owner_org_name: string;
  issuer_org_id: number | null;
  issuer_name: string | null;
  symbol: string | null;
  number: number | null;
  term_id: number | null;
  congress: boolean;
  summary: string;
  content: string | null;
  secrecy: number;
  urgency: number;
  issued_on: string | null;
  received_on: string | null;
  incoming_year: number | null;
  incoming_number: number | null;
  pages: number | null;
  deadline: string | null;
  status: string;
  place: string | null;
  sign_authority: string | null;
  signer_title: string | null;
  signer_id: number | null;
  signer_name: string | null;
  source_document_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export const DOC_COLS = sql`d.id, d.direction, d.type_code, d.owner_org_id, o.name AS owner_org_name, d.issuer_org_id,
  d.issuer_name, d.symbol, d.number, d.term_id, d.congress, d.summary, d.content, d.secrecy, d.urgency, d.issued_on,
  d.received_on, d.incoming_year, d.incoming_number, d.pages, d.deadline, d.status, d.place, d.sign_authority,
  d.signer_title, d.signer_id, d.signer_name, d.source_document_id, d.created_by, d.created_at, d.updated_at`;

const DOC_RECORD: RecordColumns = {
  entity: 'document',
  id: sql`d.id`,
  ownerOrgId: sql`d.owner_org_id`,
  secrecy: sql`d.secrecy`,
};

export function docVisible(actor: Actor): SQL {
  return visibleTo(actor, DOC_RECORD);
}

/**
 * docVisible with the actor's scope read once into constants (one extra statement): the search's
 * form, which the planner can serve by index for a ward and reduces to the clearance for the city.
 */
export async function docVisibleResolved(db: Db, actor: Actor): Promise<SQL> {
  return visibleToIn(await resolveScope(db, actor), actor, DOC_RECORD);
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<DocRow>(
    db,
    sql`SELECT ${DOC_COLS} FROM documents d JOIN orgs o ON o.id = d.owner_org_id
         WHERE d.id = ${id} AND ${docVisible(actor)}`,
  );
}

/** The row locked for a change, after the caller checked visibility. */
export function lockById(db: Db, id: number) {
  return one<DocRow>(
    db,
    sql`SELECT ${DOC_COLS} FROM documents d JOIN orgs o ON o.id = d.owner_org_id WHERE d.id = ${id} FOR UPDATE OF d`,
  );
}

export function typeByCode(db: Db, code: string) {
  return one<{ code: string; name: string; central_only: boolean; active: boolean }>(
    db,
    sql`SELECT code, name, central_only, active FROM document_types WHERE code = ${code}`,
  );
}

export function listTypes(db: Db) {
  return rows<{ code: string; name: string; central_only: boolean }>(
    db,
    sql`SELECT code, name, central_only FROM document_types WHERE active ORDER BY sort, code`,
  );
}

export async function nextIncomingNumber(db: Db, orgId: number, year: number): Promise<number> {
  const row = await one<{ last_number: number }>(
    db,
    sql`INSERT INTO incoming_sequences (org_id, year, last_number) VALUES (${orgId}, ${year}, 1)
        ON CONFLICT (org_id, year) DO UPDATE SET last_number = incoming_sequences.last_number + 1
        RETURNING last_number`,
  );
  return (row as { last_number: number }).last_number;
}

/** The next number of a sequence; the row stays locked until the transaction ends (gap-free). */
export async function nextIssueNumber(
  db: Db,
  issuerOrgId: number,
  seqKey: string,
  termId: number,
): Promise<number> {
  const row = await one<{ last_number: number }>(
    db,
    sql`INSERT INTO doc_sequences (issuer_org_id, seq_key, term_id, last_number) VALUES (${issuerOrgId}, ${seqKey}, ${termId}, 1)
        ON CONFLICT (issuer_org_id, seq_key, term_id) DO UPDATE SET last_number = doc_sequences.last_number + 1
        RETURNING last_number`,
  );
  return (row as { last_number: number }).last_number;
}

export function findDuplicates(
  db: Db,
  actor: Actor,
  orgId: number,
  symbol: string,
  issuedOn: string,
  issuer: string | null,
) {
  return rows<{
    id: number;
    symbol: string;
    issued_on: string;
    issuer_name: string | null;
    incoming_number: number | null;
  }>(
    db,
    sql`SELECT d.id, d.symbol, d.issued_on, d.issuer_name, d.incoming_number FROM documents d
         WHERE d.direction = 'in' AND d.owner_org_id = ${orgId}
           AND vn_fold(coalesce(d.symbol, '')) = vn_fold(${symbol}) AND d.issued_on = ${issuedOn}::date
           AND (${issuer}::text IS NULL OR vn_fold(coalesce(d.issuer_name, '')) = vn_fold(${issuer}::text))
           AND ${docVisible(actor)}
         ORDER BY d.id`,
  );
}

export interface InsertDoc {
  direction: 'in' | 'out' | 'internal';
  typeCode: string;
  ownerOrgId: number;
  issuerOrgId: number | null;
  issuerName: string | null;
  symbol: string | null;
  summary: string;
  content: string | null;
  secrecy: number;
  urgency: number;
  issuedOn: string | null;
  receivedOn: string | null;
  incomingYear: number | null;
  incomingNumber: number | null;
  pages: number | null;
  deadline: string | null;
  status: string;
  place: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
  congress: boolean;
  sourceDocumentId: number | null;
  createdBy: number | null;
  filesText?: string | null;
}

export async function insertDoc(db: Db, d: InsertDoc): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO documents (direction, type_code, owner_org_id, issuer_org_id, issuer_name, symbol, summary, content,
          secrecy, urgency, issued_on, received_on, incoming_year, incoming_number, pages, deadline, status, place,
          sign_authority, signer_title, congress, source_document_id, created_by, files_text)
        VALUES (${d.direction}, ${d.typeCode}, ${d.ownerOrgId}, ${d.issuerOrgId}, ${d.issuerName}, ${d.symbol}, ${d.summary},
          ${d.content}, ${d.secrecy}, ${d.urgency}, ${d.issuedOn}::date, ${d.receivedOn}::date, ${d.incomingYear},
          ${d.incomingNumber}, ${d.pages}, ${d.deadline}::date, ${d.status}, ${d.place}, ${d.signAuthority}, ${d.signerTitle},
          ${d.congress}, ${d.sourceDocumentId}, ${d.createdBy}, ${d.filesText ?? null})
        RETURNING id`,
  );
  return Number((row as { id: number }).id);
}

export async function addEvent(
  db: Db,
  documentId: number,
  actorId: number | null,
  kind: string,
  note: string | null = null,
  data: unknown = null,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO document_events (document_id, actor_id, kind, note, data)
    VALUES (${documentId}, ${actorId}, ${kind}, ${note}, ${data === null ? null : JSON.stringify(data)}::jsonb)`);
}

export function events(db: Db, documentId: number) {
  return rows<{
    id: number;
    at: string;
    actor_id: number | null;
    actor_name: string | null;
    kind: string;
    note: string | null;
    data: unknown;
  }>(
    db,
    sql`SELECT e.id, e.at, e.actor_id, u.full_name AS actor_name, e.kind, e.note, e.data
          FROM document_events e LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.document_id = ${documentId} ORDER BY e.id`,
  );
}

export async function addHandling(
  db: Db,
  h: {
    documentId: number;
    orgId: number;
    userId?: number | null;
    role: string;
    deadline?: string | null;
    status?: string;
  },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO document_handling (document_id, org_id, user_id, role, deadline, status)
    VALUES (${h.documentId}, ${h.orgId}, ${h.userId ?? null}, ${h.role}, ${h.deadline ?? null}::date, ${h.status ?? 'new'})
    ON CONFLICT (document_id, org_id, coalesce(user_id, 0), role)
    DO UPDATE SET deadline = coalesce(excluded.deadline, document_handling.deadline), updated_at = now()`);
}

export function handlingOf(db: Db, documentId: number) {
  return rows<{
    id: number;
    org_id: number;
    org_name: string;
    user_id: number | null;
    user_name: string | null;
    role: string;
    status: string;
    deadline: string | null;
    updated_at: string;
  }>(
    db,
    sql`SELECT h.id, h.org_id, o.name AS org_name, h.user_id, u.full_name AS user_name, h.role, h.status, h.deadline, h.updated_at
          FROM document_handling h JOIN orgs o ON o.id = h.org_id LEFT JOIN users u ON u.id = h.user_id
         WHERE h.document_id = ${documentId} ORDER BY h.id`,
  );
}

export async function grant(
  db: Db,
  documentId: number,
  to: { orgId?: number; userId?: number },
  reason: string,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO access_grants (entity, entity_id, org_id, user_id, reason)
    SELECT 'document', ${documentId}, ${to.orgId ?? null}::integer, ${to.userId ?? null}::integer, ${reason}
     WHERE NOT EXISTS (SELECT 1 FROM access_grants WHERE entity = 'document' AND entity_id = ${documentId}
                        AND org_id IS NOT DISTINCT FROM ${to.orgId ?? null}::integer
                        AND user_id IS NOT DISTINCT FROM ${to.userId ?? null}::integer)`);
}

export function recipients(db: Db, documentId: number) {
  return rows<{ id: number; org_id: number | null; name: string; received_document_id: number | null }>(
    db,
    sql`SELECT id, org_id, name, received_document_id FROM document_recipients WHERE document_id = ${documentId} ORDER BY id`,
  );
}

export function directions(db: Db, documentId: number) {
  return rows<{
    id: number;
    author_id: number;
    author_name: string;
    text: string;
    lead_org_id: number | null;
    lead_org_name: string | null;
    coordinating_org_ids: number[];
    assignee_id: number | null;
    assignee_name: string | null;
    deadline: string | null;
    task_id: number | null;
    created_at: string;
  }>(
    db,
    sql`SELECT r.id, r.author_id, a.full_name AS author_name, r.text, r.lead_org_id, lo.name AS lead_org_name,
               r.coordinating_org_ids, r.assignee_id, au.full_name AS assignee_name, r.deadline, r.task_id, r.created_at
          FROM document_directions r JOIN users a ON a.id = r.author_id
          LEFT JOIN orgs lo ON lo.id = r.lead_org_id LEFT JOIN users au ON au.id = r.assignee_id
         WHERE r.document_id = ${documentId} ORDER BY r.id`,
  );
}

export function orgNames(db: Db, ids: number[]) {
  return rows<{ id: number; name: string }>(
    db,
    sql`SELECT id, name FROM orgs WHERE id = ANY(${array(ids)}::integer[])`,
  );
}

/** Leaders who may sign a document: the access rule asked of every active leader at once. */
export function signers(db: Db, documentId: number) {
  return rows<{ id: number; full_name: string; org_id: number; org_name: string }>(
    db,
    sql`SELECT u.id, u.full_name, u.org_id, uo.name AS org_name
          FROM users u JOIN orgs uo ON uo.id = u.org_id
         WHERE u.role = 'leader' AND u.disabled_at IS NULL
           AND EXISTS (SELECT 1 FROM documents d WHERE d.id = ${documentId} AND ${visibleTo(
             { orgId: sql`u.org_id`, userId: sql`u.id`, clearance: sql`u.clearance` },
             { entity: 'document', id: sql`d.id`, ownerOrgId: sql`d.owner_org_id`, secrecy: sql`d.secrecy` },
           )})`,
  );
}
