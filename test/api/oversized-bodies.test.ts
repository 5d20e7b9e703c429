// A body over the limit is answered 413 with the JSON error, never with a dropped connection: the
// real server over TCP, 200 requests of 1–10× the limit (JSON, with a declared length or chunked;
// multipart uploads), with and without an account, several at once.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http/listen.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const JSON_LIMIT = 2 * 1024 * 1024; // server/app.ts
const UPLOAD_MB = 1;
const UPLOAD_LIMIT = UPLOAD_MB * 1024 * 1024;

let t: TestApp;
let server: Server;
let port: number;
let token: string;

beforeAll(async () => {
  t = await startTestApp({ config: { maxUploadMb: UPLOAD_MB } });
  token = (await t.admin.post('/api/auth/tokens', { name: 'quá lớn' })).body.token;
  server = createHttpServer(t.app.fetch);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await t?.close();
});

interface Outcome {
  status?: number;
  body?: string;
  error?: string;
}

const CHUNK = randomBytes(64 * 1024);

/** Sends `size` bytes of body (a JSON string or a multipart file) the way a client would. */
function send(
  agent: Agent,
  opts: {
    method: string;
    path: string;
    size: number;
    kind: 'json' | 'chunked' | 'multipart' | 'malformed';
    auth: boolean;
  },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const boundary = `----vanphong${randomBytes(8).toString('hex')}`;
    const head =
      opts.kind === 'malformed'
        ? Buffer.from(`--${boundary}\r\nX-Lon: ${'a'.repeat(64 * 1024)}\r\n\r\n`)
        : opts.kind === 'multipart'
          ? Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.xlsx"\r\n` +
                'Content-Type: application/octet-stream\r\n\r\n',
            )
          : Buffer.from('{"x":"');
    const tail =
      opts.kind === 'multipart' || opts.kind === 'malformed'
        ? Buffer.from(`\r\n--${boundary}--\r\n`)
        : Buffer.from('"}');
    const fill = Math.max(0, opts.size - head.length - tail.length);
    const headers: Record<string, string | number> = {
      'content-type':
        opts.kind === 'multipart' || opts.kind === 'malformed'
          ? `multipart/form-data; boundary=${boundary}`
          : 'application/json',
    };
    if (opts.kind !== 'chunked') headers['content-length'] = head.length + fill + tail.length;
    if (opts.auth) headers.authorization = `Bearer ${token}`;
    const out: Outcome = {};
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      resolve(out);
    };
    const req = request(
      { host: '127.0.0.1', port, method: opts.method, path: opts.path, headers, agent },
      (res) => {
        out.status = res.statusCode;
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => {
          out.body = Buffer.concat(parts).toString('utf8');
          // Let the request finish writing (or fail) before judging.
          if (req.writableFinished) done();
          else req.once('finish', done);
        });
        res.on('error', (err: NodeJS.ErrnoException) => {
          out.error ??= err.code ?? err.message;
          done();
        });
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      out.error ??= err.code ?? err.message;
      done();
    });
    // A connection left hanging is a failure too (and must not hold the suite for minutes).
    const timer = setTimeout(() => {
      if (settled) return;
      out.error ??= 'TIMEOUT';
      req.destroy();
      done();
    }, 30_000);
    req.once('close', () => clearTimeout(timer));
    let left = fill;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, CHUNK.length);
        left -= n;
        if (!req.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end(tail);
    };
    req.write(head);
    pump();
  });
}

describe('bodies over the limit', () => {
  it('are always answered 413 with the error body, never with a reset connection', async () => {
    const adminId = (await t.admin.get('/api/auth/me')).body.user.id as number;
    const json = [
      { method: 'POST', path: `/api/users/${adminId}/totp/reset` },
      { method: 'POST', path: '/api/audit/verify' },
      { method: 'PATCH', path: `/api/orgs/${t.rootId}` },
      { method: 'POST', path: '/api/auth/login' },
    ];
    const multipart = [
      { method: 'POST', path: '/api/members/import' },
      { method: 'POST', path: '/api/documents/1/files' },
    ];
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const jobs: (() => Promise<Outcome & { what: string }>)[] = [];
    for (let i = 0; i < 200; i++) {
      const auth = i % 2 === 0;
      const factor = 1 + ((i * 7919) % 1000) / 111; // 1 … 10
      if (i % 3 === 2) {
        const route = multipart[i % multipart.length] as (typeof multipart)[number];
        const size = Math.ceil(UPLOAD_LIMIT * factor) + 70 * 1024;
        jobs.push(async () => ({
          what: `${route.method} ${route.path} multipart ${size} auth=${auth}`,
          ...(await send(agent, { ...route, size, kind: 'multipart', auth })),
        }));
      } else {
        const route = json[i % json.length] as (typeof json)[number];
        const size = Math.ceil(JSON_LIMIT * factor) + 1;
        const kind = i % 5 === 0 ? 'chunked' : 'json';
        jobs.push(async () => ({
          what: `${route.method} ${route.path} ${kind} ${size} auth=${auth}`,
          ...(await send(agent, { ...route, size, kind, auth })),
        }));
      }
    }
    const results: (Outcome & { what: string })[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++] as (typeof jobs)[number];
          results.push(await job());
        }
      }),
    );
    agent.destroy();
    const failed = results.filter((r) => {
      if (r.error || r.status !== 413) return true;
      const body = JSON.parse(r.body ?? '{}') as { error?: { code?: string; message?: string } };
      return !/too_large$/.test(body.error?.code ?? '') || !body.error?.message;
    });
    expect(results).toHaveLength(200);
    expect(failed.map((r) => `${r.what}: ${r.error ?? r.status} ${r.body?.slice(0, 120) ?? ''}`)).toEqual([]);
  }, 300_000);

  it('an upload refused half-way is answered too, and the rest of its body is read after the answer', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        send(agent, {
          method: 'POST',
          path: '/api/members/import',
          size: Math.ceil(UPLOAD_LIMIT * (0.5 + (i % 5) / 10)),
          kind: 'malformed',
          auth: true,
        }),
      ),
    );
    agent.destroy();
    const failed = results.filter((r) => r.error || r.status !== 400 || !JSON.parse(r.body ?? '{}').error);
    expect(failed).toEqual([]);
  }, 120_000);
});
