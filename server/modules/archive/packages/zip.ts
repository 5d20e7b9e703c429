// The zip of a transfer package, both ways, with fflate: written as a stream (stored entries for the
// files, read from the store as the consumer reads, so a large scan never sits in memory), and read
// as a stream (every entry hashed as it is read, the small description files kept as text, the others
// optionally written to disk for an import), then judged against its manifest and descriptions.

import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { strFromU8, Unzip, UnzipInflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  isSafeEntryPath,
  MANIFEST_NAME,
  METADATA_JSON,
  METADATA_XML,
  type PackageMetadata,
  type Verdict,
  verifyPackage,
} from '../../../../domain/archive/package.ts';

const SMALL = new Set([MANIFEST_NAME, METADATA_JSON, METADATA_XML]);
const MAX_SMALL = 64 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

/** The zip as a stream: store reads are paced by the consumer (backpressure through the PassThrough). */
export function zipStream(
  read: (sha256: string) => AsyncIterable<unknown>,
  content: { path: string; sha256: string }[],
  small: { json: Uint8Array; xml: Uint8Array; manifest: Uint8Array },
): Readable {
  const out = new PassThrough();
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      out.destroy(err);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const addSmall = (name: string, data: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  };
  (async () => {
    for (const c of content) {
      const entry = new ZipPassThrough(c.path);
      zip.add(entry);
      for await (const chunk of read(c.sha256)) {
        entry.push(chunk as Uint8Array);
        if (out.writableNeedDrain) await once(out, 'drain');
      }
      entry.push(new Uint8Array(0), true);
    }
    addSmall(METADATA_JSON, small.json);
    addSmall(METADATA_XML, small.xml);
    addSmall(MANIFEST_NAME, small.manifest);
    zip.end();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

export interface Unpacked {
  actual: Map<string, string>;
  texts: Map<string, string>;
  /** Content entries written to disk (import only). */
  files: Map<string, { tempPath: string; size: number }>;
  error?: string;
}

/** Reads the zip once: hashes every entry; keeps the small ones as text and, if asked, the others on disk. */
export async function unpack(
  zipPath: string,
  opts: { keepDir?: string; maxBytes: number },
): Promise<Unpacked> {
  const result: Unpacked = { actual: new Map(), texts: new Map(), files: new Map() };
  const writers: WriteStream[] = [];
  let total = 0;
  let failure: string | undefined;
  const fail = (msg: string) => {
    failure ??= msg;
  };
  const unzip = new Unzip((file) => {
    if (failure) return;
    const name = file.name;
    if (name.endsWith('/')) return; // a directory entry carries nothing
    if (!isSafeEntryPath(name)) return fail(`đường dẫn không an toàn trong gói: «${name}»`);
    if (result.actual.has(name) || result.files.has(name)) return fail(`«${name}» có hai lần trong gói`);
    if (result.actual.size >= MAX_ENTRIES) return fail('gói có quá nhiều tệp');
    const hash = createHash('sha256');
    const chunks: Uint8Array[] = [];
    let size = 0;
    let writer: WriteStream | undefined;
    if (opts.keepDir && !SMALL.has(name)) {
      const tempPath = path.join(opts.keepDir, randomBytes(8).toString('hex'));
      writer = createWriteStream(tempPath);
      writers.push(writer);
      result.files.set(name, { tempPath, size: 0 });
    }
    file.ondata = (err, data, final) => {
      if (err) return fail(`gói bị hỏng ở «${name}»: ${err.message}`);
      hash.update(data);
      size += data.length;
      total += data.length;
      if (total > opts.maxBytes) return fail('gói giải nén ra quá lớn');
      if (SMALL.has(name)) {
        if (size > MAX_SMALL) return fail(`«${name}» quá lớn`);
        chunks.push(data);
      }
      writer?.write(data);
      if (final) {
        result.actual.set(name, hash.digest('hex'));
        if (SMALL.has(name)) result.texts.set(name, strFromU8(concat(chunks)));
        const kept = result.files.get(name);
        if (kept) kept.size = size;
        writer?.end();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(zipPath)) {
      unzip.push(chunk as Uint8Array);
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch (err) {
    fail(`không đọc được tệp zip: ${(err as Error).message}`);
  }
  for (const w of writers) if (!w.writableEnded) w.end();
  await Promise.all(writers.map((w) => finished(w).catch(() => {})));
  if (!failure && result.actual.size === 0) fail('tệp không phải gói zip hoặc gói rỗng');
  if (failure) result.error = failure;
  return result;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Whether the unpacked zip is a package whose entries match its manifest and descriptions. */
export function verdictOf(u: Unpacked): { verdict: Verdict; meta: PackageMetadata | undefined } {
  if (u.error) return { verdict: { ok: false, reason: u.error }, meta: undefined };
  let meta: PackageMetadata | undefined;
  const json = u.texts.get(METADATA_JSON);
  if (json !== undefined) {
    try {
      meta = JSON.parse(json) as PackageMetadata;
    } catch {
      return { verdict: { ok: false, reason: `${METADATA_JSON} không phải JSON hợp lệ` }, meta: undefined };
    }
  }
  const verdict = verifyPackage({
    actual: u.actual,
    manifest: u.texts.get(MANIFEST_NAME),
    metadata: meta,
    xml: u.texts.get(METADATA_XML),
  });
  return { verdict, meta };
}
