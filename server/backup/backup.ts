// `vanphong backup FILE`: the database and the stored files in one zip with SHA-256 checksums.
// The database part is logical (one JSON line per row, per table) so that it restores into either
// backend — an office can move from the embedded database to PostgreSQL through a backup.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Db } from '../db/client.ts';
import { Jobs } from '../db/jobs.ts';
import type { Deps } from '../deps.ts';
import { ANCHOR_FILE } from '../modules/audit/service.ts';
import { tables } from './catalog.ts';
import * as q from './queries.ts';

export const BACKUP_FORMAT = 'vanphong-backup';
export const BACKUP_VERSION = 1;

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  backend: string;
  migrations: string[];
  tables: Record<string, number>;
  files: number;
  /** Background jobs not yet done, re-queued by the restore. */
  jobs?: number;
  bytes: number;
  /** SHA-256 of every entry of the archive except this manifest. */
  entries: Record<string, string>;
}

export interface BackupProgress {
  phase: 'database' | 'files';
  done: number;
  total: number;
  label?: string;
}

class ZipWriter {
  private readonly zip: Zip;
  private failure: Error | undefined;
  private finished!: Promise<void>;

  constructor(private readonly out: Writable) {
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    this.finished = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failure = err;
        reject(err);
        return;
      }
      out.write(chunk);
      if (final) out.end(() => resolve());
    });
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.writableNeedDrain) await new Promise((r) => this.out.once('drain', r));
  }

  /** Adds one entry from chunks; returns its SHA-256 and size. */
  async entry(
    name: string,
    chunks: AsyncIterable<Uint8Array>,
    compress: boolean,
  ): Promise<{ sha256: string; size: number }> {
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    this.zip.add(file);
    const hash = createHash('sha256');
    let size = 0;
    let pending: Uint8Array | undefined;
    for await (const chunk of chunks) {
      if (pending) {
        file.push(pending);
        await this.drain();
      }
      hash.update(chunk);
      size += chunk.length;
      pending = chunk;
    }
    file.push(pending ?? new Uint8Array(0), true);
    await this.drain();
    return { sha256: hash.digest('hex'), size };
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.finished;
  }
}

const encoder = new TextEncoder();

async function* tableLines(
  tx: Db,
  table: { name: string; generated: string[]; orderBy: string[] },
  counter: { n: number },
) {
  const cursor = `backup_${table.name}`;
  await q.openRowCursor(tx, cursor, table);
  for (;;) {
    const batch = await q.fetchLines(tx, cursor, 2000);
    if (batch.length === 0) break;
    counter.n += batch.length;
    yield encoder.encode(`${batch.join('\n')}\n`);
  }
  await q.closeCursor(tx, cursor);
}

async function* once(data: Uint8Array) {
  yield data;
}

export async function writeBackup(
  deps: Deps,
  out: Writable,
  onProgress?: (p: BackupProgress) => void,
): Promise<Manifest> {
  const zip = new ZipWriter(out);
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    backend: deps.database.backend,
    migrations: [],
    tables: {},
    files: 0,
    bytes: 0,
    entries: {},
  };
  // One snapshot for every table: REPEATABLE READ, read only.
  await deps.database.db.transaction(async (tx) => {
    await q.readOnlySnapshot(tx);
    manifest.migrations = await q.migrationVersions(tx);
    const list = await tables(tx);
    // Work still queued (OCR of a scan, a digitisation item …) travels with the data it belongs to.
    const pending = await Jobs.pendingIn(tx);
    const jobs = await zip.entry(
      'jobs.jsonl',
      once(encoder.encode(pending.map((j) => JSON.stringify(j)).join('\n'))),
      true,
    );
    manifest.entries['jobs.jsonl'] = jobs.sha256;
    manifest.jobs = pending.length;
    let i = 0;
    for (const table of list) {
      onProgress?.({ phase: 'database', done: i++, total: list.length, label: table.name });
      const counter = { n: 0 };
      const name = `db/${table.name}.jsonl`;
      const e = await zip.entry(name, tableLines(tx, table, counter), true);
      manifest.entries[name] = e.sha256;
      manifest.tables[table.name] = counter.n;
      manifest.bytes += e.size;
    }
  });
  // Files are content-addressed and never change, so they are copied after the snapshot.
  const hashes: string[] = [];
  for await (const h of deps.files.list()) hashes.push(h);
  let done = 0;
  for (const sha of hashes) {
    onProgress?.({ phase: 'files', done: done++, total: hashes.length });
    const name = `files/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
    const e = await zip.entry(name, deps.files.read(sha) as AsyncIterable<Uint8Array>, false);
    if (e.sha256 !== sha)
      throw new Error(
        `Tệp ${sha} trong kho đã bị hỏng (băm ra ${e.sha256}); chạy kiểm tra toàn vẹn tệp trước khi sao lưu.`,
      );
    manifest.entries[name] = e.sha256;
    manifest.files++;
    manifest.bytes += e.size;
  }
  const anchors = path.join(deps.config.dataDir, ANCHOR_FILE);
  if (existsSync(anchors)) {
    const e = await zip.entry(ANCHOR_FILE, once(readFileSync(anchors)), true);
    manifest.entries[ANCHOR_FILE] = e.sha256;
  }
  await zip.entry('manifest.json', once(encoder.encode(JSON.stringify(manifest, null, 2))), true);
  await zip.end();
  onProgress?.({ phase: 'files', done: hashes.length, total: hashes.length });
  return manifest;
}
