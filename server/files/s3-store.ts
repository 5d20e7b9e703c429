// The file store on S3-compatible object storage (AWS S3, MinIO, Ceph RGW, …): the same content
// addressing as the local store (<prefix>ab/cd/<sha256>), chosen by configuration
// (VANPHONG_S3_BUCKET, docs/operations.md). Tools that need a local path (ocrmypdf) get a cached copy
// under the data directory, checked against its hash and pruned after a day.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { S3Config } from '../config.ts';
import type { FileStore } from './store.ts';

const SHA = /^[0-9a-f]{64}$/;
const CACHE_MAX_AGE_MS = 24 * 3600_000;

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}

export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly prefix: string;
  private readonly cacheDir: string;

  constructor(
    private readonly cfg: S3Config,
    dataDir: string,
  ) {
    const options: S3ClientConfig = {
      region: cfg.region,
      forcePathStyle: cfg.forcePathStyle,
      // S3-compatible servers differ on the newer default checksums; send them only when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    if (cfg.endpoint) options.endpoint = cfg.endpoint;
    // Without explicit keys the SDK's default chain applies (AWS_ACCESS_KEY_ID …, instance roles).
    if (cfg.accessKeyId && cfg.secretAccessKey) {
      options.credentials = { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey };
    }
    this.client = new S3Client(options);
    this.prefix = cfg.prefix;
    this.cacheDir = path.join(dataDir, 'tmp', 's3-cache');
  }

  get label(): string {
    return `s3://${this.cfg.bucket}/${this.prefix}`;
  }

  key(sha256: string): string {
    if (!SHA.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return `${this.prefix}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  }

  private head(sha256: string) {
    return this.client.send(new HeadObjectCommand({ Bucket: this.cfg.bucket, Key: this.key(sha256) }));
  }

  async putFile(tempPath: string, sha256: string): Promise<void> {
    if (await this.has(sha256)) {
      await rm(tempPath, { force: true });
      return;
    }
    const { size } = await stat(tempPath);
    // An object appears whole or not at all: a reader never sees half a file under its hash.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.cfg.bucket,
        Key: this.key(sha256),
        Body: createReadStream(tempPath),
        ContentLength: size,
        ContentType: 'application/octet-stream',
      }),
    );
    await rm(tempPath, { force: true });
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.head(sha256);
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  read(sha256: string): Readable {
    const out = new PassThrough();
    this.client
      .send(new GetObjectCommand({ Bucket: this.cfg.bucket, Key: this.key(sha256) }))
      .then((res) => pipeline(res.Body as Readable, out))
      .catch((err: unknown) => out.destroy(err as Error));
    return out;
  }

  /** A local copy for tools such as ocrmypdf: downloaded once, verified against its hash. */
  async localPath(sha256: string): Promise<string> {
    const target = path.join(this.cacheDir, this.key(sha256).slice(this.prefix.length).replace(/\//g, '-'));
    if (existsSync(target)) return target;
    await mkdir(this.cacheDir, { recursive: true });
    await this.pruneCache();
    const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
    const hash = createHash('sha256');
    const source = this.read(sha256);
    source.on('data', (chunk: Buffer) => hash.update(chunk));
    try {
      await pipeline(source, createWriteStream(temp));
      if (hash.digest('hex') !== sha256) throw new Error(`stored object ${sha256} does not match its hash`);
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
    return target;
  }

  private async pruneCache(): Promise<void> {
    const now = Date.now();
    for (const name of await readdir(this.cacheDir).catch(() => [] as string[])) {
      const p = path.join(this.cacheDir, name);
      const st = await stat(p).catch(() => null);
      if (st && now - st.mtimeMs > CACHE_MAX_AGE_MS) await rm(p, { force: true });
    }
  }

  async size(sha256: string): Promise<number> {
    return Number((await this.head(sha256)).ContentLength ?? 0);
  }

  async modifiedAt(sha256: string): Promise<Date> {
    return (await this.head(sha256)).LastModified ?? new Date(0);
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.cfg.bucket, Key: this.key(sha256) }));
    const cached = path.join(this.cacheDir, this.key(sha256).slice(this.prefix.length).replace(/\//g, '-'));
    await rm(cached, { force: true });
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.cfg.bucket, Prefix: this.prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const rest = (o.Key ?? '').slice(this.prefix.length);
        const m = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(rest);
        if (m && (m[3] as string).startsWith((m[1] as string) + (m[2] as string))) yield m[3] as string;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Closes the HTTP connections (tests, CLI). */
  destroy(): void {
    this.client.destroy();
  }
}
