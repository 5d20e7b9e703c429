// Background work through pg-boss, the PostgreSQL job queue, on both backends (its `db` adapter
// runs its SQL through our connection, PGlite included). Jobs are enqueued inside the transaction
// that makes them necessary, so a committed change never loses its job and a rolled-back one never
// runs it. Modules define their queues; the server starts the workers; tests drain queues in-line.
import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Logger } from '../log.ts';
import type { Database, Db } from './client.ts';

export interface JobContext {
  id: string;
  retryCount: number;
}
export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

interface Definition {
  // biome-ignore lint/suspicious/noExplicitAny: each queue has its own payload type
  handler: JobHandler<any>;
  retryLimit: number;
  expireInSeconds: number;
  cron?: string;
}

/** pg-boss's "$1, $2 …" SQL as a Drizzle query, so it can run on a transaction handle. */
function toDrizzle(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) chunks.push(sql.raw(parts[i] as string));
    else {
      // pg-boss leaves unset options undefined; Drizzle would drop an undefined parameter entirely.
      const v = values[Number(parts[i]) - 1];
      chunks.push(sql`${v === undefined ? null : v}`);
    }
  }
  return sql.join(chunks, sql``);
}

function txAdapter(tx: Db): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const res = (await tx.execute(toDrizzle(text, values ?? []))) as unknown as { rows: unknown[] };
      return { rows: res.rows };
    },
  };
}

export class Jobs {
  private boss: PgBoss | undefined;
  private readonly defs = new Map<string, Definition>();
  private workers = false;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
  ) {}

  define<T>(
    queue: string,
    handler: JobHandler<T>,
    opts: { retryLimit?: number; expireInSeconds?: number; cron?: string } = {},
  ) {
    this.defs.set(queue, {
      handler,
      retryLimit: opts.retryLimit ?? 3,
      expireInSeconds: opts.expireInSeconds ?? 15 * 60,
      ...(opts.cron ? { cron: opts.cron } : {}),
    });
  }

  get started(): boolean {
    return this.boss !== undefined;
  }

  /** Creates pg-boss's schema and the queues; with `workers`, polls and runs jobs in this process. */
  async start(opts: { workers: boolean }): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      db: {
        executeSql: (text, values) => this.database.rawQuery(text, values) as Promise<{ rows: unknown[] }>,
      },
      schema: 'pgboss',
      supervise: opts.workers,
      schedule: opts.workers,
      migrate: true,
    } as PgBoss.ConstructorOptions);
    boss.on('error', (err) => this.log.error({ err }, 'job queue error'));
    await boss.start();
    for (const [queue, def] of this.defs) {
      await boss.createQueue(queue, {
        name: queue,
        retryLimit: def.retryLimit,
        expireInSeconds: def.expireInSeconds,
      });
    }
    this.boss = boss;
    if (opts.workers) {
      this.workers = true;
      for (const [queue, def] of this.defs) {
        await boss.work(queue, { pollingIntervalSeconds: 2, batchSize: 1 }, async (jobs) => {
          for (const job of jobs) await this.run(queue, def, job as PgBoss.Job<unknown>, 0);
        });
        if (def.cron) await boss.schedule(queue, def.cron, {}, { tz: 'Asia/Ho_Chi_Minh' });
      }
    }
  }

  private async run(queue: string, def: Definition, job: PgBoss.Job<unknown>, retryCount: number) {
    const started = Date.now();
    try {
      await def.handler(job.data, { id: job.id, retryCount });
      this.log.info({ queue, jobId: job.id, ms: Date.now() - started }, 'job done');
    } catch (err) {
      this.log.warn({ queue, jobId: job.id, err: String(err) }, 'job failed');
      throw err;
    }
  }

  /** Enqueues a job; pass the transaction so the job exists exactly when the change commits. */
  async send<T extends object>(
    queue: string,
    data: T,
    opts: { tx?: Db; singletonKey?: string; startAfter?: Date } = {},
  ) {
    const boss = this.required();
    if (!this.defs.has(queue)) throw new Error(`unknown job queue ${queue}`);
    const options: PgBoss.SendOptions = {};
    if (opts.tx) options.db = txAdapter(opts.tx);
    if (opts.singletonKey) options.singletonKey = opts.singletonKey;
    if (opts.startAfter) options.startAfter = opts.startAfter;
    return boss.send(queue, data, options);
  }

  /**
   * Runs every job waiting in a queue now, in this process (the CLI and the tests use it; the server
   * has its workers). Returns how many ran; failures are retried by pg-boss later.
   */
  async drain(queue: string): Promise<number> {
    const boss = this.required();
    const def = this.defs.get(queue);
    if (!def) throw new Error(`unknown job queue ${queue}`);
    let ran = 0;
    for (;;) {
      const jobs = (await boss.fetch(queue, {
        batchSize: 5,
        includeMetadata: true,
      })) as PgBoss.JobWithMetadata<unknown>[];
      if (!jobs || jobs.length === 0) return ran;
      for (const job of jobs) {
        try {
          await this.run(queue, def, job, job.retryCount);
          await boss.complete(queue, job.id);
        } catch (err) {
          await boss.fail(queue, job.id, { message: String(err) });
        }
        ran++;
      }
    }
  }

  /**
   * Jobs left active by a process that died (kill -9, power cut) would wait for their expiry before
   * pg-boss retries them. At start they are failed now, so that they are retried at once. Our jobs
   * are idempotent, so if another app server was in fact still running one, it merely runs twice.
   */
  async retryInterrupted(startedBefore: Date): Promise<number> {
    const boss = this.required();
    const queues = [...this.defs.keys()];
    const left = (await this.database.rawQuery(
      `SELECT id, name FROM pgboss.job WHERE state = 'active' AND name = ANY($1::text[]) AND started_on < $2`,
      [queues, startedBefore.toISOString()],
    )) as { rows: { id: string; name: string }[] };
    for (const job of left.rows)
      await boss.fail(job.name, job.id, { message: 'bị gián đoạn khi máy chủ dừng đột ngột' });
    return left.rows.length;
  }

  /** Jobs not finished (to carry in a backup): their queue and data. */
  static async pendingIn(db: Db): Promise<{ name: string; data: unknown }[]> {
    const exists = (await db.execute(sql`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`)) as unknown as {
      rows: { ok: boolean }[];
    };
    if (!exists.rows[0]?.ok) return [];
    const res = (await db.execute(
      sql`SELECT name, data FROM pgboss.job WHERE state IN ('created', 'retry', 'active') ORDER BY created_on`,
    )) as unknown as { rows: { name: string; data: unknown }[] };
    return res.rows;
  }

  /** Queues jobs again (a restore): each to a queue this process defines. */
  async insert(list: { name: string; data: unknown }[]): Promise<number> {
    const boss = this.required();
    const known = list.filter((j) => this.defs.has(j.name));
    if (known.length) await boss.insert(known.map((j) => ({ name: j.name, data: (j.data ?? {}) as object })));
    return known.length;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = undefined;
    await boss.stop({ graceful: this.workers, wait: true, timeout: 10_000 });
  }

  private required(): PgBoss {
    if (!this.boss) throw new Error('job queue not started');
    return this.boss;
  }
}
