// edXML packages of documents (docs/exchange.md): an issued document with its files as an envelope
// (export, and what the outbox sends), and an envelope registered as an incoming document of the
// receiving unit — số đến, the register's duplicate check, files kept and their text extracted, the
// sender's symbol — from a file a clerk uploads or from a peer's package (inbox/).
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_TYPES } from '../../../../domain/documents.ts';
import {
  buildEnvelope,
  type EdxmlDocument,
  EdxmlError,
  parseEnvelope,
  splitSymbol,
  symbolOf,
  typeCodeOf,
} from '../../../../domain/exchange/edxml.ts';
import { documentKey, type MessageKind } from '../../../../domain/exchange/labels.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { whoOf } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { activeUnitInScope, scopeUnitIds } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { type AppError, ConflictError, RuleError, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import {
  abandonReceivedFiles,
  issuedForExchange,
  type PreparedFile,
  prepareReceivedFiles,
  type ReceivedFile,
  registerReceivedInTx,
  senderNoticeInTx,
} from '../../documents/received/service.ts';
import { exchangeCodeOf, unitsByExchangeCode } from '../../orgs/codes/service.ts';
import { placeOf } from '../../orgs/service.ts';
import * as q from '../queries.ts';
import { queueStatusInTx } from '../status/service.ts';

/**
 * The agency code a unit is known by; a unit without one is named by this installation's local id.
 * @trusted a pure helper: reads nothing.
 */
export function codeOrLocal(code: string | null, orgId: number): string {
  return code ?? `VP-${orgId}`;
}

async function bytesOf(deps: Deps, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of deps.files.read(sha256)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export interface BuiltEnvelope {
  envelope: EdxmlDocument;
  fromCode: string;
  documentKey: string;
  symbol: string;
}

/**
 * The envelope of an issued outgoing document the account sees (404 otherwise): 422 for a draft or a
 * secret document, which never travel over the exchange.
 * @trusted shared by the export and the outbox, each of which checks its role first.
 */
export async function envelopeOf(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  opts: { kind: MessageKind; reason: string; to?: { organId: string; organName: string }[] },
): Promise<BuiltEnvelope> {
  whoOf(ctx);
  const db = deps.database.db;
  const doc = await issuedForExchange(db, ctx, id);
  if (doc.direction !== 'out' || doc.status !== 'issued' || !doc.symbol || !doc.issuedOn) {
    throw new RuleError(
      'not_issued',
      'Chỉ gửi hoặc xuất gói tin edXML của văn bản đi đã ban hành (đã có số, ký hiệu và ngày ban hành).',
    );
  }
  if (doc.secrecy > 0) {
    throw new RuleError(
      'secret_not_exchanged',
      'Văn bản mật không được gửi qua trục liên thông văn bản điện tử.',
    );
  }
  const issuer = await exchangeCodeOf(db, ctx, doc.issuerOrgId);
  const fromCode = codeOrLocal(issuer.code, issuer.id);
  let to = opts.to;
  if (!to) {
    const units = doc.recipients.map((r) => r.orgId).filter((x): x is number => x !== null);
    const coded = await Promise.all(units.map((u) => exchangeCodeOf(db, ctx, u)));
    to = coded.filter((u) => u.code).map((u) => ({ organId: u.code as string, organName: u.name }));
  }
  // The document it answers: a received one, known by its sender's DocumentId.
  let responseFor: EdxmlDocument['responseFor'] = null;
  if (doc.sourceDocumentId !== null) {
    const received = (await q.messagesOfDocument(db, doc.sourceDocumentId)).find(
      (m) => m.direction === 'in' && m.kind !== 'status',
    );
    if (received) {
      const [, date = '', code = ''] = received.document_key.split(',');
      responseFor = {
        organId: received.from_code,
        code,
        promulgationDate: date,
        documentId: received.document_key,
      };
    }
  }
  const attachments = [];
  for (const f of doc.files) {
    attachments.push({
      name: f.name,
      contentType: f.mime,
      description: '',
      base64: (await bytesOf(deps, f.sha256)).toString('base64'),
    });
  }
  const { codeNumber, codeNotation } = splitSymbol(doc.symbol);
  const key = documentKey(fromCode, doc.issuedOn, doc.symbol);
  const envelope: EdxmlDocument = {
    from: { organId: fromCode, organName: doc.issuerName },
    to,
    documentId: key,
    codeNumber,
    codeNotation,
    place: doc.place || (await placeOf(db, ctx, doc.issuerOrgId)),
    promulgationDate: doc.issuedOn,
    typeName: DOCUMENT_TYPES.find((t) => t.code === doc.typeCode)?.name ?? doc.typeCode,
    subject: doc.summary,
    content: doc.content ?? '',
    signer: {
      competence: doc.signAuthority ?? '',
      position: doc.signerTitle ?? '',
      fullName: doc.signerName ?? '',
    },
    dueDate: doc.deadline,
    toPlaces: doc.recipients.map((r) => r.name),
    priority: doc.urgency,
    sphere: '',
    pageAmount: doc.pages,
    // 1: sent for handling (it carries a due date); 0: for information.
    steeringType: doc.deadline ? 1 : 0,
    responseFor,
    trace: [{ organId: fromCode, timestamp: new Date().toISOString() }],
    kind: opts.kind,
    reason: opts.reason,
    attachments,
  };
  return { envelope, fromCode, documentKey: key, symbol: doc.symbol };
}

/** GET /api/documents/{id}/edxml: the envelope of an issued document with its files. */
export async function exportEdxml(deps: Deps, ctx: RequestCtx, id: number) {
  authorize(ctx, 'exchange.send');
  const built = await envelopeOf(deps, ctx, id, { kind: 'new', reason: '' });
  return {
    xml: buildEnvelope(built.envelope),
    name: `${built.symbol.replace(/[/\\]/g, '-')}.edxml.xml`,
  };
}

/**
 * A package that cannot be read is the sender's mistake: 422 with the reason in Vietnamese.
 * @trusted a pure helper: reads nothing.
 */
export function readEnvelope(xml: string, maxBytes: number): EdxmlDocument {
  try {
    return parseEnvelope(xml, maxBytes);
  } catch (err) {
    if (err instanceof EdxmlError) throw new RuleError('bad_package', err.message);
    throw err;
  }
}

async function attachmentFiles(deps: Deps, env: EdxmlDocument): Promise<ReceivedFile[]> {
  const dir = path.join(deps.config.dataDir, 'tmp');
  await mkdir(dir, { recursive: true });
  const max = deps.config.maxUploadMb * 1024 * 1024;
  const out: ReceivedFile[] = [];
  try {
    for (const a of env.attachments) {
      const bytes = Buffer.from(a.base64, 'base64');
      if (bytes.length === 0) throw new RuleError('bad_package', `Tệp đính kèm «${a.name}» rỗng.`);
      if (bytes.length > max) {
        throw new RuleError(
          'bad_package',
          `Tệp đính kèm «${a.name}» vượt quá ${deps.config.maxUploadMb} MB.`,
        );
      }
      const tempPath = path.join(dir, `edxml-${randomBytes(8).toString('hex')}`);
      await writeFile(tempPath, bytes);
      out.push({
        tempPath,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        filename: a.name.normalize('NFC').split(/[\\/]/).pop() || 'tep-dinh-kem',
      });
    }
    return out;
  } catch (err) {
    for (const f of out) await rm(f.tempPath, { force: true });
    throw err;
  }
}

export interface Receipt {
  /** The inbox row. */
  id: number;
  documentId: number | null;
  duplicate: boolean;
}

/**
 * Registers a new or replacing envelope in a unit: the inbox row (one per message id), the incoming
 * document with its files, a `received` status back to the sender when a peer serves its code. From
 * a peer (`manual` false) a package whose document is already in the register is kept as a
 * duplicate of it; from a clerk's file the register's 409 stands unless confirmed.
 * @trusted called by the import (an account that may receive) and by the inbox (a verified peer).
 */
export async function receiveEnvelope(
  deps: Deps,
  ctx: RequestCtx,
  input: {
    env: EdxmlDocument;
    messageId: string;
    orgId: number;
    peerId: number | null;
    manual: boolean;
    confirmDuplicate: boolean;
  },
): Promise<Receipt> {
  const who = whoOf(ctx);
  const { env } = input;
  const db = deps.database.db;
  const seen = await q.messageByMessageId(db, 'in', input.messageId);
  if (seen) {
    if (input.manual) {
      throw new ConflictError('already_received', 'Gói tin edXML này đã được nhận trước đây.', {
        documentId: seen.document_id,
      });
    }
    return { id: Number(seen.id), documentId: seen.document_id, duplicate: true };
  }
  const unit = await exchangeCodeOf(db, ctx, input.orgId);
  const toCode = codeOrLocal(unit.code, unit.id);
  const symbol = symbolOf(env);
  const key = env.documentId || documentKey(env.from.organId, env.promulgationDate, symbol);
  let files: PreparedFile[] = [];
  try {
    files = await prepareReceivedFiles(deps, ctx, await attachmentFiles(deps, env));
  } catch (err) {
    if (err instanceof ValidationError) throw new RuleError('bad_attachment', err.message);
    throw err;
  }
  let duplicateOf: number | null = null;
  try {
    const receipt = await transact(deps, async (tx) => {
      const id = await q.insertMessage(tx, {
        messageId: input.messageId,
        direction: 'in',
        kind: env.kind,
        documentId: null,
        documentKey: key,
        fromCode: env.from.organId,
        toCode,
        peerId: input.peerId,
        state: 'received',
        reason: env.reason || null,
        createdBy: who?.userId ?? null,
      });
      let documentId: number;
      try {
        const registered = await tx.transaction((sp) =>
          registerReceivedInTx(sp, deps, ctx, {
            orgId: unit.id,
            typeCode: typeCodeOf(env, DOCUMENT_TYPES) ?? 'CV',
            symbol,
            issuer: env.from.organName || env.from.organId,
            issuedOn: env.promulgationDate,
            summary: env.subject,
            content: env.content || null,
            urgency: env.priority,
            pages: env.pageAmount,
            deadline: env.dueDate,
            signAuthority: env.signer.competence || null,
            signerTitle: env.signer.position || null,
            confirmDuplicate: input.confirmDuplicate,
            note: `Nhận qua liên thông edXML từ ${env.from.organName || env.from.organId} (${env.from.organId})`,
            files,
          }),
        );
        documentId = registered.id;
      } catch (err) {
        const existing = (err as AppError).details?.existingIds;
        if (input.manual || !(err instanceof ConflictError) || !Array.isArray(existing)) throw err;
        documentId = Number(existing[0]);
        duplicateOf = documentId;
      }
      await q.setMessageDocument(tx, id, documentId, duplicateOf === null ? 'received' : 'duplicate');
      if (env.kind === 'replacement' && env.responseFor?.documentId) {
        for (const earlier of await q.receivedByKey(tx, env.from.organId, env.responseFor.documentId)) {
          await senderNoticeInTx(
            tx,
            ctx,
            Number(earlier.document_id),
            'replaced',
            `Thay thế bằng ${symbol}. ${env.reason}`.trim(),
          );
        }
      }
      await queueStatusInTx(tx, deps, ctx, {
        documentId,
        documentKey: key,
        answersId: input.messageId,
        fromCode: toCode,
        fromName: unit.name,
        toCode: env.from.organId,
        status: 'received',
        reason: duplicateOf === null ? '' : 'Văn bản đã có trong sổ văn bản đến.',
      });
      return { id, documentId, duplicate: duplicateOf !== null };
    });
    if (duplicateOf !== null) await abandonReceivedFiles(deps, ctx, files);
    return receipt;
  } catch (err) {
    await abandonReceivedFiles(deps, ctx, files);
    throw err;
  }
}

/** Checked before the upload is read: nothing is received from an account that may not import. */
export function checkCanImport(ctx: RequestCtx): void {
  authorize(ctx, 'exchange.receive');
}

/** POST /api/exchange/edxml: a clerk imports an envelope from a file as an incoming document. */
export async function importEdxml(deps: Deps, ctx: RequestCtx, upload: Upload): Promise<{ id: number }> {
  const actor = authorize(ctx, 'exchange.receive');
  try {
    const xml = await readFile(upload.tempPath, 'utf8');
    const env = readEnvelope(xml, deps.config.maxUploadMb * 1024 * 1024);
    if (env.kind !== 'new' && env.kind !== 'replacement') {
      throw new RuleError(
        'kind_not_importable',
        'Gói tin thu hồi hoặc cập nhật chỉ nhận qua liên thông giữa các hệ thống, không nhập từ tệp.',
      );
    }
    const db = deps.database.db;
    let orgId: number | undefined;
    if (upload.fields.orgId) {
      orgId = Number(upload.fields.orgId);
      if (!Number.isInteger(orgId) || orgId <= 0)
        throw new ValidationError('Đơn vị nhận (orgId): không hợp lệ.');
      await activeUnitInScope(db, actor, orgId);
    } else {
      // The unit named as receiver, when it is one of the account's; else the account's own.
      const scope = new Set(await scopeUnitIds(db, actor));
      const named = await unitsByExchangeCode(
        db,
        ctx,
        env.to.map((t) => t.organId),
      );
      orgId = named.find((u) => u.active && scope.has(u.id))?.id ?? actor.orgId;
    }
    const receipt = await receiveEnvelope(deps, ctx, {
      env,
      messageId: `tep-${upload.sha256}`,
      orgId,
      peerId: null,
      manual: true,
      confirmDuplicate: upload.fields.confirmDuplicate === 'true',
    });
    return { id: receipt.documentId as number };
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}
