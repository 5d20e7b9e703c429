// Factories for the exchange tests: an issued document with a PDF, and a side of the exchange — an
// app on its own database listening on a real port, its root unit carrying an agency code — that
// can be stopped and started again on the same port.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemCtx } from '../../server/auth/actor.ts';
import { createHttpServer } from '../../server/http/listen.ts';
import { DELIVER_QUEUE } from '../../server/modules/exchange/outbox/queue.ts';
import { deliverDue } from '../../server/modules/exchange/outbox/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { outgoing, upload } from '../helpers/docs.ts';

export const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

export async function issued(
  c: Client,
  orgId: number,
  extra: Record<string, unknown> = {},
  recipients?: { orgIds: number[]; external: string[] },
) {
  const doc = await outgoing(c, orgId, {
    typeCode: 'CV',
    summary: 'về việc triển khai liên thông văn bản điện tử',
    content: 'Đề nghị các đơn vị triển khai.',
    pages: 2,
    deadline: '2026-12-31',
    signAuthority: 'T/M',
    signerTitle: 'Bí thư',
    place: 'Hà Nội',
    ...extra,
  });
  if (recipients) {
    const r = await c.post(`/api/documents/${doc.id}/recipients`, recipients);
    if (r.status !== 200) throw new Error(`recipients failed: ${JSON.stringify(r.body)}`);
  }
  const up = await upload(c, doc.id, 'cong-van.pdf', PDF, 'application/pdf');
  if (up.status !== 201) throw new Error(`upload failed: ${JSON.stringify(up.body)}`);
  const res = await c.post(`/api/documents/${doc.id}/issue`);
  if (res.status !== 200) throw new Error(`issue failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number; symbol: string; issuedOn: string };
}

export interface Side {
  t: TestApp;
  clerk: Client;
  code: string;
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs this side's due deliveries now (the job worker's work), as if `aheadSeconds` had passed. */
  deliver(aheadSeconds?: number): Promise<number>;
  close(): Promise<void>;
}

export async function side(code: string): Promise<Side> {
  const t = await startTestApp();
  const clerk = await t.as('clerk', t.rootId, 0);
  const set = await t.admin.put(`/api/exchange/units/${t.rootId}/code`, { code });
  if (set.status !== 200) throw new Error(`code failed: ${JSON.stringify(set.body)}`);
  let server: Server | undefined;
  let port = 0;
  const s: Side = {
    t,
    clerk,
    code,
    url: '',
    async start() {
      server = createHttpServer(t.app.fetch as never);
      await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
      s.url = `http://127.0.0.1:${port}`;
    },
    async stop() {
      const running = server;
      server = undefined;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    async deliver(aheadSeconds = 0) {
      await t.rt.jobs.drain(DELIVER_QUEUE);
      return deliverDue(t.rt, systemCtx('test'), new Date(Date.now() + aheadSeconds * 1000));
    },
    async close() {
      await s.stop();
      await t.close();
    },
  };
  await s.start();
  return s;
}

/** Two sides that know each other: each registers the other's address, code and public key. */
export async function pair(a: Side, b: Side): Promise<void> {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const key = await y.t.admin.get('/api/exchange/identity');
    const res = await x.t.admin.post('/api/exchange/peers', {
      name: `Hệ thống ${y.code}`,
      url: y.url,
      codes: [y.code],
      publicKey: key.body.publicKey,
    });
    if (res.status !== 201) throw new Error(`peer failed: ${JSON.stringify(res.body)}`);
  }
}
