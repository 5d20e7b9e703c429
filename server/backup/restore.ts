// `vanphong restore FILE`: into an empty data directory or an empty PostgreSQL database. The archive
// is unpacked and every entry checked against the manifest first; then the files go into the store
// (each re-hashed) and the rows into the database in one transaction, so a failed restore leaves
// the target as empty as it was.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { LocalFileStore } from '../files/store.ts';
import { ANCHOR_FILE } from '../modules/audit/service.ts';
import { openRuntimeOn } from '../runtime.ts';
import { BACKUP_FORMAT, type Manifest } from './backup.ts';
import { EPHEMERAL_TABLES, tables } from './catalog.ts';
import * as q from './queries.ts';

export interface RestoreReport {
  tables: Record<string, number>;
  files: number;
  jobs: number;
}

const ENTRY_NAME =
  /^(manifest\.json|audit-anchors\.log|jobs\.jsonl|db\/[a-z0-9_]+\.jsonl|files\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64})$/;

/**
 * Unpacks the zip into a directory, one entry after the other; names outside the backup layout are
 * refused (no path tricks). The entries are found through the zip's central directory, not by
 * scanning the stream: the backup streams its entries with sizes after the data, and a Word file
 * stored inside (itself a zip) would otherwise be taken for entries of the backup.
 */
async function unpack(file: string, dir: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true, validateEntrySizes: true }, (err, z) =>
      err || !z ? reject(err ?? new Error('zip')) : resolve(z),
    ),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!ENTRY_NAME.test(entry.fileName)) {
          reject(new Error(`Tệp sao lưu có mục lạ: ${entry.fileName}`));
          return;
        }
        const target = path.join(dir, entry.fileName);
        mkdirSync(path.dirname(target), { recursive: true });
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            reject(err ?? new Error(entry.fileName));
            return;
          }
          pipeline(stream, createWriteStream(target)).then(() => zip.readEntry(), reject);
        });
      });
      zip.readEntry();
    });
  } catch (err) {
    const message = (err as Error).message;
    throw message.startsWith('Tệp sao lưu') ? err : new Error(`Tệp sao lưu hỏng, không đọc được: ${message}`);
  } finally {
    zip.close();
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function restoreBackup(
  file: string,
  config: Config,
  onProgress?: (p: { phase: string; done: number; total: number }) => void,
): Promise<RestoreReport> {
  const work = await mkdtemp(path.join(tmpdir(), 'vanphong-restore-'));
  try {
    await unpack(file, work);
    const manifestPath = path.join(work, 'manifest.json');
    if (!existsSync(manifestPath))
      throw new Error('Không phải tệp sao lưu của vanphong (thiếu manifest.json).');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    if (manifest.format !== BACKUP_FORMAT) throw new Error('Không phải tệp sao lưu của vanphong.');
    const names = Object.keys(manifest.entries);
    let checked = 0;
    for (const name of names) {
      onProgress?.({ phase: 'verify', done: checked++, total: names.length });
      const p = path.join(work, name);
      if (!existsSync(p)) throw new Error(`Tệp sao lưu thiếu mục ${name}.`);
      if ((await sha256File(p)) !== manifest.entries[name])
        throw new Error(`Mục ${name} không khớp mã băm: tệp sao lưu bị hỏng.`);
    }

    if (!config.databaseUrl && existsSync(path.join(config.dataDir, 'pgdata'))) {
      throw new Error(
        `Thư mục dữ liệu ${config.dataDir} đã có cơ sở dữ liệu: chỉ khôi phục vào thư mục trống.`,
      );
    }
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      pgliteWorker: config.pgliteWorker,
    });
    try {
      const applied = await migrate(database);
      const known = new Set(await q.migrationVersions(database.db));
      const unknown = manifest.migrations.filter((m) => !known.has(m));
      if (unknown.length)
        throw new Error(
          `Bản sao lưu từ phiên bản mới hơn (${unknown.join(', ')}): hãy cập nhật vanphong trước.`,
        );
      if (applied.length === 0 && (await q.unitCount(database.db)) > 0) {
        throw new Error('Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào cơ sở dữ liệu trống.');
      }

      // Files first: content-addressed, so copying them twice is harmless.
      const store = new LocalFileStore(config.dataDir);
      const fileEntries = names.filter((n) => n.startsWith('files/'));
      let copied = 0;
      for (const name of fileEntries) {
        onProgress?.({ phase: 'files', done: copied, total: fileEntries.length });
        const sha = path.basename(name);
        const temp = path.join(work, `${sha}.tmp`);
        await copyFile(path.join(work, name), temp);
        await store.putFile(temp, sha);
        copied++;
      }

      const report: RestoreReport = { tables: {}, files: copied, jobs: 0 };
      await database.db.transaction(async (tx) => {
        const list = await tables(tx);
        // Migrations seed some tables (types, the audit head …): the backup's rows replace them.
        for (const t of [...list].reverse()) await q.emptyTable(tx, t.name);
        let i = 0;
        for (const t of list) {
          onProgress?.({ phase: 'database', done: i++, total: list.length });
          const source = path.join(work, 'db', `${t.name}.jsonl`);
          if (!existsSync(source)) {
            if ((manifest.tables[t.name] ?? 0) > 0) throw new Error(`Thiếu dữ liệu bảng ${t.name}.`);
            continue;
          }
          let batch: string[] = [];
          let count = 0;
          const flush = async () => {
            if (batch.length === 0) return;
            await q.insertJsonRows(tx, t, batch);
            count += batch.length;
            batch = [];
          };
          for await (const line of createInterface({
            input: createReadStream(source),
            crlfDelay: Number.POSITIVE_INFINITY,
          })) {
            if (!line) continue;
            batch.push(line);
            if (batch.length >= 1000) await flush();
          }
          await flush();
          if (count !== (manifest.tables[t.name] ?? 0)) {
            throw new Error(
              `Bảng ${t.name}: khôi phục ${count} dòng, bản sao lưu ghi ${manifest.tables[t.name] ?? 0}.`,
            );
          }
          report.tables[t.name] = count;
          for (const col of t.identity) await q.resetIdentity(tx, t.name, col);
        }
        for (const name of Object.keys(manifest.tables)) {
          if (!EPHEMERAL_TABLES.has(name) && !list.some((t) => t.name === name)) {
            throw new Error(`Bản sao lưu có bảng ${name} mà phiên bản này không có.`);
          }
        }
      });
      // The queued work goes back on the queues (created by the job system of this version).
      const jobsFile = path.join(work, 'jobs.jsonl');
      if (existsSync(jobsFile)) {
        const pending = (await readFile(jobsFile, 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { name: string; data: unknown });
        if (pending.length) {
          const rt = await openRuntimeOn(database, config);
          try {
            await rt.jobs.start({ workers: false });
            report.jobs = await rt.jobs.insert(pending);
          } finally {
            await rt.jobs.stop();
          }
        }
      }
      if (existsSync(path.join(work, ANCHOR_FILE))) {
        mkdirSync(config.dataDir, { recursive: true });
        await copyFile(path.join(work, ANCHOR_FILE), path.join(config.dataDir, ANCHOR_FILE));
      }
      return report;
    } finally {
      await database.close();
    }
  } finally {
    // Retried: on a busy machine the directory was sometimes still "not empty" at the first try.
    await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
}

export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).filter((f) => !f.startsWith('.')).length === 0;
}
