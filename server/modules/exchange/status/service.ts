// Status messages (docs/exchange.md): the receiving side tells the sender what became of a package —
// received (sent by the system on arrival), accepted, rejected with a reason, processing, done (the
// receiving unit's staff), failed (a package that could not be processed). They travel through the
// outbox like any package; the sender shows them on its outgoing document.
import { todayVn } from '../../../../domain/dates.ts';
import { buildStatus } from '../../../../domain/exchange/edxml.ts';
import type { StatusCode } from '../../../../domain/exchange/labels.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { whoOf } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { issuedForExchange } from '../../documents/received/service.ts';
import { enqueueInTx } from '../outbox/queue.ts';
import { presentMessage } from '../presenter.ts';
import * as q from '../queries.ts';

export interface StatusInput {
  /** Our received document the status is about (null: a package that registered nothing). */
  documentId: number | null;
  documentKey: string;
  answersId: string;
  /** Our receiving unit's code, and the sender's. */
  fromCode: string;
  fromName: string;
  toCode: string;
  status: StatusCode;
  reason: string;
}

/**
 * Queues a status message to the sender when a peer serves its code; null when none does (a package
 * imported from a file: nobody to tell).
 * @trusted called inside the inbox's, the import's or the report's transaction, after their checks.
 */
export async function queueStatusInTx(
  tx: Db,
  deps: Deps,
  ctx: RequestCtx,
  s: StatusInput,
): Promise<number | null> {
  const who = whoOf(ctx);
  const peer = await q.peerForCode(tx, s.toCode);
  if (!peer) return null;
  const [, date = '', code = ''] = s.documentKey.split(',');
  const pkg = buildStatus({
    from: { organId: s.fromCode, organName: s.fromName },
    to: { organId: s.toCode, organName: peer.name },
    documentId: s.documentKey,
    code,
    promulgationDate: date,
    status: s.status,
    description: s.reason,
    timestamp: new Date().toISOString(),
  });
  return enqueueInTx(tx, deps, {
    kind: 'status',
    documentId: s.documentId,
    documentKey: s.documentKey,
    answersId: s.answersId,
    fromCode: s.fromCode,
    toCode: s.toCode,
    peerId: peer.id,
    statusCode: s.status,
    reason: s.reason || null,
    package: pkg,
    createdBy: who?.userId ?? null,
  });
}

/**
 * The receiving unit's staff report what became of a received document: accepted, rejected (with a
 * reason), processing, done. The status goes back to the sender.
 */
export async function reportStatus(
  deps: Deps,
  ctx: RequestCtx,
  documentId: number,
  input: { status: 'accepted' | 'rejected' | 'processing' | 'done'; reason?: string | undefined },
) {
  authorize(ctx, 'exchange.receive');
  const db = deps.database.db;
  // The document as its reader sees it (404 otherwise); its unit answers.
  const unitName = (await issuedForExchange(db, ctx, documentId)).issuerName;
  const reason = input.reason ?? '';
  if (input.status === 'rejected' && !reason) {
    throw new RuleError('reason_required', 'Từ chối tiếp nhận phải nêu lý do.');
  }
  return transact(deps, async (tx) => {
    const received = (await q.messagesOfDocument(tx, documentId)).find(
      (m) => m.direction === 'in' && (m.kind === 'new' || m.kind === 'replacement'),
    );
    if (!received) {
      throw new RuleError(
        'not_received_by_exchange',
        'Văn bản này không nhận qua liên thông: không có nơi gửi để báo trạng thái.',
      );
    }
    if (received.state === 'revoked') {
      throw new RuleError('document_revoked', 'Văn bản đã bị nơi gửi thu hồi.');
    }
    const id = await queueStatusInTx(tx, deps, ctx, {
      documentId,
      documentKey: received.document_key,
      answersId: received.message_id,
      fromCode: received.to_code,
      fromName: unitName,
      toCode: received.from_code,
      status: input.status,
      reason,
    });
    if (id === null) {
      throw new RuleError(
        'no_peer',
        `Chưa khai báo hệ thống liên thông phục vụ mã ${received.from_code}: không gửi được trạng thái.`,
      );
    }
    const out = presentMessage((await q.messageById(tx, id)) as q.MessageRow);
    await recordAudit(tx, ctx, {
      action: 'exchange.status',
      entity: 'document',
      entityId: documentId,
      after: { status: input.status, reason, on: todayVn() },
    });
    return out;
  });
}
