// Opening everything a process needs (database, migrations, audit anchors) in one place, for the
// server, the CLI commands and the tests alike.
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { Jobs } from './db/jobs.ts';
import { migrate } from './db/migrate.ts';
import { ReadRouter } from './db/read.ts';
import type { Deps } from './deps.ts';
import { LocalFileStore } from './files/store.ts';
import { registerIntegrations } from './integrations.ts';
import { defineJobs } from './jobs-registry.ts';
import { createLogger, type Logger } from './log.ts';
import { AnchorWriter } from './modules/audit/service.ts';

export interface Runtime extends Deps {
  close(): Promise<void>;
}

export async function openRuntime(
  config: Config,
  log: Logger,
  // template: the tests' migrated embedded database to start from (db/client.ts); migrations still run.
  opts: { inMemory?: boolean; migrate?: boolean; template?: Blob | undefined } = {},
): Promise<Runtime> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: opts.inMemory ? undefined : config.dataDir,
    poolSize: config.dbPoolSize,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    template: opts.template,
    pgliteWorker: config.pgliteWorker,
  });
  try {
    if (opts.migrate !== false) {
      const applied = await migrate(database);
      if (applied.length > 0) log.info({ applied }, 'migrations applied');
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  // A streaming replica for read-only work (db/read.ts); it is never migrated: it follows the primary.
  let replica: Database | undefined;
  try {
    replica = config.databaseReadUrl
      ? await openDatabase({
          databaseUrl: config.databaseReadUrl,
          poolSize: config.dbPoolSize,
          connectTimeoutMs: config.dbConnectTimeoutMs,
        })
      : undefined;
  } catch (err) {
    await database.close();
    throw err;
  }
  const deps = await openRuntimeOn(database, config, log);
  deps.reads = new ReadRouter(database, replica);
  const { anchors, jobs } = deps;
  return {
    ...deps,
    async close() {
      await jobs.stop().catch((err) => log.error({ err }, 'job queue stop failed'));
      await anchors.touch(database.db).catch(() => {});
      deps.reads?.close();
      await database.close();
      await replica?.close();
    },
  };
}

/** Everything but the database, on a database already open (restore, which opened it itself). */
export async function openRuntimeOn(
  database: Database,
  config: Config,
  log: Logger = createLogger('warn'),
): Promise<Deps> {
  const anchors = new AnchorWriter(config.dataDir, log);
  const jobs = new Jobs(database, log);
  // The local store is the default; S3-compatible object storage when VANPHONG_S3_BUCKET is set
  // (the SDK is loaded only then).
  const files = config.s3
    ? new (await import('./files/s3-store.ts')).S3FileStore(config.s3, config.dataDir)
    : new LocalFileStore(config.dataDir);
  const deps: Deps = { database, config, log, anchors, jobs, files };
  defineJobs(deps);
  registerIntegrations();
  return deps;
}
