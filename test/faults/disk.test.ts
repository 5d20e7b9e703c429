// A full disk or a store that cannot be written: a clear error (507 / 503), nothing half-written,
// and the office keeps working once space is back. Needs root to mount small tmpfs volumes.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, upload } from '../helpers/docs.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

function canMount(): boolean {
  try {
    execSync(
      'mkdir -p /tmp/vp-mount-probe && mount -t tmpfs -o size=64k tmpfs /tmp/vp-mount-probe && umount /tmp/vp-mount-probe',
      {
        stdio: 'ignore',
      },
    );
    return true;
  } catch {
    return false;
  }
}

const MOUNTABLE = canMount();
let t: TestApp;
let clerk: Client;
const mounts: string[] = [];

function mount(dir: string, opts: string) {
  mkdirSync(dir, { recursive: true });
  execSync(`mount -t tmpfs -o ${opts} tmpfs ${dir}`);
  mounts.push(dir);
}

beforeAll(async () => {
  if (!MOUNTABLE) return;
  t = await startTestApp({ config: { maxUploadMb: 5 } });
  clerk = await t.as('clerk', t.rootId, 1);
});
afterAll(async () => {
  for (const m of mounts.reverse()) execSync(`umount -l ${m}`, { stdio: 'ignore' });
  await t?.close();
});

describe('disk full and unwritable store', () => {
  it.skipIf(!MOUNTABLE)(
    'a full disk answers 507 and keeps nothing; with space back, uploads work',
    async () => {
      const tmp = path.join(t.dataDir, 'tmp');
      mount(tmp, 'size=512k');
      const doc = await incoming(clerk, t.rootId, { summary: 'Đĩa đầy' });
      const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
      const res = await upload(clerk, doc.id, 'lon.pdf', big, 'application/pdf');
      expect(res.status).toBe(507);
      expect(res.body.error).toMatchObject({ code: 'storage_full' });
      expect(res.body.error.message).toContain('đã đầy');
      expect((await clerk.get(`/api/documents/${doc.id}`)).body.files).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]);
      execSync(`umount -l ${tmp}`);
      mounts.pop();
      expect((await upload(clerk, doc.id, 'nho.pdf', PDF, 'application/pdf')).status).toBe(201);
    },
  );

  it.skipIf(!MOUNTABLE)('a read-only store answers 503 and keeps no row without its file', async () => {
    const files = path.join(t.dataDir, 'files');
    mount(files, 'ro,size=1m');
    const doc = await incoming(clerk, t.rootId, { summary: 'Kho chỉ đọc' });
    const res = await upload(
      clerk,
      doc.id,
      'van-ban.pdf',
      Buffer.concat([PDF, Buffer.from('khac')]),
      'application/pdf',
    );
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('storage_unavailable');
    expect((await clerk.get(`/api/documents/${doc.id}`)).body.files).toEqual([]);
    // The database is untouched: the rest of the office works.
    expect(
      (await clerk.get('/api/documents?q=kho%20chi%20doc')).body.items.map((d: { id: number }) => d.id),
    ).toEqual([doc.id]);
  });
});
