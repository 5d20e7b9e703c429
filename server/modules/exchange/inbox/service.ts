// The inbox of the exchange between installations (docs/exchange.md): a peer posts a package with
// its message id and a detached Ed25519 signature. The sender is known by the package's From code;
// the signature is verified with the public key that peer handed over at set-up; a message id seen
// before is answered as before and changes nothing. A document (new, replacement) is registered in
// the unit named by To; a revocation marks the received document revoked and tells its people; an
// update is noted on it; a status message is shown on our outgoing document.
import { readFile, rm } from 'node:fs/promises';
import {
  type EdxmlDocument,
  EdxmlError,
  packageKind,
  parseStatus,
} from '../../../../domain/exchange/edxml.ts';
import { type RequestCtx, systemCtx } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ForbiddenError, RuleError, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { recordAudit } from '../../audit/service.ts';
import { senderNoticeInTx } from '../../documents/received/service.ts';
import { unitsByExchangeCode } from '../../orgs/codes/service.ts';
import { codeOrLocal, type Receipt, readEnvelope, receiveEnvelope } from '../edxml/service.ts';
import * as q from '../queries.ts';
import { verifyPackage } from '../signature.ts';
import { queueStatusInTx } from '../status/service.ts';

const MESSAGE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,99}$/;

async function verifiedPeer(db: Db, fromCode: string, messageId: string, xml: string, signature: string) {
  const peer = await q.peerForCode(db, fromCode);
  if (!peer) {
    throw new ForbiddenError(
      'unknown_peer',
      `Mã định danh ${fromCode} không thuộc hệ thống liên thông nào đã khai báo.`,
    );
  }
  if (!verifyPackage(peer.public_key, messageId, xml, signature)) {
    throw new ForbiddenError('bad_signature', 'Chữ ký của gói tin không đúng: gói tin bị từ chối.');
  }
  return peer;
}

/**
 * Checked before the package is read: a post without a message id or a signature is refused before
 * anything is written to disk.
 * @trusted no account: the headers are all there is to check before the body.
 */
export function checkInboxHeaders(messageId: string, signature: string): void {
  if (!MESSAGE_ID.test(messageId)) {
    throw new ValidationError('Thiếu mã thông điệp (x-edxml-message-id) hoặc mã không hợp lệ.');
  }
  if (!/^[A-Za-z0-9+/]{40,120}={0,2}$/.test(signature)) {
    throw new ForbiddenError('bad_signature', 'Gói tin không có chữ ký hợp lệ (x-edxml-signature).');
  }
}

/**
 * A package posted by a peer.
 * @trusted no account: the package is authenticated here by its signature, against the public key of
 * the peer registered (by an administrator) for its sender's code; it then acts as the system.
 */
export async function receiveFromPeer(
  deps: Deps,
  _ctx: RequestCtx,
  input: { messageId: string; signature: string; upload: Upload },
): Promise<Receipt> {
  try {
    checkInboxHeaders(input.messageId, input.signature);
    const xml = await readFile(input.upload.tempPath, 'utf8');
    const ctx = systemCtx(`exchange:inbox:${input.messageId}`);
    const db = deps.database.db;
    const kind = packageKind(xml);
    if (kind === 'status') {
      let status: ReturnType<typeof parseStatus>;
      try {
        status = parseStatus(xml);
      } catch (err) {
        if (err instanceof EdxmlError) throw new RuleError('bad_package', err.message);
        throw err;
      }
      const peer = await verifiedPeer(db, status.from.organId, input.messageId, xml, input.signature);
      return await statusArrived(deps, ctx, { status, messageId: input.messageId, peerId: peer.id });
    }
    if (kind !== 'envelope') throw new RuleError('bad_package', 'Tệp không phải gói tin edXML.');
    const env = readEnvelope(xml, deps.config.maxUploadMb * 1024 * 1024);
    const peer = await verifiedPeer(db, env.from.organId, input.messageId, xml, input.signature);
    const units = await unitsByExchangeCode(
      db,
      ctx,
      env.to.map((t) => t.organId),
    );
    const unit = units.find((u) => u.active);
    if (!unit) {
      throw new RuleError(
        'unknown_receiver',
        'Không có đơn vị nào trong hệ thống mang mã định danh nơi nhận của gói tin.',
      );
    }
    if (env.kind === 'revocation' || env.kind === 'update') {
      return await senderChange(deps, ctx, {
        env,
        messageId: input.messageId,
        peerId: peer.id,
        toCode: codeOrLocal(unit.code, unit.id),
        unitName: unit.name,
      });
    }
    return await receiveEnvelope(deps, ctx, {
      env,
      messageId: input.messageId,
      orgId: unit.id,
      peerId: peer.id,
      manual: false,
      confirmDuplicate: false,
    });
  } finally {
    await rm(input.upload.tempPath, { force: true });
  }
}

/** A revocation or an update of a document received before (by its DocumentId). */
async function senderChange(
  deps: Deps,
  ctx: RequestCtx,
  input: { env: EdxmlDocument; messageId: string; peerId: number; toCode: string; unitName: string },
): Promise<Receipt> {
  const { env } = input;
  return transact(deps, async (tx) => {
    const seen = await q.messageByMessageId(tx, 'in', input.messageId);
    if (seen) return { id: Number(seen.id), documentId: seen.document_id, duplicate: true };
    const earlier = await q.receivedByKey(tx, env.from.organId, env.documentId);
    const target = earlier.at(-1);
    const id = await q.insertMessage(tx, {
      messageId: input.messageId,
      direction: 'in',
      kind: env.kind,
      documentId: target ? Number(target.document_id) : null,
      documentKey: env.documentId,
      fromCode: env.from.organId,
      toCode: input.toCode,
      peerId: input.peerId,
      state: 'received',
      reason: env.reason || null,
      createdBy: null,
    });
    const revoke = env.kind === 'revocation';
    if (target) {
      if (revoke)
        await q.setState(
          tx,
          earlier.map((e) => Number(e.id)),
          'revoked',
        );
      for (const e of earlier) {
        const note = revoke
          ? env.reason || 'Nơi gửi thu hồi văn bản.'
          : `${env.reason ? `${env.reason} — ` : ''}Trích yếu: ${env.subject}${env.dueDate ? `; hạn xử lý ${env.dueDate.split('-').reverse().join('/')}` : ''}`;
        await senderNoticeInTx(tx, ctx, Number(e.document_id), revoke ? 'revoked' : 'updated', note);
      }
    }
    await queueStatusInTx(tx, deps, ctx, {
      documentId: target ? Number(target.document_id) : null,
      documentKey: env.documentId,
      answersId: input.messageId,
      fromCode: input.toCode,
      fromName: input.unitName,
      toCode: env.from.organId,
      status: target ? 'done' : 'failed',
      reason: target ? '' : 'Không tìm thấy văn bản đã nhận mà gói tin này thu hồi hoặc cập nhật.',
    });
    await recordAudit(tx, ctx, {
      action: revoke ? 'exchange.revocation' : 'exchange.update',
      entity: 'exchange_message',
      entityId: id,
      after: { from: env.from.organId, documentId: env.documentId, found: Boolean(target) },
    });
    return { id, documentId: target ? Number(target.document_id) : null, duplicate: false };
  });
}

/** A status message about a package we sent: kept on our outgoing document. */
async function statusArrived(
  deps: Deps,
  ctx: RequestCtx,
  input: { status: ReturnType<typeof parseStatus>; messageId: string; peerId: number },
): Promise<Receipt> {
  const { status } = input;
  return transact(deps, async (tx) => {
    const seen = await q.messageByMessageId(tx, 'in', input.messageId);
    if (seen) return { id: Number(seen.id), documentId: seen.document_id, duplicate: true };
    const sent = await q.sentByKey(tx, status.from.organId, status.documentId);
    if (!sent) {
      throw new RuleError(
        'unknown_document',
        'Thông điệp trạng thái nói về văn bản không do hệ thống này gửi.',
      );
    }
    const id = await q.insertMessage(tx, {
      messageId: input.messageId,
      direction: 'in',
      kind: 'status',
      documentId: sent.document_id === null ? null : Number(sent.document_id),
      documentKey: status.documentId,
      answersId: sent.message_id,
      fromCode: status.from.organId,
      toCode: status.to.organId,
      peerId: input.peerId,
      statusCode: status.status,
      reason: status.description || null,
      state: 'received',
      createdBy: null,
    });
    await recordAudit(tx, ctx, {
      action: 'exchange.status_received',
      entity: 'exchange_message',
      entityId: id,
      after: { from: status.from.organId, status: status.status, documentId: status.documentId },
    });
    return { id, documentId: sent.document_id === null ? null : Number(sent.document_id), duplicate: false };
  });
}
