// Fixity: the weekly job (run here by draining its queue) re-hashes every stored file; a flipped
// byte, a deleted file and a stray file are each reported; the admin sees the last report; the
// sweep deletes only unreferenced files older than a day.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../server/auth/actor.ts';
import { LocalFileStore } from '../../server/files/store.ts';
import { FIXITY_QUEUE, runFixity } from '../../server/modules/archive/fixity/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, upload } from '../helpers/docs.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
let t: TestApp;
let clerk: Client;
let store: LocalFileStore;

beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.as('clerk', t.rootId, 1);
  store = new LocalFileStore(t.dataDir);
});
afterAll(async () => {
  await t?.close();
});

async function stored(name: string, extra: string) {
  const doc = await incoming(clerk, t.rootId);
  const res = await upload(
    clerk,
    doc.id,
    name,
    Buffer.concat([PDF, Buffer.from(`\n%${extra}\n`)]),
    'application/pdf',
  );
  expect(res.status).toBe(201);
  return { docId: doc.id, sha: res.body.sha256 as string };
}

async function check() {
  expect((await t.admin.post('/api/archive/fixity', {})).status).toBe(200);
  expect(await t.rt.jobs.drain(FIXITY_QUEUE)).toBe(1);
  const res = await t.admin.get('/api/archive/fixity');
  expect(res.status).toBe(200);
  return res.body.report;
}

function stray(content: string, ageDays: number): string {
  const data = Buffer.from(content);
  const sha = createHash('sha256').update(data).digest('hex');
  const p = store.pathOf(sha);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
  const when = new Date(Date.now() - ageDays * 24 * 3600_000);
  utimesSync(p, when, when);
  return sha;
}

describe('fixity', () => {
  it('is for admins only', async () => {
    expect((await clerk.get('/api/archive/fixity')).status).toBe(403);
    expect((await clerk.post('/api/archive/fixity', {})).status).toBe(403);
    expect((await t.admin.get('/api/archive/fixity')).body.report).toBeNull();
  });

  it('detects a flipped byte, a missing file and a stray file', async () => {
    const a = await stored('a.pdf', 'a');
    const b = await stored('b.pdf', 'b');
    const clean = await check();
    expect(clean).toMatchObject({ ok: true, checked: 2, missing: [], corrupt: [], unreferenced: [] });
    expect(clean.bytes).toBeGreaterThan(2 * PDF.length);

    const file = store.pathOf(a.sha);
    const bytes = readFileSync(file);
    bytes[500] = (bytes[500] as number) ^ 0x01;
    writeFileSync(file, bytes);
    rmSync(store.pathOf(b.sha));
    const old = stray('tệp lạc, không văn bản nào dùng', 3);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.corrupt).toEqual([
      expect.objectContaining({
        sha256: a.sha,
        refs: [`document:${a.docId}`],
        actual: createHash('sha256').update(bytes).digest('hex'),
      }),
    ]);
    expect(report.missing).toEqual([{ sha256: b.sha, refs: [`document:${b.docId}`] }]);
    expect(report.unreferenced.map((u: any) => u.sha256)).toEqual([old]);
    expect(report.trigger).toMatch(/^admin:/);
    const history = (await t.admin.get('/api/archive/fixity')).body.history;
    expect(history.map((h: any) => h.ok)).toEqual([false, true]);
  });

  it('sweeps only unreferenced files older than a day', async () => {
    const old = stray('một tệp cũ không còn dùng', 2);
    const fresh = stray('một tệp vừa lưu, hàng của nó chưa ghi xong', 0);
    const report = await runFixity(t.rt, systemCtx('test'), { trigger: 'test', sweep: true });
    expect(report.swept).toBeGreaterThanOrEqual(1);
    expect(existsSync(store.pathOf(old))).toBe(false);
    expect(existsSync(store.pathOf(fresh))).toBe(true);
    const audit = await t.admin.get('/api/audit?action=archive.fixity');
    expect(audit.body.items.length).toBeGreaterThanOrEqual(3);
  });
});
