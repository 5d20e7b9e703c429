// Where read-only work runs: a streaming replica (DATABASE_READ_URL) when one is configured, the
// primary otherwise. Search, lists, reports and exports take their handle from here; everything that
// writes, and every read inside a write, stays on deps.database (the primary).
//
// Reading one's own writes. A request that wrote (any method but GET/HEAD/OPTIONS answered below
// 400) is answered with the primary's WAL position after it (`x-read-after` header and the
// `vp_read_after` cookie, docs/operations.md). A later read that carries that position reads from the
// replica only once the replica has replayed it; until then it reads from the primary. The position
// travels with the client, so this holds across any number of app servers behind a proxy, and a
// caller that has not written lately (or whose write has been replayed) never touches the primary.
import type { Database, Db } from './client.ts';

/** The replica is asked how far it has replayed at most this often (per app server) per request. */
const REPLAY_CHECK_MS = 100;

/** A PostgreSQL WAL position "16/B374D848" as a number, for comparison. */
export function parseLsn(lsn: string): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn.trim());
  if (!m) return null;
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

export interface ReadCaller {
  /** The primary's WAL position after the caller's last write, if the caller sent one. */
  readAfter?: string | undefined;
}

export class ReadRouter {
  /** The highest position the replica was seen to have replayed, and when it was asked. */
  private replayed = -1n;
  private checkedAt = 0;
  /** Reads served by each side since start. */
  readonly served = { replica: 0, primary: 0 };

  constructor(
    private readonly primary: Database,
    readonly replica: Database | undefined,
  ) {}

  /** The handle for read-only work of this caller: the replica unless it lags behind the caller. */
  async db(caller: ReadCaller): Promise<Db> {
    if (!this.replica) return this.primary.db;
    const wanted = caller.readAfter ? parseLsn(caller.readAfter) : null;
    if (wanted === null || (await this.replicaHas(wanted))) {
      this.served.replica++;
      return this.replica.db;
    }
    this.served.primary++;
    return this.primary.db;
  }

  /** The primary's WAL position now, handed to a caller that has just written; null without a replica. */
  async writePosition(): Promise<string | null> {
    if (!this.replica) return null;
    const r = await this.primary.rawQuery('SELECT pg_current_wal_lsn()::text AS lsn');
    return ((r.rows[0] as { lsn?: string } | undefined)?.lsn ?? null) || null;
  }

  private async replicaHas(wanted: bigint): Promise<boolean> {
    if (this.replayed >= wanted) return true;
    if (Date.now() - this.checkedAt < REPLAY_CHECK_MS && this.checkedAt > 0) return false;
    try {
      const r = await (this.replica as Database).rawQuery('SELECT pg_last_wal_replay_lsn()::text AS lsn');
      const lsn = parseLsn((r.rows[0] as { lsn?: string | null } | undefined)?.lsn ?? '');
      this.checkedAt = Date.now();
      if (lsn !== null && lsn > this.replayed) this.replayed = lsn;
    } catch {
      // An unreachable replica is no reason to fail a read the primary can answer.
      return false;
    }
    return this.replayed >= wanted;
  }
}
