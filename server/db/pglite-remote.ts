// PGlite on a worker thread, seen from the HTTP thread (VANPHONG_PGLITE_WORKER=1): the few methods of
// PGlite that client.ts and Drizzle's pglite driver call (query, exec, transaction, listen, close),
// each a message to pglite-worker.mjs and its answer. @electric-sql/pglite/worker is written for
// browsers (navigator.locks, BroadcastChannel, a Web Worker) and sends an error back as its message
// alone; the error map needs PostgreSQL's fields (code, constraint, …), which this one keeps.
import { Worker } from 'node:worker_threads';

interface QueryOptions {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
  paramTypes?: number[];
}

/** What PGlite answers a query (the fields Drizzle and pg-boss read). */
export interface RemoteResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

export interface RemoteTransaction {
  query(text: string, params?: unknown[], options?: QueryOptions): Promise<RemoteResults>;
  exec(text: string): Promise<RemoteResults[]>;
  readonly closed: boolean;
}

type Message =
  | { id: number; result?: unknown; error?: Record<string, unknown> }
  | { notify: string; payload: string }
  | { ready: true }
  | { initError: Record<string, unknown> };

/** The error as PGlite threw it in the worker: same message, same fields (code, detail, …). */
function fromWire(e: Record<string, unknown>): Error {
  const err = new Error(String(e.message ?? 'PGlite error'));
  const { message: _m, stack, ...fields } = e;
  Object.assign(err, fields);
  if (typeof stack === 'string') err.stack = stack;
  return err;
}

/**
 * The options on the wire: functions cannot cross threads, and the only parsers Drizzle passes keep
 * the database's text (timestamps, dates, intervals, numeric arrays), which the worker rebuilds.
 * Any other parser is refused rather than silently dropped.
 */
function toWire(o: QueryOptions | undefined): Record<string, unknown> | undefined {
  if (!o) return undefined;
  const out: Record<string, unknown> = {};
  if (o.rowMode) out.rowMode = o.rowMode;
  if (o.paramTypes) out.paramTypes = o.paramTypes;
  if (o.parsers) {
    const raw: number[] = [];
    for (const [oid, parse] of Object.entries(o.parsers)) {
      const probe = `probe-${oid}`;
      if (parse(probe, Number(oid)) !== probe)
        throw new Error(`PGlite worker: parser for type ${oid} is not the identity`);
      raw.push(Number(oid));
    }
    out.rawTypes = raw;
  }
  return out;
}

export class RemotePGlite {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly #listeners = new Map<string, Set<(payload: string) => void>>();
  #next = 1;
  #closed = false;
  #exited: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  /** Starts the worker and opens the database in it (`dataDir` undefined: in memory). */
  static async create(dataDir: string | undefined): Promise<RemotePGlite> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
    const remote = new RemotePGlite(worker);
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (m: Message) => {
        if ('ready' in m) resolve();
        else if ('initError' in m) reject(fromWire(m.initError));
        else remote.#receive(m);
      });
      worker.on('error', (err) => {
        remote.#fail(err);
        reject(err);
      });
      worker.on('exit', (code) => {
        const err = new Error(`PGlite worker exited (code ${code})`);
        remote.#fail(err);
        reject(err);
      });
    }).catch(async (err) => {
      await worker.terminate();
      throw err;
    });
    worker.unref(); // referenced only while a query is under way (#call)
    return remote;
  }

  get closed(): boolean {
    return this.#closed;
  }

  #receive(m: Message): void {
    if ('notify' in m) {
      for (const cb of this.#listeners.get(m.notify) ?? []) cb(m.payload);
      return;
    }
    if (!('id' in m)) return;
    const p = this.#pending.get(m.id);
    if (!p) return;
    this.#pending.delete(m.id);
    if (this.#pending.size === 0) this.#worker.unref();
    if (m.error) p.reject(fromWire(m.error));
    else p.resolve(m.result);
  }

  #fail(err: Error): void {
    this.#exited = err;
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }

  #call<T>(msg: Record<string, unknown>): Promise<T> {
    if (this.#exited) return Promise.reject(this.#exited);
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      // An open process must not end while it waits for the database (a CLI command, a test).
      if (this.#pending.size === 1) this.#worker.ref();
      this.#worker.postMessage({ ...msg, id });
    });
  }

  query(text: string, params?: unknown[], options?: QueryOptions): Promise<RemoteResults> {
    return this.#call({ op: 'query', text, params, options: toWire(options) });
  }

  exec(text: string): Promise<RemoteResults[]> {
    return this.#call({ op: 'exec', text });
  }

  /**
   * PGlite's transaction, held open in the worker until the callback ends: committed when it
   * returns, rolled back when it throws. No other query runs in between (PGlite's own mutex).
   */
  async transaction<T>(cb: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
    const txId = await this.#call<number>({ op: 'begin' });
    let ended = false;
    const tx: RemoteTransaction = {
      query: (text, params, options) =>
        this.#inTx({ op: 'query', tx: txId, text, params, options: toWire(options) }, ended),
      exec: (text) => this.#inTx({ op: 'exec', tx: txId, text }, ended),
      get closed() {
        return ended;
      },
    };
    let result: T;
    try {
      result = await cb(tx);
    } catch (err) {
      ended = true;
      await this.#call({ op: 'end', tx: txId, commit: false });
      throw err;
    }
    ended = true;
    await this.#call({ op: 'end', tx: txId, commit: true });
    return result;
  }

  #inTx<T>(msg: Record<string, unknown>, ended: boolean): Promise<T> {
    if (ended) return Promise.reject(new Error('Transaction is closed'));
    return this.#call(msg);
  }

  async listen(channel: string, cb: (payload: string) => void): Promise<void> {
    let set = this.#listeners.get(channel);
    if (!set) {
      set = new Set();
      this.#listeners.set(channel, set);
      await this.#call({ op: 'listen', channel });
    }
    set.add(cb);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      if (!this.#exited) await this.#call({ op: 'close' });
    } finally {
      await this.#worker.terminate();
    }
  }
}
