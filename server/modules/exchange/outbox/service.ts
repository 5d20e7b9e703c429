// The outbox (docs/exchange.md): an issued document sent to other systems as edXML (new,
// replacement, revocation, update), one package per receiving agency code, each kept until the
// peer's inbox has taken it. Delivery is a job; a failed try is retried later, the delay doubling
// up to an hour, so nothing is lost while the other side is down; after the last try the package is
// marked failed and the sender sees it. The receiver ignores a message id it has seen, so a package
// delivered twice (a crash between the answer and our commit) is registered once.
import type { z } from 'zod';
import { buildEnvelope } from '../../../../domain/exchange/edxml.ts';
import { MAX_ATTEMPTS, type MessageKind, retryDelaySeconds } from '../../../../domain/exchange/labels.ts';
import type { sendBody } from '../../../../domain/exchange/schemas.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { whoOf } from '../../../auth/actor.ts';
import { authorize, may, signedIn } from '../../../auth/authorize.ts';
import { toIso } from '../../../db/sql.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { issuedForExchange } from '../../documents/received/service.ts';
import { type BuiltEnvelope, envelopeOf } from '../edxml/service.ts';
import { type DocumentExchange, presentMessage } from '../presenter.ts';
import * as q from '../queries.ts';
import { keyPair } from '../service.ts';
import { signPackage } from '../signature.ts';
import { DELIVER_QUEUE, enqueueInTx } from './queue.ts';

/** What is known of a document's exchange: packages sent and received, status messages both ways. */
export async function documentExchange(
  deps: Deps,
  ctx: RequestCtx,
  documentId: number,
): Promise<DocumentExchange> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const doc = await issuedForExchange(db, ctx, documentId);
  const items = (await q.messagesOfDocument(db, documentId)).map(presentMessage);
  const received = items.some((m) => m.direction === 'in' && (m.kind === 'new' || m.kind === 'replacement'));
  return {
    documentId,
    items,
    revoked: items.some((m) => m.direction === 'in' && m.state === 'revoked'),
    can: {
      send:
        may(actor, 'exchange.send') &&
        doc.direction === 'out' &&
        doc.status === 'issued' &&
        doc.secrecy === 0,
      report: may(actor, 'exchange.receive') && received,
    },
  };
}

/** Sends an issued document to the systems that serve the receivers' codes. */
export async function sendDocument(
  deps: Deps,
  ctx: RequestCtx,
  documentId: number,
  input: z.infer<typeof sendBody>,
) {
  const actor = authorize(ctx, 'exchange.send');
  const db = deps.database.db;
  const kind: MessageKind = input.kind ?? 'new';
  const reason = input.reason ?? '';
  if (kind !== 'new' && !reason) {
    throw new RuleError('reason_required', 'Gửi thay thế, thu hồi hoặc cập nhật phải nêu lý do.');
  }
  const codes = [...new Set(input.to)];
  const peers = await Promise.all(codes.map((c) => q.peerForCode(db, c)));
  const unknown = codes.filter((_, i) => !peers[i]);
  if (unknown.length) {
    throw new RuleError(
      'unknown_receiver',
      `Chưa khai báo hệ thống liên thông phục vụ mã: ${unknown.join(', ')}.`,
    );
  }
  let replaces: string | null = null;
  if (kind === 'replacement') {
    if (!input.replacesDocumentId) {
      throw new RuleError('replaces_required', 'Văn bản thay thế phải chỉ rõ văn bản bị thay thế.');
    }
    const old = (await q.messagesOfDocument(db, input.replacesDocumentId)).find(
      (m) => m.direction === 'out' && m.kind !== 'status',
    );
    if (!old) throw new RuleError('not_sent', 'Văn bản bị thay thế chưa từng được gửi qua liên thông.');
    replaces = old.document_key;
  }
  // Every package is built before the transaction: the reads go through the connection it would hold.
  const built: { code: string; peer: q.PeerRow; b: BuiltEnvelope }[] = [];
  const sent = await q.messagesOfDocument(db, documentId);
  for (const [i, code] of codes.entries()) {
    const peer = peers[i] as q.PeerRow;
    if (kind === 'revocation' || kind === 'update') {
      const sentBefore = sent.some(
        (m) => m.direction === 'out' && m.to_code === code && (m.kind === 'new' || m.kind === 'replacement'),
      );
      if (!sentBefore) {
        throw new RuleError('not_sent', `Văn bản chưa gửi tới ${code}: không có gì để thu hồi hay cập nhật.`);
      }
    }
    const b = await envelopeOf(deps, ctx, documentId, {
      kind,
      reason,
      to: [{ organId: code, organName: peer.name }],
    });
    if (replaces) {
      const [, date = '', sym = ''] = replaces.split(',');
      b.envelope.responseFor = {
        organId: b.fromCode,
        code: sym,
        promulgationDate: date,
        documentId: replaces,
      };
    }
    built.push({ code, peer, b });
  }
  return transact(deps, async (tx) => {
    const items = [];
    for (const { code, peer, b } of built) {
      const id = await enqueueInTx(tx, deps, {
        kind,
        documentId,
        documentKey: b.documentKey,
        fromCode: b.fromCode,
        toCode: code,
        peerId: peer.id,
        reason: reason || null,
        package: buildEnvelope(b.envelope),
        createdBy: actor.userId,
      });
      items.push(presentMessage((await q.messageById(tx, id)) as q.MessageRow));
    }
    await recordAudit(tx, ctx, {
      action: 'exchange.send',
      entity: 'document',
      entityId: documentId,
      after: { kind, to: codes, reason },
    });
    return { items };
  });
}

/** Posts one package to its peer's inbox; true when the peer has it. */
async function post(deps: Deps, m: { message_id: string; package: string }, url: string): Promise<void> {
  const { privateKey } = await keyPair(deps.database.db);
  const form = new FormData();
  form.append('file', new Blob([m.package], { type: 'application/xml' }), 'goi-tin.edxml.xml');
  const res = await fetch(`${url}/api/exchange/inbox`, {
    method: 'POST',
    headers: {
      'x-edxml-message-id': m.message_id,
      'x-edxml-signature': signPackage(privateKey, m.message_id, m.package),
    },
    body: form,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text().catch(() => '');
  // 409: another try of the same message already got there.
  if (res.ok || res.status === 409) return;
  let message = `HTTP ${res.status}`;
  try {
    message = `${message}: ${JSON.parse(text).error.message}`;
  } catch {
    // not our error shape
  }
  const err = new Error(message) as Error & { permanent?: boolean };
  // A package the peer refuses as malformed never becomes acceptable by waiting.
  err.permanent = res.status === 400 || res.status === 413 || res.status === 422;
  throw err;
}

/** One try of one package; a failure schedules its next try (or gives up). */
async function attempt(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
): Promise<'delivered' | 'retry' | 'failed' | 'skipped'> {
  const db = deps.database.db;
  const m = await q.messageById(db, id);
  if (m?.direction !== 'out' || m.state !== 'pending' || !m.package || m.peer_id === null) return 'skipped';
  const peer = await q.peerById(db, m.peer_id);
  try {
    if (!peer?.active)
      throw Object.assign(new Error('Hệ thống nhận đã bị gỡ khỏi danh sách liên thông.'), {
        permanent: true,
      });
    await post(deps, { message_id: m.message_id, package: m.package }, peer.url);
    await q.markDelivered(db, id);
    return 'delivered';
  } catch (err) {
    const attempts = m.attempts + 1;
    const permanent = (err as { permanent?: boolean }).permanent === true || attempts >= MAX_ATTEMPTS;
    const next = permanent ? null : new Date(Date.now() + retryDelaySeconds(attempts) * 1000);
    const error = String((err as Error).message ?? err);
    await transact(deps, async (tx) => {
      await q.markAttemptFailed(tx, id, error, next);
      if (next) await deps.jobs.send(DELIVER_QUEUE, { id }, { tx, startAfter: next });
      else {
        await recordAudit(tx, ctx, {
          action: 'exchange.delivery_failed',
          entity: 'exchange_message',
          entityId: id,
          after: { to: m.to_code, attempts, error },
        });
      }
    });
    return next ? 'retry' : 'failed';
  }
}

/**
 * Sends a peer's pending packages in the order they were queued, while they are due at `at`; the
 * first that fails stops the run and waits for its retry, and the later ones wait behind it, so a
 * status never overtakes the one before it. Returns how many were delivered.
 */
async function flush(deps: Deps, ctx: RequestCtx, peerId: number, at: Date): Promise<number> {
  let delivered = 0;
  for (;;) {
    const batch = await q.pendingForPeer(deps.database.db, peerId, 200);
    if (batch.length === 0) return delivered;
    for (const row of batch) {
      if (row.next_attempt_at && new Date(toIso(row.next_attempt_at) as string) > at) return delivered;
      const r = await attempt(deps, ctx, Number(row.id));
      if (r === 'delivered') delivered++;
      if (r === 'retry') return delivered;
    }
  }
}

/**
 * The job of a queued package: its peer's queue is sent, this package in its turn.
 * @trusted run by the job worker as the system; delivers only what was queued.
 */
export async function deliverOne(deps: Deps, ctx: RequestCtx, id: number): Promise<number> {
  whoOf(ctx);
  const m = await q.messageById(deps.database.db, id);
  if (m?.state !== 'pending' || m.peer_id === null) return 0;
  return flush(deps, ctx, m.peer_id, new Date());
}

/**
 * Every peer's due packages at `at` (the sweep, every minute: a job lost in a crash is caught here).
 * Returns how many were delivered.
 * @trusted run by the job worker (and the tests, the bench) as the system.
 */
export async function deliverDue(deps: Deps, ctx: RequestCtx, at = new Date()): Promise<number> {
  whoOf(ctx);
  let delivered = 0;
  for (const { peer_id } of await q.peersDue(deps.database.db, at)) {
    delivered += await flush(deps, ctx, Number(peer_id), at);
  }
  return delivered;
}
