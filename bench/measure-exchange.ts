// Measurement: the exchange between two installations (docs/exchange.md). Two runtimes on their own
// databases, each listening on a port, know each other (codes, addresses, public keys). N edXML
// packages — distinct documents, no attachment (a file's text extraction is the documents area's
// figure) — are put in A's outbox while B is down; B comes back and A's outbox is sent through HTTP
// (signed, verified, each registered with its số đến at B); B's N «received» status messages go back
// to A the same way. Reported: packages per second each way, and none lost or doubled — counted in
// both databases, not trusted from the sender.
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { buildEnvelope } from '../domain/exchange/edxml.ts';
import { documentKey } from '../domain/exchange/labels.ts';
import { createApp } from '../server/app.ts';
import { systemCtx } from '../server/auth/actor.ts';
import { bootstrap } from '../server/bootstrap.ts';
import { loadConfig } from '../server/config.ts';
import { createHttpServer } from '../server/http/listen.ts';
import { createLogger } from '../server/log.ts';
import { enqueueInTx } from '../server/modules/exchange/outbox/queue.ts';
import { deliverDue } from '../server/modules/exchange/outbox/service.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';

export interface ExchangeResult {
  packages: number;
  /** A → B: documents, registered at B. */
  seconds: number;
  perSecond: number;
  /** B → A: the «received» status messages. */
  statusSeconds: number;
  statusPerSecond: number;
  lost: number;
  doubled: number;
  statusesLost: number;
}

const PASSWORD = 'mat-khau-lien-thong-bench';

interface Side {
  rt: Runtime;
  app: ReturnType<typeof createApp>;
  server: Server;
  url: string;
  code: string;
  cookie: string;
  csrf: string;
  drop: () => Promise<void>;
}

async function call(s: Side, method: string, url: string, body?: unknown) {
  const res = await s.app.request(url, {
    method,
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json as Record<string, unknown>;
}

async function openSide(
  backend: 'embedded' | 'postgres',
  adminUrl: string | undefined,
  work: string,
  code: string,
): Promise<Side> {
  const dataDir = path.join(work, `exchange-${code}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  let databaseUrl: string | undefined;
  const name = `vanphong_bench_exchange_${code.replace(/\W/g, '_').toLowerCase()}_${process.pid}`;
  if (backend === 'postgres') {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name}`);
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const u = new URL(adminUrl as string);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
  }
  const config = { ...loadConfig({}), databaseUrl, dataDir, adminPassword: PASSWORD };
  const rt = await openRuntime(config, createLogger('silent'), { inMemory: backend === 'embedded' });
  await bootstrap(rt);
  await rt.jobs.start({ workers: false });
  const app = createApp(rt);
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = /vp_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const server = createHttpServer(app.fetch as never);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const side: Side = {
    rt,
    app,
    server,
    url,
    code,
    cookie,
    csrf,
    drop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rt.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (backend === 'postgres') {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      }
    },
  };
  const tree = (await call(side, 'GET', '/api/orgs/tree')) as unknown as { id: number }[];
  await call(side, 'PUT', `/api/exchange/units/${tree[0]?.id}/code`, { code });
  return side;
}

async function count(s: Side, query: string): Promise<number> {
  const r = (await s.rt.database.rawQuery(query, [])) as { rows: { n: number | string }[] };
  return Number(r.rows[0]?.n ?? 0);
}

/** Sends everything due, as the job worker would, until the outbox is empty. */
async function drainOutbox(s: Side): Promise<number> {
  const ctx = systemCtx('bench:exchange');
  let sent = 0;
  for (;;) {
    const n = await deliverDue(s.rt, ctx, new Date(Date.now() + 86_400_000));
    sent += n;
    if (n === 0) return sent;
  }
}

export async function measureExchange(
  backend: 'embedded' | 'postgres',
  n: number,
  work: string,
  adminUrl: string | undefined,
  log: (s: string) => void,
): Promise<ExchangeResult> {
  const a = await openSide(backend, adminUrl, work, '000.00.00.A01');
  const b = await openSide(backend, adminUrl, work, '000.00.00.B02');
  try {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const { publicKey } = (await call(y, 'GET', '/api/exchange/identity')) as { publicKey: string };
      await call(x, 'POST', '/api/exchange/peers', { name: y.code, url: y.url, codes: [y.code], publicKey });
    }
    const peer = (await call(a, 'GET', '/api/exchange/peers')) as { items: { id: number }[] };
    const peerId = peer.items[0]?.id as number;
    log(`exchange: queueing ${n} packages at A while B is down`);
    b.server.closeAllConnections();
    await new Promise<void>((resolve) => b.server.close(() => resolve()));
    const date = '2026-10-30';
    for (let start = 0; start < n; start += 500) {
      await a.rt.database.db.transaction(async (tx) => {
        for (let i = start; i < Math.min(n, start + 500); i++) {
          const symbol = `${i + 1}-CV/TU`;
          const key = documentKey(a.code, date, symbol);
          const pkg = buildEnvelope({
            from: { organId: a.code, organName: 'Thành ủy A' },
            to: [{ organId: b.code, organName: 'Thành ủy B' }],
            documentId: key,
            codeNumber: String(i + 1),
            codeNotation: 'CV/TU',
            place: 'Hà Nội',
            promulgationDate: date,
            typeName: 'Công văn',
            subject: `về việc thử liên thông số ${i + 1}`,
            content: '',
            signer: { competence: 'T/L', position: 'Chánh Văn phòng', fullName: 'Nguyễn Văn Bình' },
            dueDate: null,
            toPlaces: ['Thành ủy B'],
            priority: 0,
            sphere: '',
            pageAmount: 1,
            steeringType: 0,
            responseFor: null,
            trace: [{ organId: a.code, timestamp: new Date().toISOString() }],
            kind: 'new',
            reason: '',
            attachments: [],
          });
          await enqueueInTx(tx, a.rt, {
            kind: 'new',
            documentId: null,
            documentKey: key,
            fromCode: a.code,
            toCode: b.code,
            peerId,
            package: pkg,
            createdBy: null,
          });
        }
      });
    }
    // One try while B is down: refused, nothing lost, the queue waits.
    await deliverDue(a.rt, systemCtx('bench:exchange'));
    const addr = new URL(b.url);
    await new Promise<void>((resolve) => b.server.listen(Number(addr.port), '127.0.0.1', resolve));
    log('exchange: B is back; sending A → B');
    let t0 = performance.now();
    await drainOutbox(a);
    const seconds = (performance.now() - t0) / 1000;
    log(`exchange: ${n} packages in ${seconds.toFixed(1)} s; sending the status messages B → A`);
    t0 = performance.now();
    await drainOutbox(b);
    const statusSeconds = (performance.now() - t0) / 1000;
    const received = await count(
      b,
      `SELECT count(DISTINCT document_key) AS n FROM exchange_messages WHERE direction = 'in' AND kind = 'new'`,
    );
    const registered = await count(b, `SELECT count(*) AS n FROM documents WHERE direction = 'in'`);
    const statuses = await count(
      a,
      `SELECT count(DISTINCT answers_id) AS n FROM exchange_messages WHERE direction = 'in' AND kind = 'status'`,
    );
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      packages: n,
      seconds: round(seconds),
      perSecond: round(n / Math.max(seconds, 0.001)),
      statusSeconds: round(statusSeconds),
      statusPerSecond: round(n / Math.max(statusSeconds, 0.001)),
      lost: n - received,
      doubled: registered - received,
      statusesLost: n - statuses,
    };
  } finally {
    await a.drop().catch((e) => log(`exchange cleanup: ${e}`));
    await b.drop().catch((e) => log(`exchange cleanup: ${e}`));
  }
}
