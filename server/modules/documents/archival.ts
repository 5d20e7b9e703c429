// What the archives area needs from documents, so that documents rows are only ever written here:
// registering a document that exists only on paper (digitisation, transfer-package import), adding
// a stored file with its text, recording an OCR result, a history line, the metadata snapshot kept
// for tombstones and packages, and the destruction of content under an approved disposal list
// (the database's record guard lets that last one through only in the disposal transaction).
import { sql } from 'drizzle-orm';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { recordAudit } from '../audit/service.ts';
import { requireType } from './access.ts';
import { refreshFilesText } from './files.ts';
import { presentDocument } from './presenter.ts';
import * as q from './queries.ts';

export interface ArchivalDocumentInput {
  ownerOrgId: number;
  typeCode: string;
  symbol: string | null;
  issuer: string | null;
  issuedOn: string | null;
  summary: string;
  pages: number | null;
  secrecy: number;
  /** History line: 'digitised' (số hóa) or 'imported' (from a transfer package). */
  kind: 'digitised' | 'imported';
  note?: string | null;
  data?: Record<string, unknown>;
}

/**
 * A document that reaches the system from the archive (a paper original digitised, or a package
 * received): registered as already handled, with no incoming number and no inbox line.
 */
export async function createArchivalDocument(
  tx: Db,
  ctx: RequestCtx,
  input: ArchivalDocumentInput,
): Promise<number> {
  await requireType(tx, input.typeCode);
  const id = await q.insertDoc(tx, {
    direction: 'in',
    typeCode: input.typeCode,
    ownerOrgId: input.ownerOrgId,
    issuerOrgId: null,
    issuerName: input.issuer,
    symbol: input.symbol,
    summary: input.summary,
    content: null,
    secrecy: input.secrecy,
    urgency: 0,
    issuedOn: input.issuedOn,
    receivedOn: null,
    incomingYear: null,
    incomingNumber: null,
    pages: input.pages,
    deadline: null,
    status: 'done',
    place: null,
    signAuthority: null,
    signerTitle: null,
    congress: false,
    sourceDocumentId: null,
    createdBy: ctx.actor?.userId ?? null,
  });
  await q.addEvent(tx, id, ctx.actor?.userId ?? null, input.kind, input.note ?? null, input.data ?? null);
  const out = presentDocument((await q.lockById(tx, id)) as q.DocRow);
  await recordAudit(tx, ctx, {
    action: `document.${input.kind}`,
    entity: 'document',
    entityId: id,
    orgId: input.ownerOrgId,
    after: out,
  });
  return id;
}

export interface StoredFileInput {
  documentId: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  ocrSha256?: string | null;
  text?: string | null;
  extraction: 'pending' | 'done' | 'ocr_pending' | 'ocr_unavailable' | 'failed';
}

/** A file already in the store, attached to a document (the caller stored it before this). */
export async function attachStoredFile(tx: Db, ctx: RequestCtx, f: StoredFileInput): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO document_files (document_id, name, mime, size, sha256, ocr_sha256, text, text_chars, encoding, extraction, created_by)
        VALUES (${f.documentId}, ${f.name}, ${f.mime}, ${f.size}, ${f.sha256}, ${f.ocrSha256 ?? null}, ${f.text ?? null},
                ${f.text?.length ?? 0}, ${f.text ? 'unicode' : null}, ${f.extraction}, ${ctx.actor?.userId ?? null})
        RETURNING id`,
  )) as { id: number };
  const fileId = Number(row.id);
  await refreshFilesText(tx, f.documentId);
  await q.addEvent(tx, f.documentId, ctx.actor?.userId ?? null, 'file_added', f.name, {
    fileId,
    sha256: f.sha256,
  });
  await recordAudit(tx, ctx, {
    action: 'document.file_add',
    entity: 'document',
    entityId: f.documentId,
    after: { fileId, name: f.name, sha256: f.sha256, size: f.size, mime: f.mime },
  });
  return fileId;
}

/** The outcome of OCR on a file: its text and the searchable PDF/A kept beside the original. */
export async function recordFileText(
  tx: Db,
  fileId: number,
  r: { text: string | null; ocrSha256: string | null; extraction: string; error: string | null },
): Promise<void> {
  const file = await one<{ document_id: number }>(
    tx,
    sql`UPDATE document_files SET text = coalesce(${r.text}, text), text_chars = coalesce(${r.text?.length ?? null}::integer, text_chars),
               encoding = CASE WHEN ${r.text}::text IS NULL THEN encoding ELSE 'unicode' END,
               ocr_sha256 = coalesce(${r.ocrSha256}, ocr_sha256), extraction = ${r.extraction}, extraction_error = ${r.error}
         WHERE id = ${fileId} RETURNING document_id`,
  );
  if (file) await refreshFilesText(tx, Number(file.document_id));
}

/** A line in a document's history (declared as a record, put into a file, …). */
export async function addDocumentEvent(
  tx: Db,
  documentId: number,
  actorId: number | null,
  kind: string,
  note: string | null = null,
  data: unknown = null,
): Promise<void> {
  await q.addEvent(tx, documentId, actorId, kind, note, data);
}

export interface SnapshotFile {
  id: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  ocrSha256: string | null;
  text: string | null;
  extraction: string;
}

export interface DocumentSnapshot {
  document: ReturnType<typeof presentDocument>;
  files: SnapshotFile[];
}

/** Metadata and files of documents, in the order of `ids` (missing ids are skipped). */
export async function snapshots(
  db: Db,
  ids: readonly number[],
  opts: { withText?: boolean; actor?: Actor } = {},
): Promise<DocumentSnapshot[]> {
  if (ids.length === 0) return [];
  const docs = await rows<q.DocRow>(
    db,
    sql`SELECT ${q.DOC_COLS} FROM documents d JOIN orgs o ON o.id = d.owner_org_id
         WHERE d.id = ANY(${array(ids)}::bigint[]) ${opts.actor ? sql`AND ${q.docVisible(opts.actor)}` : sql``}`,
  );
  const files = await rows<{
    id: number;
    document_id: number;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    ocr_sha256: string | null;
    text: string | null;
    extraction: string;
  }>(
    db,
    sql`SELECT id, document_id, name, mime, size, sha256, ocr_sha256,
               ${opts.withText ? sql`text` : sql`NULL::text AS text`}, extraction
          FROM document_files WHERE document_id = ANY(${array(ids)}::bigint[]) ORDER BY id`,
  );
  const byId = new Map(docs.map((d) => [Number(d.id), d]));
  return ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    return [
      {
        document: presentDocument(d),
        files: files
          .filter((f) => Number(f.document_id) === id)
          .map((f) => ({
            id: Number(f.id),
            name: f.name,
            mime: f.mime,
            size: Number(f.size),
            sha256: f.sha256,
            ocrSha256: f.ocr_sha256,
            text: f.text,
            extraction: f.extraction,
          })),
      },
    ];
  });
}

/** Whether any file of these documents still waits for its text (extraction or OCR). */
export async function pendingExtraction(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const list = await rows<{ document_id: number }>(
    db,
    sql`SELECT DISTINCT document_id FROM document_files
         WHERE document_id = ANY(${array(ids)}::bigint[]) AND extraction IN ('pending','ocr_pending')`,
  );
  return list.map((r) => Number(r.document_id));
}

/**
 * Destroys a document's content under an approved disposal list: its file rows are deleted and the
 * row keeps only its metadata (status 'destroyed'). Runs only inside the disposal transaction, after
 * the caller set vanphong.disposal_list: the database refuses it otherwise for a declared record.
 * Returns the hashes the deleted rows referenced (the caller removes the unreferenced ones from the
 * store after commit).
 */
export async function destroyContent(
  tx: Db,
  ctx: RequestCtx,
  documentId: number,
  listId: number,
): Promise<string[]> {
  const deleted = await rows<{ sha256: string; ocr_sha256: string | null }>(
    tx,
    sql`DELETE FROM document_files WHERE document_id = ${documentId} RETURNING sha256, ocr_sha256`,
  );
  await tx.execute(sql`
    UPDATE documents SET content = NULL, files_text = NULL, status = 'destroyed', updated_at = now()
     WHERE id = ${documentId}`);
  await q.addEvent(tx, documentId, ctx.actor?.userId ?? null, 'destroyed', null, { disposalListId: listId });
  await recordAudit(tx, ctx, {
    action: 'document.destroy',
    entity: 'document',
    entityId: documentId,
    after: { disposalListId: listId, files: deleted.length },
  });
  return deleted.flatMap((f) => (f.ocr_sha256 ? [f.sha256, f.ocr_sha256] : [f.sha256]));
}
