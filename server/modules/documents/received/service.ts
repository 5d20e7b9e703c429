// The documents area's doors for the exchange between systems (docs/exchange.md): an incoming
// document registered from an edXML package (số đến, the duplicate check, its files kept and their
// text extracted) inside the exchange's own transaction; a received document marked revoked by its
// sender; and an issued document read whole for its envelope.
import { rm } from 'node:fs/promises';
import { todayVn } from '../../../../domain/dates.ts';
import { incomingYear } from '../../../../domain/documents.ts';
import { type RequestCtx, whoOf } from '../../../auth/actor.ts';
import { authorizeWho } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { sniffUpload } from '../../../files/sniff.ts';
import { abandon, type Stored, storeWithIntent } from '../../../files/stored.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { requireType, visibleDoc } from '../access.ts';
import { ALLOWED_MIME, isOcrAvailable, MIME } from '../files/extract.ts';
import { filesOf, insertFile } from '../files/queries.ts';
import { EXTRACT_QUEUE, quickExtract } from '../files/service.ts';
import { presentDocument } from '../presenter.ts';
import * as q from '../queries.ts';
import { duplicatesInUnit } from './queries.ts';

export interface ReceivedFile {
  tempPath: string;
  sha256: string;
  size: number;
  filename: string;
}

export interface PreparedFile {
  name: string;
  mime: string;
  size: number;
  sha256: string;
  text: string | null;
  encoding: string | null;
  extraction: string;
  stored: Stored;
}

/**
 * The files of a package, typed from their bytes, their text read (PDF, DOCX; scans go to OCR), and
 * stored under intents before the registering transaction. The temp files are removed; on a refused
 * file the ones already stored are abandoned.
 * @trusted the exchange area calls it for a package it has authenticated (a peer's signature) or
 * that an account allowed to register uploaded; the registering call checks the role.
 */
export async function prepareReceivedFiles(
  deps: Deps,
  ctx: RequestCtx,
  files: readonly ReceivedFile[],
): Promise<PreparedFile[]> {
  whoOf(ctx);
  const done: PreparedFile[] = [];
  try {
    for (const f of files) {
      const mime = await sniffUpload(
        { tempPath: f.tempPath, filename: f.filename, declaredType: '' },
        ALLOWED_MIME,
        'PDF, Word (.docx) và ảnh quét JPEG, PNG, TIFF',
      );
      const extracted = await quickExtract(f.tempPath, mime);
      const ocrNeeded =
        mime.startsWith('image/') || (mime === MIME.pdf && (extracted === null || extracted.needsOcr));
      const extraction =
        extracted && !ocrNeeded
          ? 'done'
          : ocrNeeded
            ? (await isOcrAvailable())
              ? 'ocr_pending'
              : 'ocr_unavailable'
            : 'pending';
      const stored = await storeWithIntent(deps, f.tempPath, f.sha256);
      done.push({
        name: f.filename,
        mime,
        size: f.size,
        sha256: f.sha256,
        text: extracted?.text ?? null,
        encoding: extracted?.encoding ?? null,
        extraction,
        stored,
      });
    }
    return done;
  } catch (err) {
    await abandon(
      deps,
      done.map((d) => d.stored),
    );
    throw err;
  } finally {
    for (const f of files) await rm(f.tempPath, { force: true });
  }
}

/** Files prepared for a registration that did not commit leave the store. */
export async function abandonReceivedFiles(deps: Deps, ctx: RequestCtx, files: readonly PreparedFile[]) {
  whoOf(ctx);
  await abandon(
    deps,
    files.map((f) => f.stored),
  );
}

export interface ReceivedInput {
  orgId: number;
  typeCode: string;
  symbol: string;
  issuer: string;
  issuedOn: string;
  summary: string;
  content: string | null;
  urgency: number;
  pages: number | null;
  deadline: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
  confirmDuplicate: boolean;
  /** Shown in the document's history: where it came from (edXML, the sender's code). */
  note: string;
  files: readonly PreparedFile[];
}

/**
 * Registers a received document in the unit's incoming register (its số đến), with the duplicate
 * check of the register (409 duplicate_document unless confirmed), its files and their text, in the
 * caller's transaction. The system (a peer's package) registers in any unit; an account only in a
 * unit of its scope.
 */
export async function registerReceivedInTx(
  tx: Db,
  deps: Deps,
  ctx: RequestCtx,
  input: ReceivedInput,
): Promise<{ id: number; incomingNumber: number }> {
  const who = authorizeWho(ctx, 'document.register');
  const org = await activeUnitInScope(tx, who, input.orgId);
  await requireType(tx, input.typeCode);
  const receivedOn = todayVn();
  if (input.issuedOn > receivedOn) {
    throw new RuleError('issued_after_received', 'Ngày văn bản không thể sau ngày đến.');
  }
  if (!input.confirmDuplicate) {
    const dups = who
      ? await q.findDuplicates(tx, who, org.id, input.symbol, input.issuedOn, input.issuer)
      : await duplicatesInUnit(tx, org.id, input.symbol, input.issuedOn, input.issuer);
    const first = dups[0];
    if (first) {
      throw new ConflictError(
        'duplicate_document',
        `Văn bản ${first.symbol} ngày ${input.issuedOn.split('-').reverse().join('/')} đã vào sổ (số đến ${first.incoming_number}). Nếu đúng là văn bản khác, hãy xác nhận để vào sổ.`,
        { existingIds: dups.map((d) => Number(d.id)) },
      );
    }
  }
  const year = incomingYear(receivedOn);
  const number = await q.nextIncomingNumber(tx, org.id, year);
  const userId = who?.userId ?? null;
  const id = await q.insertDoc(tx, {
    direction: 'in',
    typeCode: input.typeCode,
    ownerOrgId: org.id,
    issuerOrgId: null,
    issuerName: input.issuer,
    symbol: input.symbol,
    summary: input.summary,
    content: input.content,
    secrecy: 0,
    urgency: Math.min(3, Math.max(0, input.urgency)),
    issuedOn: input.issuedOn,
    receivedOn,
    incomingYear: year,
    incomingNumber: number,
    pages: input.pages,
    deadline: input.deadline,
    status: 'new',
    place: null,
    signAuthority: input.signAuthority,
    signerTitle: input.signerTitle,
    congress: false,
    sourceDocumentId: null,
    createdBy: userId,
  });
  await q.addHandling(tx, { documentId: id, orgId: org.id, role: 'register', deadline: input.deadline });
  await q.addEvent(tx, id, userId, 'registered', input.note, { incomingNumber: number, via: 'edxml' });
  for (const f of input.files) {
    const row = await insertFile(tx, {
      documentId: id,
      name: f.name,
      mime: f.mime,
      size: f.size,
      sha256: f.sha256,
      text: f.text,
      encoding: f.encoding,
      extraction: f.extraction,
      kind: 'attachment',
      createdBy: userId,
    });
    await closeIntent(tx, f.stored.intent);
    if (f.extraction === 'ocr_pending' || f.extraction === 'pending') {
      await deps.jobs.send(EXTRACT_QUEUE, { fileId: Number(row.id) }, { tx });
    }
  }
  if (input.files.length) await q.refreshFilesText(tx, id);
  const out = presentDocument((await q.lockById(tx, id)) as q.DocRow);
  await recordAudit(tx, ctx, {
    action: 'document.register',
    entity: 'document',
    entityId: id,
    orgId: org.id,
    after: { ...out, via: 'edxml' },
  });
  await notify(
    tx,
    { orgId: org.id, roles: ['leader', 'clerk'] },
    {
      kind: 'document.incoming',
      title: `Văn bản đến số ${number} (liên thông): ${input.symbol}`,
      body: input.summary.slice(0, 200),
      link: `/van-ban/${id}`,
      entity: 'document',
      entityId: id,
    },
  );
  return { id, incomingNumber: number };
}

const SENDER_NOTICES = {
  revoked: { verb: 'đã bị nơi gửi thu hồi', action: 'document.revoked' },
  replaced: { verb: 'đã được nơi gửi thay thế bằng văn bản mới', action: 'document.replaced' },
  updated: { verb: 'được nơi gửi cập nhật', action: 'document.updated_by_sender' },
} as const;

/**
 * What the sender of a received document did to it (revoked, replaced, updated): the history says
 * so and the unit's leaders and clerks are told. The exchange area keeps the package itself.
 * @trusted called by the exchange area for a package it has authenticated (a peer's signature).
 */
export async function senderNoticeInTx(
  tx: Db,
  ctx: RequestCtx,
  documentId: number,
  kind: keyof typeof SENDER_NOTICES,
  note: string,
): Promise<void> {
  whoOf(ctx);
  const doc = await q.lockById(tx, documentId);
  if (!doc) throw notFound('Văn bản');
  const what = SENDER_NOTICES[kind];
  await q.addEvent(tx, documentId, null, kind, note || null, { via: 'edxml' });
  await recordAudit(tx, ctx, {
    action: what.action,
    entity: 'document',
    entityId: documentId,
    orgId: doc.owner_org_id,
    after: { note },
  });
  const notice = {
    kind: `document.${kind}`,
    title: `Văn bản ${doc.symbol ?? ''} ${what.verb}`,
    body: note.slice(0, 200) || null,
    link: `/van-ban/${documentId}`,
    entity: 'document',
    entityId: documentId,
  };
  await notify(tx, { orgId: doc.owner_org_id, roles: ['leader', 'clerk'] }, notice);
  // Everyone it was given to for handling hears of it too.
  const handlers = (await q.handlingOf(tx, documentId))
    .map((h) => h.user_id)
    .filter((u): u is number => u !== null);
  if (handlers.length) await notify(tx, { userIds: [...new Set(handlers)] }, notice);
}

export interface IssuedForExchange {
  id: number;
  direction: string;
  status: string;
  secrecy: number;
  ownerOrgId: number;
  issuerOrgId: number;
  issuerName: string;
  typeCode: string;
  symbol: string | null;
  summary: string;
  content: string | null;
  urgency: number;
  issuedOn: string | null;
  pages: number | null;
  deadline: string | null;
  place: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
  sourceDocumentId: number | null;
  recipients: { orgId: number | null; name: string }[];
  files: { name: string; mime: string; sha256: string; size: number }[];
}

/** An outgoing document the account sees (404 otherwise), with its files and recipients. */
export async function issuedForExchange(db: Db, ctx: RequestCtx, id: number): Promise<IssuedForExchange> {
  const who = whoOf(ctx);
  const doc = who ? await visibleDoc(db, who, id) : await q.lockById(db, id);
  if (!doc) throw notFound('Văn bản');
  const issuerOrgId = doc.issuer_org_id ?? doc.owner_org_id;
  const [heading, recipients, files] = await Promise.all([
    q.issuerHeading(db, issuerOrgId),
    q.recipients(db, id),
    filesOf(db, id),
  ]);
  return {
    id: Number(doc.id),
    direction: doc.direction,
    status: doc.status,
    secrecy: doc.secrecy,
    ownerOrgId: doc.owner_org_id,
    issuerOrgId,
    issuerName: heading?.name ?? doc.issuer_name ?? '',
    typeCode: doc.type_code,
    symbol: doc.symbol,
    summary: doc.summary,
    content: doc.content,
    urgency: doc.urgency,
    issuedOn: doc.issued_on,
    pages: doc.pages,
    deadline: doc.deadline,
    place: doc.place,
    signAuthority: doc.sign_authority,
    signerTitle: doc.signer_title,
    signerName: doc.signer_name,
    sourceDocumentId: doc.source_document_id === null ? null : Number(doc.source_document_id),
    recipients: recipients.map((r) => ({ orgId: r.org_id, name: r.name })),
    files: files.map((f) => ({ name: f.name, mime: f.mime, sha256: f.sha256, size: Number(f.size) })),
  };
}
