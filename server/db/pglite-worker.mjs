// The embedded database on a thread of its own (VANPHONG_PGLITE_WORKER=1): PGlite's WASM engine runs
// here, the HTTP thread sends queries over the worker's port (pglite-remote.ts). Plain JavaScript so
// that it loads in a fresh worker without the TypeScript loader of the main thread (tsx, vitest).
//
// Transactions are PGlite's own: `begin` opens client.transaction() and keeps it open until `end`, so
// PGlite's transaction mutex holds every other query back until the commit or rollback, exactly as
// in-process. Notifications (LISTEN) are posted before the answer of the query that delivered them,
// and the port keeps the order, so the main thread sees a commit's notification before its answer.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const port = parentPort;
if (!port) throw new Error('pglite-worker.mjs runs only as a worker thread');

const identity = (v) => v;

/** The query options back from their wire form: the parsers Drizzle passes all return the raw text. */
function queryOptions(o) {
  if (!o) return undefined;
  const out = {};
  if (o.rowMode) out.rowMode = o.rowMode;
  if (o.paramTypes) out.paramTypes = o.paramTypes;
  if (o.rawTypes) {
    out.parsers = {};
    for (const t of o.rawTypes) out.parsers[t] = identity;
  }
  return out;
}

/** An error as plain data: PostgreSQL's fields (code, detail, constraint, …) travel with the message. */
function wireError(err) {
  if (!(err instanceof Error)) return { message: String(err) };
  const out = { message: err.message, name: err.name, stack: err.stack };
  for (const [k, v] of Object.entries(err)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
  }
  return out;
}

const ROLLBACK = Symbol('rollback');
/** Open transactions by id: PGlite's handle, and how to end the callback that holds it open. */
const txs = new Map();
let nextTx = 1;
let client;

function reply(id, result) {
  port.postMessage({ id, result });
}
function fail(id, err) {
  port.postMessage({ id, error: wireError(err) });
}

function handleOf(msg) {
  if (msg.tx === undefined) return client;
  const t = txs.get(msg.tx);
  if (!t) throw new Error(`transaction ${msg.tx} is not open`);
  return t.tx;
}

function begin(id) {
  const txId = nextTx++;
  const t = { tx: undefined, end: undefined, settled: undefined };
  const ended = new Promise((resolve, reject) => {
    t.end = { resolve, reject };
  });
  let started = false;
  t.settled = client.transaction(async (tx) => {
    started = true;
    t.tx = tx;
    txs.set(txId, t);
    reply(id, txId);
    await ended;
  });
  // A BEGIN that failed answers the begin; any later outcome is answered by `end`.
  t.settled.catch((err) => {
    if (!started) fail(id, err);
  });
}

async function endTx(id, msg) {
  const t = txs.get(msg.tx);
  if (!t) throw new Error(`transaction ${msg.tx} is not open`);
  if (msg.commit) t.end.resolve();
  else t.end.reject(ROLLBACK);
  try {
    await t.settled;
    reply(id, null);
  } catch (err) {
    if (err === ROLLBACK) reply(id, null);
    else fail(id, err);
  } finally {
    txs.delete(msg.tx);
  }
}

async function handle(msg) {
  const { id } = msg;
  try {
    switch (msg.op) {
      case 'query':
        reply(id, await handleOf(msg).query(msg.text, msg.params, queryOptions(msg.options)));
        return;
      case 'exec':
        reply(id, await handleOf(msg).exec(msg.text));
        return;
      case 'begin':
        begin(id);
        return;
      case 'end':
        await endTx(id, msg);
        return;
      case 'listen':
        await client.listen(msg.channel, (payload) => port.postMessage({ notify: msg.channel, payload }));
        reply(id, null);
        return;
      case 'close':
        if (!client.closed) await client.close();
        reply(id, null);
        return;
      default:
        throw new Error(`unknown operation ${msg.op}`);
    }
  } catch (err) {
    fail(id, err);
  }
}

try {
  client = await PGlite.create(workerData.dataDir, { extensions: { pg_trgm, unaccent, ltree } });
  await client.exec("SET TIME ZONE 'UTC'");
  port.on('message', (msg) => {
    void handle(msg);
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ initError: wireError(err) });
}
