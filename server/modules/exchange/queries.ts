// SQL of the exchange between systems: this installation's key pair, the peers, and every package
// sent or received (the outbox and the inbox are one table, exchange_messages).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run } from '../../db/sql.ts';

export interface IdentityRow {
  public_key: string;
  private_key: string;
}

export function identity(db: Db) {
  return one<IdentityRow>(db, sql`SELECT public_key, private_key FROM exchange_identity WHERE id = 1`);
}

export async function insertIdentity(db: Db, publicKey: string, privateKey: string): Promise<void> {
  await run(
    db,
    sql`INSERT INTO exchange_identity (id, public_key, private_key) VALUES (1, ${publicKey}, ${privateKey})
        ON CONFLICT (id) DO NOTHING`,
  );
}

export interface PeerRow {
  id: number;
  name: string;
  url: string;
  codes: string[];
  public_key: string;
  active: boolean;
  created_at: string;
}

const PEER_COLS = sql`id, name, url, codes, public_key, active, created_at`;

export function peers(db: Db) {
  return rows<PeerRow>(db, sql`SELECT ${PEER_COLS} FROM exchange_peers WHERE active ORDER BY name, id`);
}

export function peerById(db: Db, id: number) {
  return one<PeerRow>(db, sql`SELECT ${PEER_COLS} FROM exchange_peers WHERE id = ${id}`);
}

/** The active peer that serves an agency code. */
export function peerForCode(db: Db, code: string) {
  return one<PeerRow>(
    db,
    sql`SELECT ${PEER_COLS} FROM exchange_peers WHERE active AND ${code} = ANY(codes) ORDER BY id LIMIT 1`,
  );
}

/** Active peers that claim any of these codes (a code served by two peers is refused at set-up). */
export function peersWithCodes(db: Db, codes: readonly string[]) {
  return rows<PeerRow>(
    db,
    sql`SELECT ${PEER_COLS} FROM exchange_peers WHERE active AND codes && ${array([...codes])}::text[]`,
  );
}

export async function insertPeer(
  db: Db,
  p: { name: string; url: string; codes: readonly string[]; publicKey: string },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO exchange_peers (name, url, codes, public_key)
        VALUES (${p.name}, ${p.url}, ${array([...p.codes])}::text[], ${p.publicKey}) RETURNING id`,
  );
  return Number(row?.id);
}

export async function deactivatePeer(db: Db, id: number): Promise<number> {
  return run(db, sql`UPDATE exchange_peers SET active = false WHERE id = ${id} AND active`);
}

export interface MessageRow {
  id: number;
  message_id: string;
  direction: 'out' | 'in';
  kind: 'new' | 'replacement' | 'revocation' | 'update' | 'status';
  document_id: number | null;
  document_key: string;
  answers_id: string | null;
  from_code: string;
  to_code: string;
  peer_id: number | null;
  peer_name: string | null;
  status_code: string | null;
  reason: string | null;
  state: 'pending' | 'delivered' | 'failed' | 'received' | 'duplicate' | 'revoked';
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

const MSG_COLS = sql`m.id, m.message_id, m.direction, m.kind, m.document_id, m.document_key, m.answers_id, m.from_code,
  m.to_code, m.peer_id, p.name AS peer_name, m.status_code, m.reason, m.state, m.attempts, m.next_attempt_at,
  m.last_error, m.delivered_at, m.created_at`;

export interface InsertMessage {
  messageId: string;
  direction: 'out' | 'in';
  kind: MessageRow['kind'];
  documentId: number | null;
  documentKey: string;
  answersId?: string | null;
  fromCode: string;
  toCode: string;
  peerId: number | null;
  statusCode?: string | null;
  reason?: string | null;
  state: MessageRow['state'];
  package?: string | null;
  createdBy: number | null;
}

export async function insertMessage(db: Db, m: InsertMessage): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO exchange_messages (message_id, direction, kind, document_id, document_key, answers_id, from_code,
          to_code, peer_id, status_code, reason, state, package, next_attempt_at, created_by)
        VALUES (${m.messageId}, ${m.direction}, ${m.kind}, ${m.documentId}, ${m.documentKey}, ${m.answersId ?? null},
          ${m.fromCode}, ${m.toCode}, ${m.peerId}, ${m.statusCode ?? null}, ${m.reason ?? null}, ${m.state},
          ${m.package ?? null}, ${m.state === 'pending' ? sql`now()` : null}, ${m.createdBy})
        RETURNING id`,
  );
  return Number(row?.id);
}

export function messageById(db: Db, id: number) {
  return one<MessageRow & { package: string | null }>(
    db,
    sql`SELECT ${MSG_COLS}, m.package FROM exchange_messages m LEFT JOIN exchange_peers p ON p.id = m.peer_id
         WHERE m.id = ${id}`,
  );
}

export function messageByMessageId(db: Db, direction: 'out' | 'in', messageId: string) {
  return one<MessageRow>(
    db,
    sql`SELECT ${MSG_COLS} FROM exchange_messages m LEFT JOIN exchange_peers p ON p.id = m.peer_id
         WHERE m.direction = ${direction} AND m.message_id = ${messageId}`,
  );
}

/** Every package about one of our documents, oldest first (what the document's exchange panel shows). */
export function messagesOfDocument(db: Db, documentId: number) {
  return rows<MessageRow>(
    db,
    sql`SELECT ${MSG_COLS} FROM exchange_messages m LEFT JOIN exchange_peers p ON p.id = m.peer_id
         WHERE m.document_id = ${documentId} ORDER BY m.id`,
  );
}

/** The received document (new or replacement) a later package about the same DocumentId points to. */
export function receivedByKey(db: Db, fromCode: string, documentKey: string) {
  return rows<MessageRow>(
    db,
    sql`SELECT ${MSG_COLS} FROM exchange_messages m LEFT JOIN exchange_peers p ON p.id = m.peer_id
         WHERE m.direction = 'in' AND m.kind IN ('new', 'replacement') AND m.from_code = ${fromCode}
           AND m.document_key = ${documentKey} AND m.document_id IS NOT NULL
         ORDER BY m.id`,
  );
}

/** The package we sent that a status answers: same DocumentId, sent to the status's sender. */
export function sentByKey(db: Db, toCode: string, documentKey: string) {
  return one<MessageRow>(
    db,
    sql`SELECT ${MSG_COLS} FROM exchange_messages m LEFT JOIN exchange_peers p ON p.id = m.peer_id
         WHERE m.direction = 'out' AND m.kind <> 'status' AND m.to_code = ${toCode}
           AND m.document_key = ${documentKey}
         ORDER BY m.id DESC LIMIT 1`,
  );
}

export async function setMessageDocument(db: Db, id: number, documentId: number, state: MessageRow['state']) {
  await run(
    db,
    sql`UPDATE exchange_messages SET document_id = ${documentId}, state = ${state} WHERE id = ${id}`,
  );
}

export async function setState(db: Db, ids: readonly number[], state: MessageRow['state']): Promise<void> {
  await run(
    db,
    sql`UPDATE exchange_messages SET state = ${state} WHERE id = ANY(${array([...ids])}::bigint[])`,
  );
}

/** Pending packages to one peer, oldest first: a peer gets them in the order they were queued. */
export function pendingForPeer(db: Db, peerId: number, limit: number) {
  return rows<{ id: number; next_attempt_at: string | null }>(
    db,
    sql`SELECT id, next_attempt_at FROM exchange_messages WHERE state = 'pending' AND peer_id = ${peerId}
         ORDER BY id LIMIT ${limit}`,
  );
}

/** Peers with a pending package due at `at`. */
export function peersDue(db: Db, at: Date) {
  return rows<{ peer_id: number }>(
    db,
    sql`SELECT DISTINCT peer_id FROM exchange_messages
         WHERE state = 'pending' AND peer_id IS NOT NULL AND next_attempt_at <= ${at.toISOString()}::timestamptz`,
  );
}

export async function markDelivered(db: Db, id: number): Promise<number> {
  return run(
    db,
    sql`UPDATE exchange_messages SET state = 'delivered', attempts = attempts + 1, delivered_at = now(),
          next_attempt_at = NULL, last_error = NULL
        WHERE id = ${id} AND state = 'pending'`,
  );
}

export async function markAttemptFailed(db: Db, id: number, error: string, next: Date | null): Promise<void> {
  await run(
    db,
    sql`UPDATE exchange_messages SET attempts = attempts + 1, last_error = ${error.slice(0, 500)},
          next_attempt_at = ${next ? next.toISOString() : null}::timestamptz,
          state = ${next ? 'pending' : 'failed'}
        WHERE id = ${id} AND state = 'pending'`,
  );
}

/** Counts for the exchange page: outbox by state, inbox by kind. */
export function counts(db: Db) {
  return rows<{ direction: string; state: string; n: number }>(
    db,
    sql`SELECT direction, state, count(*)::int AS n FROM exchange_messages GROUP BY direction, state`,
  );
}

/** The latest packages, newest first (the exchange page's journal). */
export function latest(db: Db, limit: number) {
  return rows<MessageRow>(
    db,
    sql`SELECT ${MSG_COLS} FROM exchange_messages m LEFT JOIN exchange_peers p ON p.id = m.peer_id
         ORDER BY m.id DESC LIMIT ${limit}`,
  );
}
