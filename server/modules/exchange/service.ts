// The exchange between systems, set-up side (docs/exchange.md): this installation's Ed25519 key pair
// (made on first use; its public key is handed to the peers), the peers it exchanges with (address,
// the agency codes they serve, their public key), the units' agency codes, and the journal of
// packages. Sending, receiving and status messages are in outbox/, inbox/, edxml/ and status/.
import type { RequestCtx } from '../../auth/actor.ts';
import { whoOf } from '../../auth/actor.ts';
import { authorize } from '../../auth/authorize.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, ValidationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { listExchangeCodes, setExchangeCode } from '../orgs/codes/service.ts';
import { presentMessage, presentPeer } from './presenter.ts';
import * as q from './queries.ts';
import { isPublicKey, type KeyPair, newKeyPair } from './signature.ts';

/**
 * This installation's key pair, made and stored on first use.
 * @trusted read by the outbox (as the system) to sign what it sends; never leaves the server.
 */
export async function keyPair(db: Db): Promise<KeyPair> {
  const found = await q.identity(db);
  if (found) return { publicKey: found.public_key, privateKey: found.private_key };
  const made = newKeyPair();
  await q.insertIdentity(db, made.publicKey, made.privateKey);
  const row = (await q.identity(db)) as q.IdentityRow;
  return { publicKey: row.public_key, privateKey: row.private_key };
}

export async function identity(deps: Deps, ctx: RequestCtx) {
  authorize(ctx, 'exchange.manage');
  const { publicKey } = await keyPair(deps.database.db);
  return { publicKey, units: await listExchangeCodes(deps, ctx) };
}

export async function listPeers(deps: Deps, ctx: RequestCtx) {
  authorize(ctx, 'exchange.manage');
  return { items: (await q.peers(deps.database.db)).map(presentPeer) };
}

export async function addPeer(
  deps: Deps,
  ctx: RequestCtx,
  input: { name: string; url: string; codes: string[]; publicKey: string },
) {
  authorize(ctx, 'exchange.manage');
  const publicKey = input.publicKey.replace(/\s+/g, '');
  if (!isPublicKey(publicKey)) {
    throw new ValidationError('Khóa công khai: phải là khóa Ed25519 (base64) lấy từ hệ thống bên kia.');
  }
  const url = input.url.replace(/\/+$/, '');
  const codes = [...new Set(input.codes)];
  return transact(deps, async (tx) => {
    const taken = await q.peersWithCodes(tx, codes);
    const clash = taken.flatMap((p) =>
      p.codes.filter((c) => codes.includes(c)).map((c) => `${c} (${p.name})`),
    );
    if (clash.length) {
      throw new ConflictError(
        'exchange_code_served',
        `Mã định danh đã thuộc hệ thống khác: ${clash.join(', ')}.`,
      );
    }
    const id = await q.insertPeer(tx, { name: input.name, url, codes, publicKey });
    const out = presentPeer((await q.peerById(tx, id)) as q.PeerRow);
    await recordAudit(tx, ctx, {
      action: 'exchange.peer_add',
      entity: 'exchange_peer',
      entityId: id,
      after: out,
    });
    return out;
  });
}

export async function removePeer(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  authorize(ctx, 'exchange.manage');
  await transact(deps, async (tx) => {
    const before = await q.peerById(tx, id);
    if (!before?.active || (await q.deactivatePeer(tx, id)) === 0) throw notFound('Hệ thống liên thông');
    await recordAudit(tx, ctx, {
      action: 'exchange.peer_remove',
      entity: 'exchange_peer',
      entityId: id,
      before: presentPeer(before),
    });
  });
}

export async function setUnitCode(deps: Deps, ctx: RequestCtx, orgId: number, code: string | null) {
  authorize(ctx, 'exchange.manage');
  return setExchangeCode(deps, ctx, orgId, code);
}

/** Outbox and inbox at a glance, and the latest packages (administrators). */
export async function journal(deps: Deps, ctx: RequestCtx, limit: number) {
  authorize(ctx, 'exchange.manage');
  const db = deps.database.db;
  const [counts, items] = await Promise.all([q.counts(db), q.latest(db, limit)]);
  const sum = (dir: string, states: string[]) =>
    counts
      .filter((c) => c.direction === dir && states.includes(c.state))
      .reduce((a, c) => a + Number(c.n), 0);
  return {
    counts: {
      pending: sum('out', ['pending']),
      delivered: sum('out', ['delivered']),
      failed: sum('out', ['failed']),
      received: sum('in', ['received', 'duplicate', 'revoked']),
    },
    items: items.map(presentMessage),
  };
}

/**
 * The peer that serves an agency code, or undefined.
 * @trusted a lookup for the outbox and the inbox, which check their actor first.
 */
export async function peerForCode(db: Db, ctx: RequestCtx, code: string) {
  whoOf(ctx);
  return q.peerForCode(db, code);
}
