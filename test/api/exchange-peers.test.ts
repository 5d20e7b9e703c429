// Two installations, each on its own database and listening on its own port, exchange documents in
// both directions over HTTP: signed packages, status messages back to the sender, a revocation, the
// receiving side stopped for a while (the outbox retries; nothing is lost), a package delivered twice
// (registered once), and forged or unknown senders refused.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatus } from '../../domain/exchange/edxml.ts';
import { rows } from '../../server/db/sql.ts';
import { keyPair } from '../../server/modules/exchange/service.ts';
import { signPackage } from '../../server/modules/exchange/signature.ts';
import type { Client } from '../helpers/app.ts';
import { issued, pair, type Side, side } from './exchange-fixtures.ts';

let a: Side;
let b: Side;

beforeAll(async () => {
  [a, b] = await Promise.all([side('000.00.00.A01'), side('000.00.00.B02')]);
  await pair(a, b);
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

async function incomingOf(c: Client): Promise<{ id: number; symbol: string; summary: string }[]> {
  return (await c.get('/api/documents?direction=in&limit=100')).body.items;
}

async function panel(c: Client, id: number) {
  const res = await c.get(`/api/documents/${id}/exchange`);
  expect(res.status).toBe(200);
  return res.body as {
    items: {
      direction: string;
      kind: string;
      status: string | null;
      reason: string | null;
      state: string;
      attempts: number;
      lastError: string | null;
    }[];
    revoked: boolean;
    can: { send: boolean; report: boolean };
  };
}

function send(from: Side, id: number, body: Record<string, unknown>) {
  return from.clerk.post(`/api/documents/${id}/exchange`, body);
}

describe('two installations', () => {
  let docA: { id: number; symbol: string };
  let receivedB: number;

  it('A sends an issued document; B registers it with its file; B’s «received» reaches A', async () => {
    docA = await issued(a.clerk, a.t.rootId, { summary: 'về việc gửi số liệu quý IV' });
    expect((await panel(a.clerk, docA.id)).can.send).toBe(true);
    const res = await send(a, docA.id, { to: [b.code] });
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({
      direction: 'out',
      kind: 'new',
      state: 'pending',
      toCode: b.code,
    });
    await a.deliver();
    const sent = await panel(a.clerk, docA.id);
    expect(sent.items[0]).toMatchObject({ state: 'delivered', attempts: 1 });
    const got = (await incomingOf(b.clerk)).filter((d) => d.symbol === docA.symbol);
    expect(got).toHaveLength(1);
    receivedB = (got[0] as { id: number }).id;
    const detail = await b.clerk.get(`/api/documents/${receivedB}`);
    expect(detail.body).toMatchObject({
      orgId: b.t.rootId,
      summary: 'về việc gửi số liệu quý IV',
      status: 'new',
    });
    expect(detail.body.incomingNumber).toBe(1);
    expect(detail.body.files[0]).toMatchObject({ extraction: 'done' });
    expect((await panel(b.clerk, receivedB)).can.report).toBe(true);
    await b.deliver();
    const statuses = (await panel(a.clerk, docA.id)).items.filter((m) => m.kind === 'status');
    expect(statuses).toMatchObject([{ direction: 'in', status: 'received' }]);
  });

  it('B reports accepted, processing, done; a rejection needs a reason', async () => {
    const noReason = await b.clerk.post(`/api/documents/${receivedB}/exchange/status`, {
      status: 'rejected',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.message).toMatch(/lý do/);
    const bad = await b.clerk.post(`/api/documents/${receivedB}/exchange/status`, { status: 'received' });
    expect(bad.status).toBe(400);
    for (const status of ['accepted', 'processing', 'done']) {
      expect((await b.clerk.post(`/api/documents/${receivedB}/exchange/status`, { status })).status).toBe(
        201,
      );
    }
    const specialist = await b.t.as('specialist', b.t.rootId);
    expect(
      (await specialist.post(`/api/documents/${receivedB}/exchange/status`, { status: 'done' })).status,
    ).toBe(403);
    await b.deliver();
    const statuses = (await panel(a.clerk, docA.id)).items
      .filter((m) => m.kind === 'status')
      .map((m) => m.status);
    expect(statuses).toEqual(['received', 'accepted', 'processing', 'done']);
  });

  it('B sends to A too; A rejects it with a reason, which B sees', async () => {
    const docB = await issued(b.clerk, b.t.rootId, { typeCode: 'BC', summary: 'Báo cáo kết quả quý IV' });
    expect((await send(b, docB.id, { to: [a.code] })).status).toBe(201);
    await b.deliver();
    const got = (await incomingOf(a.clerk)).filter((d) => d.symbol === docB.symbol);
    expect(got).toHaveLength(1);
    const rid = (got[0] as { id: number }).id;
    expect((await a.clerk.get(`/api/documents/${rid}`)).body.typeCode).toBe('BC');
    const rej = await a.clerk.post(`/api/documents/${rid}/exchange/status`, {
      status: 'rejected',
      reason: 'Gửi nhầm nơi nhận',
    });
    expect(rej.status).toBe(201);
    await a.deliver();
    const statuses = (await panel(b.clerk, docB.id)).items.filter((m) => m.kind === 'status');
    expect(statuses.map((s) => [s.status, s.reason])).toEqual([
      ['received', null],
      ['rejected', 'Gửi nhầm nơi nhận'],
    ]);
  });

  it('with B stopped, A’s packages wait and are retried; once B is back each arrives exactly once', async () => {
    await b.stop();
    const docs: { id: number; symbol: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await issued(a.clerk, a.t.rootId, { summary: `Công văn trong lúc mất kết nối ${i}` });
      expect((await send(a, d.id, { to: [b.code] })).status).toBe(201);
      docs.push(d);
    }
    await a.deliver();
    const waiting = async () => Promise.all(docs.map(async (d) => (await panel(a.clerk, d.id)).items[0]));
    const [head, ...behind] = await waiting();
    expect(head).toMatchObject({ state: 'pending', attempts: 1 });
    expect(head?.lastError).toBeTruthy();
    // The later ones wait behind the first, in order.
    for (const m of behind) expect(m).toMatchObject({ state: 'pending', attempts: 0 });
    // A later try, still down: the delay grows, nothing is given up.
    expect(await a.deliver(30)).toBe(0);
    expect((await waiting())[0]).toMatchObject({ state: 'pending', attempts: 2 });
    await b.start();
    expect(await a.deliver(3600)).toBe(3);
    expect((await waiting()).map((m) => [m?.state, m?.attempts])).toEqual([
      ['delivered', 3],
      ['delivered', 1],
      ['delivered', 1],
    ]);
    // The jobs still scheduled for the later tries find nothing left to do.
    expect(await a.deliver(7200)).toBe(0);
    const symbols = (await incomingOf(b.clerk)).map((d) => d.symbol);
    for (const d of docs) expect(symbols.filter((s) => s === d.symbol)).toHaveLength(1);
  });

  it('a package delivered twice is registered once; a forged or unknown sender is refused', async () => {
    const d = await issued(a.clerk, a.t.rootId, { summary: 'Công văn gửi hai lần' });
    await send(a, d.id, { to: [b.code] });
    await a.deliver();
    const row = (await a.t.admin.get('/api/exchange/journal?limit=5')).body.items.find(
      (m: { documentId: number; kind: string }) => m.documentId === d.id && m.kind === 'new',
    );
    const xml = (
      await rows<{ package: string }>(
        a.t.rt.database.db,
        sql`SELECT package FROM exchange_messages WHERE id = ${row.id}`,
      )
    )[0]?.package as string;
    const before = (await incomingOf(b.clerk)).length;
    const post = (messageId: string, body: string, signature: string) => {
      const form = new FormData();
      form.append('file', new Blob([body], { type: 'application/xml' }), 'goi-tin.xml');
      return fetch(`${b.url}/api/exchange/inbox`, {
        method: 'POST',
        headers: { 'x-edxml-message-id': messageId, 'x-edxml-signature': signature },
        body: form,
      });
    };
    // The same message id again (as after a crash between the answer and the commit): seen before.
    const { privateKey } = await keyPair(a.t.rt.database.db);
    const again = await post(row.messageId, xml, signPackage(privateKey, row.messageId, xml));
    expect(again.status).toBe(201);
    expect((await again.json()).duplicate).toBe(true);
    expect((await incomingOf(b.clerk)).length).toBe(before);
    // A package whose signature does not match.
    const forged = await post('tin-gia-mao-0001', xml, signPackage(privateKey, 'khac-0000001', xml));
    expect(forged.status).toBe(403);
    expect((await forged.json()).error.code).toBe('bad_signature');
    const tampered = await post(
      'tin-sua-doi-0001',
      xml.replace('Công văn gửi hai lần', 'Nội dung bị sửa'),
      signPackage(privateKey, 'tin-sua-doi-0001', xml),
    );
    expect(tampered.status).toBe(403);
    // A sender no peer serves.
    const stranger = buildStatus({
      from: { organId: '999.99.99.Z99', organName: 'Lạ' },
      to: { organId: b.code, organName: 'B' },
      documentId: 'x,2026-01-01,1-CV/X',
      code: '1-CV/X',
      promulgationDate: '2026-01-01',
      status: 'done',
      description: '',
      timestamp: new Date().toISOString(),
    });
    const unknown = await post('tin-la-000001', stranger, signPackage(privateKey, 'tin-la-000001', stranger));
    expect(unknown.status).toBe(403);
    expect((await unknown.json()).error.code).toBe('unknown_peer');
    const noId = await post('', xml, 'x');
    expect(noId.status).toBe(400);
    const unsigned = await post('tin-khong-ky-0001', xml, '');
    expect(unsigned.status).toBe(403);
    expect((await incomingOf(b.clerk)).length).toBe(before);
  });

  it('an update is noted on B’s document; a replacement is registered and named on the one it replaces', async () => {
    const first = await issued(a.clerk, a.t.rootId, { summary: 'Kế hoạch tổ chức hội nghị', typeCode: 'KH' });
    await send(a, first.id, { to: [b.code] });
    await a.deliver();
    const got = (await incomingOf(b.clerk)).find((d) => d.symbol === first.symbol) as { id: number };
    expect(
      (await send(a, first.id, { to: [b.code], kind: 'update', reason: 'Đổi hạn báo cáo' })).status,
    ).toBe(201);
    await a.deliver();
    const events = (await b.clerk.get(`/api/documents/${got.id}`)).body.events as {
      kind: string;
      note: string;
    }[];
    expect(events.at(-1)).toMatchObject({ kind: 'updated' });
    expect(events.at(-1)?.note).toContain('Đổi hạn báo cáo');
    const second = await issued(a.clerk, a.t.rootId, {
      summary: 'Kế hoạch tổ chức hội nghị (thay thế)',
      typeCode: 'KH',
    });
    const noTarget = await send(a, second.id, { to: [b.code], kind: 'replacement', reason: 'Sai địa điểm' });
    expect(noTarget.status).toBe(422);
    const res = await send(a, second.id, {
      to: [b.code],
      kind: 'replacement',
      reason: 'Sai địa điểm',
      replacesDocumentId: first.id,
    });
    expect(res.status).toBe(201);
    await a.deliver();
    const replacing = (await incomingOf(b.clerk)).filter((d) => d.symbol === second.symbol);
    expect(replacing).toHaveLength(1);
    const old = (await b.clerk.get(`/api/documents/${got.id}`)).body.events as {
      kind: string;
      note: string;
    }[];
    expect(old.at(-1)).toMatchObject({ kind: 'replaced' });
    expect(old.at(-1)?.note).toContain(second.symbol);
    await b.deliver();
    const statuses = (await panel(a.clerk, first.id)).items
      .filter((m) => m.kind === 'status')
      .map((m) => m.status);
    expect(statuses).toEqual(['received', 'done']);
  });

  it('a revocation marks B’s received document revoked and tells its people; A sees «done»', async () => {
    const noReason = await send(a, docA.id, { to: [b.code], kind: 'revocation' });
    expect(noReason.status).toBe(422);
    const res = await send(a, docA.id, { to: [b.code], kind: 'revocation', reason: 'Ban hành nhầm số liệu' });
    expect(res.status).toBe(201);
    await a.deliver();
    const p = await panel(b.clerk, receivedB);
    expect(p.revoked).toBe(true);
    expect(p.can.report).toBe(true);
    const events = (await b.clerk.get(`/api/documents/${receivedB}`)).body.events;
    expect(events.at(-1)).toMatchObject({ kind: 'revoked', note: 'Ban hành nhầm số liệu' });
    const notices = (await b.clerk.get('/api/notifications')).body.items;
    expect(notices.some((n: { title: string }) => n.title.includes('thu hồi'))).toBe(true);
    const report = await b.clerk.post(`/api/documents/${receivedB}/exchange/status`, { status: 'done' });
    expect(report.status).toBe(422);
    expect(report.body.error.code).toBe('document_revoked');
    await b.deliver();
    const last = (await panel(a.clerk, docA.id)).items.filter((m) => m.kind === 'status').at(-1);
    expect(last).toMatchObject({ status: 'done' });
    // Revoking what was never sent there is refused.
    const never = await issued(a.clerk, a.t.rootId);
    const refused = await send(a, never.id, { to: [b.code], kind: 'revocation', reason: 'x' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('not_sent');
    const nobody = await send(a, never.id, { to: ['000.00.00.Q09'] });
    expect(nobody.status).toBe(422);
    expect(nobody.body.error.code).toBe('unknown_receiver');
  });
});
