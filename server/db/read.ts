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
/** How often the replica is probed in the background: its position, and whether it answers at all. */
const PROBE_MS = 1000;

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
  /** False after a probe failed: reads go to the primary until the replica answers again. */
  private healthy = true;
  private readonly probe: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;

  constructor(
    private readonly primary: Database,
    readonly replica: Database | undefined,
  ) {
    if (replica) {
      this.probe = setInterval(() => void this.check(), PROBE_MS);
      this.probe.unref();
    }
  }

  /** Stops the background probe (the databases are closed by their owner). */
  close(): void {
    if (this.probe) clearInterval(this.probe);
  }

  /** The handle for read-only work of this caller: the replica unless it lags behind the caller. */
  async db(caller: ReadCaller): Promise<Db> {
    if (!this.replica || !this.healthy) return this.primary.db;
    const wanted = caller.readAfter ? parseLsn(caller.readAfter) : null;
    return wanted === null || (await this.replicaHas(wanted)) ? this.replica.db : this.primary.db;
  }

  /** The primary's WAL position now, handed to a caller that has just written; null without a replica. */
  async writePosition(): Promise<string | null> {
    if (!this.replica) return null;
    const r = await this.primary.rawQuery('SELECT pg_current_wal_lsn()::text AS lsn');
    return ((r.rows[0] as { lsn?: string } | undefined)?.lsn ?? null) || null;
  }

  private async replicaHas(wanted: bigint): Promise<boolean> {
    if (this.replayed >= wanted) return true;
    if (Date.now() - this.checkedAt < REPLAY_CHECK_MS) return false;
    await this.check();
    return this.healthy && this.replayed >= wanted;
  }

  /** Asks the replica how far it has replayed; a replica that does not answer is set aside. */
  private async check(): Promise<void> {
    // One probe at a time: an unreachable host takes the connect timeout to fail.
    if (this.checking) return this.checking;
    this.checking = this.probeOnce().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async probeOnce(): Promise<void> {
    try {
      const r = await (this.replica as Database).rawQuery('SELECT pg_last_wal_replay_lsn()::text AS lsn');
      const lsn = parseLsn((r.rows[0] as { lsn?: string | null } | undefined)?.lsn ?? '');
      if (lsn !== null && lsn > this.replayed) this.replayed = lsn;
      this.healthy = true;
    } catch {
      // An unreachable replica is no reason to fail a read the primary can answer.
      this.healthy = false;
    }
    this.checkedAt = Date.now();
  }
}
