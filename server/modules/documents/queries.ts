// SQL of the document itself: the row and its columns, the access rule on documents, types,
// incoming numbers, duplicates, the history, handling lines, recipients and directions as shown on
// the document's page. Every read that returns documents to a person filters with visibleTo.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type RecordColumns, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run } from '../../db/sql.ts';

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
  sign_due_on: string | null;
  sign_rule_article: string | null;
  sign_done_on: string | null;
  source_document_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export const DOC_COLS = sql`d.id, d.direction, d.type_code, d.owner_org_id, o.name AS owner_org_name, d.issuer_org_id,
  d.issuer_name, d.symbol, d.number, d.term_id, d.congress, d.summary, d.content, d.secrecy, d.urgency, d.issued_on,
  d.received_on, d.incoming_year, d.incoming_number, d.pages, d.deadline, d.status, d.place, d.sign_authority,
  d.signer_title, d.signer_id, d.signer_name, d.sign_due_on, d.sign_rule_article, d.sign_done_on, d.source_document_id, d.created_by, d.created_at, d.updated_at`;

/** The columns of `documents d` that the access rule reads. */
export const DOC_RECORD: RecordColumns = {
  entity: 'document',
  id: sql`d.id`,
  ownerOrgId: sql`d.owner_org_id`,
  secrecy: sql`d.secrecy`,
};

export function docVisible(actor: Actor): SQL {
  return visibleTo(actor, DOC_RECORD);
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

export interface DuplicateRow {
  id: number;
  symbol: string;
  issued_on: string;
  issuer_name: string | null;
  incoming_number: number | null;
}

export function findDuplicates(
  db: Db,
  actor: Actor,
  orgId: number,
  symbol: string,
  issuedOn: string,
  issuer: string | null,
) {
  return rows<DuplicateRow>(
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

/** The editable fields of a document, written whole (the service merges the change into the row). */
export interface DocFields {
  typeCode: string;
  summary: string;
  content: string | null;
  secrecy: number;
  urgency: number;
  issuedOn: string | null;
  symbol: string | null;
  issuerName: string | null;
  receivedOn: string | null;
  pages: number | null;
  deadline: string | null;
  place: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
}

export async function updateFields(db: Db, id: number, f: DocFields): Promise<void> {
  await run(
    db,
    sql`UPDATE documents SET
          type_code = ${f.typeCode}, summary = ${f.summary}, content = ${f.content}, secrecy = ${f.secrecy},
          urgency = ${f.urgency}, issued_on = ${f.issuedOn}::date, symbol = ${f.symbol}, issuer_name = ${f.issuerName},
          received_on = ${f.receivedOn}::date, pages = ${f.pages}, deadline = ${f.deadline}::date, place = ${f.place},
          sign_authority = ${f.signAuthority}, signer_title = ${f.signerTitle}, updated_at = now()
        WHERE id = ${id}`,
  );
}

export async function addEvent(
  db: Db,
  documentId: number,
  actorId: number | null,
  kind: string,
  note: string | null = null,
  data: unknown = null,
): Promise<void> {
  await run(
    db,
    sql`INSERT INTO document_events (document_id, actor_id, kind, note, data)
        VALUES (${documentId}, ${actorId}, ${kind}, ${note}, ${data === null ? null : JSON.stringify(data)}::jsonb)`,
  );
}

export interface EventRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  kind: string;
  note: string | null;
  data: unknown;
}

export function events(db: Db, documentId: number) {
  return rows<EventRow>(
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
  await run(
    db,
    sql`INSERT INTO document_handling (document_id, org_id, user_id, role, deadline, status)
        VALUES (${h.documentId}, ${h.orgId}, ${h.userId ?? null}, ${h.role}, ${h.deadline ?? null}::date, ${h.status ?? 'new'})
        ON CONFLICT (document_id, org_id, coalesce(user_id, 0), role)
        DO UPDATE SET deadline = coalesce(excluded.deadline, document_handling.deadline), updated_at = now()`,
  );
}

export interface HandlingRow {
  id: number;
  org_id: number;
  org_name: string;
  user_id: number | null;
  user_name: string | null;
  role: string;
  status: string;
  deadline: string | null;
  updated_at: string;
}

export function handlingOf(db: Db, documentId: number) {
  return rows<HandlingRow>(
    db,
    sql`SELECT h.id, h.org_id, o.name AS org_name, h.user_id, u.full_name AS user_name, h.role, h.status, h.deadline, h.updated_at
          FROM document_handling h JOIN orgs o ON o.id = h.org_id LEFT JOIN users u ON u.id = h.user_id
         WHERE h.document_id = ${documentId} ORDER BY h.id`,
  );
}

export interface RecipientRow {
  id: number;
  org_id: number | null;
  name: string;
  received_document_id: number | null;
}

export function recipients(db: Db, documentId: number) {
  return rows<RecipientRow>(
    db,
    sql`SELECT id, org_id, name, received_document_id FROM document_recipients WHERE document_id = ${documentId} ORDER BY id`,
  );
}

export interface DirectionRow {
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
  rule_article: string | null;
  task_id: number | null;
  created_at: string;
}

export function directions(db: Db, documentId: number) {
  return rows<DirectionRow>(
    db,
    sql`SELECT r.id, r.author_id, a.full_name AS author_name, r.text, r.lead_org_id, lo.name AS lead_org_name,
               r.coordinating_org_ids, r.assignee_id, au.full_name AS assignee_name, r.deadline, r.rule_article, r.task_id, r.created_at
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

/** The issuing body's name and code and the name of the body above it (the Word heading). */
export function issuerHeading(db: Db, orgId: number) {
  return one<{ name: string; short_code: string; parent_name: string | null }>(
    db,
    sql`SELECT o.name, o.short_code, p.name AS parent_name
          FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id WHERE o.id = ${orgId}`,
  );
}

/** The document's searchable text is the text of all its files. */
export async function refreshFilesText(db: Db, documentId: number): Promise<void> {
  await run(
    db,
    sql`UPDATE documents SET files_text = (
          SELECT string_agg(text, E'\\n' ORDER BY id) FROM document_files WHERE document_id = ${documentId} AND text IS NOT NULL
        ) WHERE id = ${documentId}`,
  );
}
