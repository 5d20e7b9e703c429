// What the services need from the running process. Created once by the server (or a test, or a CLI
// command) and passed down explicitly.
import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import type { Jobs } from './db/jobs.ts';
import type { ReadCaller, ReadRouter } from './db/read.ts';
import type { FileStore } from './files/store.ts';
import type { Logger } from './log.ts';
import type { AnchorWriter } from './modules/audit/service.ts';

export interface Deps {
  database: Database;
  config: Config;
  log: Logger;
  anchors: AnchorWriter;
  jobs: Jobs;
  files: FileStore;
  /** Where read-only work runs (a replica with DATABASE_READ_URL); absent means the primary. */
  reads?: ReadRouter | undefined;
}

/**
 * The handle for read-only work of a request (search, lists, reports, exports): the read replica
 * when one is configured and has replayed the caller's last write, the primary otherwise
 * (db/read.ts). Never write through it, and never use it for a read that decides a write.
 */
export function readDb(deps: Pick<Deps, 'database' | 'reads'>, caller: ReadCaller): Promise<Db> {
  return deps.reads ? deps.reads.db(caller) : Promise.resolve(deps.database.db);
}

/**
 * Runs fn in one transaction; after it commits, anchors the audit chain's new head outside the
 * database. Every multi-row write of a service goes through here.
 */
export async function transact<T>(deps: Deps, fn: (tx: Db) => Promise<T>): Promise<T> {
  const result = await deps.database.db.transaction(fn);
  await deps.anchors.touch(deps.database.db).catch((err) => deps.log.error({ err }, 'audit anchor failed'));
  return result;
}
