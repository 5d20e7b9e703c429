// What the archives area needs from documents, so that documents rows are only ever written here:
// registering a document that exists only on paper (digitisation, transfer-package import), adding
// a stored file with its text, recording an OCR result, a history line, the metadata snapshot kept
// for tombstones and packages, and the destruction of content under an approved disposal list
// (the database's record guard lets that last one through only in the disposal transaction).
// The archive calls these inside its own transaction, after its own role and scope checks.
import type { Actor, RequestCtx, Who } from '../../../auth/actor.ts';
import { whoOf } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/service.ts';
import { requireType } from '../access.ts';
import { presentDocument } from '../presenter.ts';
import * as dq from '../queries.ts';
import * as q from './queries.ts';

// The archive's digitisation reads scans and runs OCR with the same tools as the documents area.
export { checkZipBomb, extractPdf, isOcrAvailable, MIME, ocr } from '../files/extract.ts';
export type { DocumentJson } from '../presenter.ts';

/**
 * One document as the archive sees it: visible to `who` (any document for the system), or null.
 * `lock` takes the row lock for a change in the caller's transaction.
 * @trusted a read for the archive, which checked its own role first; the access rule is in the SQL.
 */
export async function documentFor(
  db: Db,
  who: Who,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<ReturnType<typeof presentDocument> | null> {
  const row = who ? await dq.visibleById(db, who, id) : null;
  if (who && !row) return null;
  const locked = opts.lock || !who ? await dq.lockById(db, id) : row;
  return locked ? presentDocument(locked) : null;
}

/**
 * Whether a document type exists and is in use (a manifest row names one).
 * @trusted a lookup of the fixed list of types.
 */
export async function documentTypeActive(db: Db, code: string): Promise<boolean> {
  return (await dq.typeByCode(db, code))?.active === true;
}

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
  const who = whoOf(ctx);
  await requireType(tx, input.typeCode);
  const id = await dq.insertDoc(tx, {
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
    createdBy: who?.userId ?? null,
  });
  await dq.addEvent(tx, id, who?.userId ?? null, input.kind, input.note ?? null, input.data ?? null);
  const out = presentDocument((await dq.lockById(tx, id)) as dq.DocRow);
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
  const who = whoOf(ctx);
  const fileId = await q.insertStoredFile(tx, {
    documentId: f.documentId,
    name: f.name,
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    ocrSha256: f.ocrSha256 ?? null,
    text: f.text ?? null,
    extraction: f.extraction,
    createdBy: who?.userId ?? null,
  });
  await dq.refreshFilesText(tx, f.documentId);
  await dq.addEvent(tx, f.documentId, who?.userId ?? null, 'file_added', f.name, {
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

/**
 * The outcome of OCR on a file: its text and the searchable PDF/A kept beside the original.
 * @trusted called by the archive's digitisation job (the system) for a file it attached.
 */
export async function recordFileText(
  tx: Db,
  fileId: number,
  r: { text: string | null; ocrSha256: string | null; extraction: string; error: string | null },
): Promise<void> {
  const documentId = await q.updateFileText(tx, fileId, r);
  if (documentId !== null) await dq.refreshFilesText(tx, documentId);
}

/**
 * A line in a document's history (declared as a record, put into a file, …).
 * @trusted called by the archive inside its own checked transaction.
 */
export async function addDocumentEvent(
  tx: Db,
  documentId: number,
  actorId: number | null,
  kind: string,
  note: string | null = null,
  data: unknown = null,
): Promise<void> {
  await dq.addEvent(tx, documentId, actorId, kind, note, data);
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

/**
 * Metadata and files of documents, in the order of `ids` (missing ids are skipped); filtered by the
 * access rule when `actor` is given.
 * @trusted called by the archive after its own checks (tombstones, transfer packages).
 */
export async function snapshots(
  db: Db,
  ids: readonly number[],
  opts: { withText?: boolean; actor?: Actor } = {},
): Promise<DocumentSnapshot[]> {
  if (ids.length === 0) return [];
  const docs = await q.docsByIds(db, ids, opts.actor);
  const files = await q.filesOfDocs(db, ids, opts.withText ?? false);
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

/**
 * Whether any file of these documents still waits for its text (extraction or OCR).
 * @trusted called by the archive before closing a file (reads ids it already checked).
 */
export async function pendingExtraction(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  return q.docsPendingExtraction(db, ids);
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
  const who = whoOf(ctx);
  const deleted = await q.destroyDocumentContent(tx, documentId);
  await dq.addEvent(tx, documentId, who?.userId ?? null, 'destroyed', null, { disposalListId: listId });
  await recordAudit(tx, ctx, {
    action: 'document.destroy',
    entity: 'document',
    entityId: documentId,
    after: { disposalListId: listId, files: deleted.length },
  });
  return deleted.flatMap((f) => (f.ocr_sha256 ? [f.sha256, f.ocr_sha256] : [f.sha256]));
}
