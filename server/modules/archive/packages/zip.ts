// The zip of a transfer package, both ways: written as a stream with fflate (stored entries for the
// files, read from the store as the consumer reads, so a large scan never sits in memory), and read
// with yauzl through the zip's central directory, one entry after the other (every entry hashed as it
// is read, the small description files kept as text, the others optionally written to disk for an
// import), then judged against its manifest and descriptions. Not read by scanning the stream: a
// streamed zip gives stored entries' sizes only after their data, and a Word file inside (itself a
// zip) would be taken for entries of the package.

import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { strFromU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import yauzl from 'yauzl';
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
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(zipPath, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) =>
        err || !z ? reject(err ?? new Error('zip')) : resolve(z),
      ),
    );
  } catch (err) {
    result.error = `tệp không phải gói zip hoặc không đọc được: ${(err as Error).message}`;
    return result;
  }
  let total = 0;
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      const name = entry.fileName;
      if (name.endsWith('/')) continue; // a directory entry carries nothing
      if (!isSafeEntryPath(name)) throw new PackageError(`đường dẫn không an toàn trong gói: «${name}»`);
      if (result.actual.has(name) || result.files.has(name))
        throw new PackageError(`«${name}» có hai lần trong gói`);
      if (result.actual.size >= MAX_ENTRIES) throw new PackageError('gói có quá nhiều tệp');
      if (total + entry.uncompressedSize > opts.maxBytes) throw new PackageError('gói giải nén ra quá lớn');
      const small = SMALL.has(name);
      if (small && entry.uncompressedSize > MAX_SMALL) throw new PackageError(`«${name}» quá lớn`);
      const hash = createHash('sha256');
      const chunks: Uint8Array[] = [];
      let size = 0;
      const keep =
        opts.keepDir && !small ? path.join(opts.keepDir, randomBytes(8).toString('hex')) : undefined;
      const writer = keep ? createWriteStream(keep) : undefined;
      const stream = await openEntry(zip, entry);
      try {
        for await (const data of stream) {
          const chunk = data as Buffer;
          hash.update(chunk);
          size += chunk.length;
          total += chunk.length;
          if (total > opts.maxBytes) throw new PackageError('gói giải nén ra quá lớn');
          if (small) chunks.push(chunk);
          if (writer && !writer.write(chunk)) await once(writer, 'drain');
        }
      } catch (err) {
        if (err instanceof PackageError) throw err;
        throw new PackageError(`gói bị hỏng ở «${name}»: ${(err as Error).message}`);
      } finally {
        if (writer) {
          writer.end();
          await finished(writer).catch(() => {});
        }
      }
      result.actual.set(name, hash.digest('hex'));
      if (small) result.texts.set(name, strFromU8(concat(chunks)));
      if (keep) result.files.set(name, { tempPath: keep, size });
    }
    if (result.actual.size === 0) result.error = 'tệp không phải gói zip hoặc gói rỗng';
  } catch (err) {
    result.error =
      err instanceof PackageError ? err.message : `không đọc được tệp zip: ${(err as Error).message}`;
  } finally {
    zip.close();
  }
  return result;
}

/** A refusal of the package, said to the user as is. */
class PackageError extends Error {}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => {
      cleanup();
      resolve(e);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) =>
      err || !stream ? reject(err ?? new Error('entry')) : resolve(stream),
    ),
  );
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
