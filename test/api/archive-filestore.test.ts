// The FileStore contract, run against every implementation: the local store, the S3 store on an
// in-process S3-compatible fake, and the S3 store on a real endpoint when VANPHONG_TEST_S3_BUCKET
// is set (with VANPHONG_TEST_S3_ENDPOINT, _REGION, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY; see
// docs/archive.md). Then the app itself on S3: upload, download, fixity, a corrupted object found.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Config } from '../../server/config.ts';
import { S3FileStore } from '../../server/files/s3-store.ts';
import { type FileStore, LocalFileStore } from '../../server/files/store.ts';
import { FIXITY_QUEUE } from '../../server/modules/archive/fixity/service.ts';
import { startTestApp } from '../helpers/app.ts';
import { incoming, upload } from '../helpers/docs.ts';
import { type FakeS3, startFakeS3 } from './archive-s3-fake.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
let fake: FakeS3;
let dir: string;

beforeAll(async () => {
  fake = await startFakeS3();
  dir = mkdtempSync(path.join(tmpdir(), 'vanphong-store-'));
});
afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const prefix = () => `vanphong-test-${randomBytes(4).toString('hex')}/`;

function fakeConfig(): S3Config {
  return {
    bucket: 'luutru',
    endpoint: fake.endpoint,
    region: 'us-east-1',
    prefix: prefix(),
    forcePathStyle: true,
    accessKeyId: 'test',
    secretAccessKey: 'test-secret',
  };
}

function realConfig(): S3Config | undefined {
  const env = process.env;
  if (!env.VANPHONG_TEST_S3_BUCKET) return undefined;
  return {
    bucket: env.VANPHONG_TEST_S3_BUCKET,
    endpoint: env.VANPHONG_TEST_S3_ENDPOINT || undefined,
    region: env.VANPHONG_TEST_S3_REGION || 'us-east-1',
    prefix: prefix(),
    forcePathStyle: !!env.VANPHONG_TEST_S3_ENDPOINT,
    accessKeyId: env.VANPHONG_TEST_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.VANPHONG_TEST_S3_SECRET_ACCESS_KEY || undefined,
  };
}

const real = realConfig();
const stores: [string, () => FileStore][] = [
  ['local', () => new LocalFileStore(path.join(dir, `local-${randomBytes(3).toString('hex')}`))],
  ['S3 (in-process fake)', () => new S3FileStore(fakeConfig(), dir)],
  ...(real
    ? ([[`S3 (${real.endpoint ?? 'AWS'})`, () => new S3FileStore({ ...real, prefix: prefix() }, dir)]] as [
        string,
        () => FileStore,
      ][])
    : []),
];

function temp(content: Buffer): { file: string; sha: string } {
  const file = path.join(dir, `t-${randomBytes(6).toString('hex')}`);
  writeFileSync(file, content);
  return { file, sha: createHash('sha256').update(content).digest('hex') };
}

async function readAll(store: FileStore, sha: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of store.read(sha)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function listed(store: FileStore): Promise<string[]> {
  const out: string[] = [];
  for await (const s of store.list()) out.push(s);
  return out;
}

describe.each(stores)('%s file store', (_label, make) => {
  it('keeps content under its hash: put, has, read, size, local path, list, remove', async () => {
    const store = make();
    const contents = [randomBytes(70_000), randomBytes(10), Buffer.from('nội dung tiếng Việt')];
    const shas: string[] = [];
    for (const c of contents) {
      const { file, sha } = temp(c);
      await store.putFile(file, sha);
      expect(existsSync(file)).toBe(false);
      shas.push(sha);
    }
    const [big, , vi] = shas as [string, string, string];
    expect(await store.has(big)).toBe(true);
    expect(await store.size(big)).toBe(70_000);
    expect((await readAll(store, vi)).toString()).toBe('nội dung tiếng Việt');
    expect(readFileSync(await store.localPath(big)).equals(contents[0] as Buffer)).toBe(true);
    expect(Math.abs((await store.modifiedAt(big)).getTime() - Date.now())).toBeLessThan(10 * 60_000);
    expect((await listed(store)).sort()).toEqual([...shas].sort());
    // The same content again is stored once; the temp file is consumed either way.
    const again = temp(contents[1] as Buffer);
    await store.putFile(again.file, again.sha);
    expect(existsSync(again.file)).toBe(false);
    expect(await listed(store)).toHaveLength(3);
    await store.remove(big);
    await store.remove(big);
    expect(await store.has(big)).toBe(false);
    expect(await listed(store)).not.toContain(big);
    await expect(readAll(store, big)).rejects.toThrow();
    expect(store.label).toMatch(/^(local:|s3:\/\/)/);
  });
});

describe.each([
  ['in-process fake', () => fakeConfig()],
  ...(real
    ? ([[real.endpoint ?? 'AWS', () => ({ ...real, prefix: prefix() })]] as [string, () => S3Config][])
    : []),
])('the app on S3 (%s)', (_label, config) => {
  it('stores uploads in the bucket; fixity checks them and finds a corrupted object', async () => {
    const s3 = config();
    const t = await startTestApp({ config: { s3 } });
    try {
      expect(t.rt.files.label).toBe(`s3://${s3.bucket}/${s3.prefix}`);
      const clerk = await t.as('clerk', t.rootId, 1);
      const doc = await incoming(clerk, t.rootId);
      const up = await upload(clerk, doc.id, 'chi-thi.pdf', PDF, 'application/pdf');
      expect(up.status).toBe(201);
      expect(existsSync(path.join(t.dataDir, 'files'))).toBe(false);
      const res = await t.app.request(`/api/documents/${doc.id}/files/${up.body.id}`, {
        headers: { cookie: clerk.cookie ?? '' },
      });
      expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
      expect((await t.admin.post('/api/archive/fixity', {})).status).toBe(200);
      await t.rt.jobs.drain(FIXITY_QUEUE);
      const clean = (await t.admin.get('/api/archive/fixity')).body.report;
      expect(clean).toMatchObject({ ok: true, checked: 1, store: `s3://${s3.bucket}/${s3.prefix}` });
      const client = new S3Client({
        region: s3.region,
        endpoint: s3.endpoint,
        forcePathStyle: s3.forcePathStyle,
        ...(s3.accessKeyId
          ? { credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey ?? '' } }
          : {}),
      });
      const sha = up.body.sha256 as string;
      const tampered = Buffer.from(PDF);
      tampered[100] = (tampered[100] as number) ^ 1;
      await client.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: `${s3.prefix}${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`,
          Body: tampered,
        }),
      );
      client.destroy();
      await t.admin.post('/api/archive/fixity', {});
      await t.rt.jobs.drain(FIXITY_QUEUE);
      const report = (await t.admin.get('/api/archive/fixity')).body.report;
      expect(report.ok).toBe(false);
      expect(report.corrupt.map((c: any) => c.sha256)).toEqual([sha]);
      await t.rt.files.remove(sha);
    } finally {
      await t.close();
    }
  });
});
