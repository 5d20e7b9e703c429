// JSON shapes of the exchange between systems: this installation's public key, the peers, the units'
// agency codes, one package (sent or received) and a document's exchange panel.
import {
  MESSAGE_KIND_LABELS,
  type MessageKind,
  STATUS_LABELS,
  type StatusCode,
} from '../../../domain/exchange/labels.ts';
import { z } from '../../../domain/validation.ts';
import { toIso } from '../../db/sql.ts';
import type { MessageRow, PeerRow } from './queries.ts';

const int = z.number().int();

export const ExchangeUnitCode = z
  .object({ id: int, name: z.string(), code: z.string().nullable(), active: z.boolean() })
  .openapi('ExchangeUnitCode');

export const ExchangeIdentity = z
  .object({
    /** Ed25519 public key, base64 SPKI DER: handed to the peers at set-up. */
    publicKey: z.string(),
    units: z.array(ExchangeUnitCode),
  })
  .openapi('ExchangeIdentity');

export const ExchangePeer = z
  .object({
    id: int,
    name: z.string(),
    url: z.string(),
    codes: z.array(z.string()),
    publicKey: z.string(),
    createdAt: z.string(),
  })
  .openapi('ExchangePeer');
export type ExchangePeer = z.infer<typeof ExchangePeer>;
export const ExchangePeerList = z.object({ items: z.array(ExchangePeer) }).openapi('ExchangePeerList');

export function presentPeer(p: PeerRow): ExchangePeer {
  return {
    id: p.id,
    name: p.name,
    url: p.url,
    codes: p.codes,
    publicKey: p.public_key,
    createdAt: toIso(p.created_at) ?? '',
  };
}

export const ExchangeMessage = z
  .object({
    id: int,
    messageId: z.string(),
    direction: z.enum(['out', 'in']),
    kind: z.enum(['new', 'replacement', 'revocation', 'update', 'status']),
    kindLabel: z.string(),
    documentId: int.nullable(),
    fromCode: z.string(),
    toCode: z.string(),
    peerName: z.string().nullable(),
    status: z.enum(['received', 'accepted', 'rejected', 'processing', 'done', 'failed']).nullable(),
    statusLabel: z.string().nullable(),
    reason: z.string().nullable(),
    state: z.enum(['pending', 'delivered', 'failed', 'received', 'duplicate', 'revoked']),
    attempts: int,
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ExchangeMessage');
export type ExchangeMessage = z.infer<typeof ExchangeMessage>;

export function presentMessage(m: MessageRow): ExchangeMessage {
  const status = m.status_code as StatusCode | null;
  return {
    id: Number(m.id),
    messageId: m.message_id,
    direction: m.direction,
    kind: m.kind,
    kindLabel: m.kind === 'status' ? 'Trạng thái' : MESSAGE_KIND_LABELS[m.kind as MessageKind],
    documentId: m.document_id === null ? null : Number(m.document_id),
    fromCode: m.from_code,
    toCode: m.to_code,
    peerName: m.peer_name,
    status,
    statusLabel: status ? STATUS_LABELS[status] : null,
    reason: m.reason,
    state: m.state,
    attempts: m.attempts,
    nextAttemptAt: toIso(m.next_attempt_at),
    lastError: m.last_error,
    deliveredAt: toIso(m.delivered_at),
    createdAt: toIso(m.created_at) ?? '',
  };
}

export const DocumentExchange = z
  .object({
    documentId: int,
    /** Every package about the document: sent, received, and the status messages both ways. */
    items: z.array(ExchangeMessage),
    /** A received document its sender has revoked. */
    revoked: z.boolean(),
    can: z.object({ send: z.boolean(), report: z.boolean() }),
  })
  .openapi('DocumentExchange');
export type DocumentExchange = z.infer<typeof DocumentExchange>;

export const ExchangeImported = z.object({ id: int }).openapi('ExchangeImported');

export const ExchangeInboxAnswer = z
  .object({ id: int, documentId: int.nullable(), duplicate: z.boolean() })
  .openapi('ExchangeInboxAnswer');
export type ExchangeInboxAnswer = z.infer<typeof ExchangeInboxAnswer>;

export const ExchangeQueued = z.object({ items: z.array(ExchangeMessage) }).openapi('ExchangeQueued');

export const ExchangeJournal = z
  .object({
    counts: z.object({ pending: int, delivered: int, failed: int, received: int }),
    items: z.array(ExchangeMessage),
  })
  .openapi('ExchangeJournal');
