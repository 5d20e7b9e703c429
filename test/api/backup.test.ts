// Backup and restore round trips: counts and checksums equal, the audit chain intact, the restored
// office usable (search, files). Embedded → embedded, and into PostgreSQL when the tests run there.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { systemCtx } from '../../server/auth/actor.ts';
import { writeBackup } from '../../server/backup/backup.ts';
import { restoreBackup } from '../../server/backup/restore.ts';
import { loadConfig } from '../../server/config.ts';
import { rows } from '../../server/db/sql.ts';
import { loadDemo } from '../../server/demo.ts';
import { createLogger } from '../../server/log.ts';
import { verifyAudit } from '../../server/modules/audit/service.ts';
import { isOcrAvailable } from '../../server/modules/documents/files/extract.ts';
import { EXTRACT_QUEUE } from '../../server/modules/documents/files/service.ts';
import { openRuntime } from '../../server/runtime.ts';
import { ADMIN_PASSWORD, Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { createTestDatabase } from '../helpers/db.ts';
import { incoming, upload } from '../helpers/docs.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const SCAN = readFileSync('test/fixtures/scan-chi-thi.png');

let t: TestApp;
let work: string;
let file: string;
let docId: number;
let scanDocId: number;
let filesInBackup: number;
beforeAll(async () => {
  t = await startTestApp();
  work = mkdtempSync(path.join(tmpdir(), 'vanphong-backup-'));
  await loadDemo(t.rt, 'mat-khau-demo-thu');
  const clerk = await t.as('clerk', t.rootId, 2);
  docId = (await incoming(clerk, t.rootId, { summary: 'Chỉ thị có tệp để sao lưu' })).id;
  expect((await upload(clerk, docId, 'chi-thi.pdf', PDF, 'application/pdf')).status).toBe(201);
  // A scan whose OCR is still queued when the backup is taken.
  scanDocId = (await incoming(clerk, t.rootId, { summary: 'Bản quét chưa nhận dạng' })).id;
  expect((await upload(clerk, scanDocId, 'quet.png', SCAN, 'image/png')).status).toBe(201);
  file = path.join(work, 'sao-luu.zip');
  const out = createWriteStream(file);
  const finished = new Promise<void>((r) => out.on('finish', () => r()));
  filesInBackup = (await writeBackup(t.rt, out)).files;
  await finished;
});
afterAll(async () => {
  await t?.close();
  rmSync(work, { recursive: true, force: true });
});

async function counts(db: Parameters<typeof rows>[0]) {
  const tables = [
    'orgs',
    'org_versions',
    'org_links',
    'users',
    'audit_log',
    'documents',
    'document_files',
    'notifications',
    'api_tokens',
  ];
  const out: Record<string, number> = {};
  for (const name of tables)
    out[name] =
      (await rows<{ n: number }>(db, sql.raw(`SELECT count(*)::integer AS n FROM ${name}`)))[0]?.n ?? 0;
  return out;
}

describe('backup and restore', () => {
  it('restores into an empty target with the same rows, files and an intact audit chain', async () => {
    const target = await createTestDatabase();
    const dataDir = path.join(work, 'restored');
    const config = { ...loadConfig({}), databaseUrl: target.url, dataDir, adminPassword: undefined };
    try {
      const report = await restoreBackup(file, config);
      // The two uploads and the demo's Word files (meeting materials, scheme drafts, reflections): a
      // Word file is itself a zip, stored as is inside the backup, and must come back whole.
      expect(filesInBackup).toBeGreaterThan(2);
      expect(report.files).toBe(filesInBackup);
      // The OCR that was queued is queued again (when OCR is installed; otherwise nothing was queued).
      expect(report.jobs).toBe((await isOcrAvailable()) ? 1 : 0);
      const rt = await openRuntime(config, createLogger('silent'));
      try {
        expect(await counts(rt.database.db)).toEqual(await counts(t.rt.database.db));
        expect((await verifyAudit(rt.database.db, systemCtx(), dataDir)).ok).toBe(true);
        await rt.jobs.start({ workers: false });
        // The restored office works: log in, search, download the file with the same checksum.
        const app = createApp(rt);
        const c = new Client(app);
        expect((await c.login('admin', ADMIN_PASSWORD)).status).toBe(200);
        const found = await c.get('/api/documents?q=sao%20luu');
        expect(found.body.items.map((d: { id: number }) => d.id)).toEqual([docId]);
        const detail = await c.get(`/api/documents/${docId}`);
        const res = await app.request(`/api/documents/${docId}/files/${detail.body.files[0].id}`, {
          headers: { cookie: c.cookie ?? '' },
        });
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(
          createHash('sha256').update(PDF).digest('hex'),
        );
        if (report.jobs > 0) {
          expect(await rt.jobs.drain(EXTRACT_QUEUE)).toBe(1);
          const scan = await c.get(`/api/documents/${scanDocId}`);
          expect(scan.body.files[0]).toMatchObject({ extraction: 'done', hasOcrPdf: true });
        }
        // New rows continue after the restored ids.
        const made = await c.post('/api/orgs', {
          name: 'Đơn vị sau khôi phục',
          shortCode: 'X',
          kind: 'board',
          parentId: 1,
        });
        expect(made.status).toBe(201);
      } finally {
        await rt.close();
      }
      await expect(restoreBackup(file, config)).rejects.toThrow(/trống/);
    } finally {
      await target.drop();
    }
  });

  it('refuses a tampered archive', async () => {
    const bytes = readFileSync(file);
    // Flip a byte inside the stored PDF entry (stored uncompressed): its checksum no longer matches.
    const at = bytes.indexOf(Buffer.from('%PDF-'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 200] = (bytes[at + 200] as number) ^ 0xff;
    const bad = path.join(work, 'hong.zip');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, bytes);
    const config = { ...loadConfig({}), databaseUrl: undefined, dataDir: path.join(work, 'never') };
    await expect(restoreBackup(bad, config)).rejects.toThrow(/mã băm|hỏng/);
  });
});
