// Streaming multipart uploads: the file goes to a temp file in the data directory while its SHA-256
// is computed, so a 100 MB scan never sits in memory; over the limit answers 413.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Context } from 'hono';
import { stripControl } from '../../domain/text.ts';
import { discardBody, fileTooLarge, MULTIPART_ENVELOPE_BYTES } from './body-limit.ts';
import { fromFileSystem, type TooLargeError, ValidationError } from './errors.ts';

export interface Upload {
  tempPath: string;
  sha256: string;
  size: number;
  /** File name as sent, reduced to its last path part; never used as a path on disk. */
  filename: string;
  declaredType: string;
  fields: Record<string, string>;
}

export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = stripControl(base)
    .replace(/[\t\n\r]/g, '')
    .trim()
    .slice(0, 200);
  return clean || 'tep-tin';
}

export async function receiveUpload(
  c: Context,
  opts: { maxBytes: number; tmpDir: string; field?: string },
): Promise<Upload> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw new ValidationError('Hãy gửi tệp dạng multipart/form-data, trường «file».');
  }
  const declaredLength = Number(c.req.header('content-length') ?? 0);
  if (declaredLength > opts.maxBytes + MULTIPART_ENVELOPE_BYTES) {
    // Read to its end (and dropped) first, so that the 413 reaches a client still sending.
    await discardBody(c.req.raw);
    throw tooLarge(opts.maxBytes);
  }
  const body = c.req.raw.body;
  if (!body) throw new ValidationError('Không có tệp nào được gửi lên.');
  try {
    await mkdir(opts.tmpDir, { recursive: true });
  } catch (err) {
    throw fromFileSystem(err) ?? err;
  }
  const field = opts.field ?? 'file';
  const fields: Record<string, string> = {};
  let upload: Upload | undefined;
  let tooBig = false;
  const pending: Promise<void>[] = [];

  const bb = busboy({
    headers: { 'content-type': contentType },
    limits: { fileSize: opts.maxBytes, files: 1, fields: 20, fieldSize: 64 * 1024 },
    defParamCharset: 'utf8',
  });
  bb.on('field', (name, value) => {
    fields[name] = value;
  });
  bb.on('file', (name, stream, info) => {
    if (name !== field || upload) {
      stream.resume();
      return;
    }
    const tempPath = path.join(opts.tmpDir, `upload-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    stream.on('limit', () => {
      tooBig = true;
    });
    const current: Upload = {
      tempPath,
      sha256: '',
      size: 0,
      filename: safeFileName(info.filename ?? ''),
      declaredType: info.mimeType ?? '',
      fields,
    };
    upload = current;
    // Not pipeline(): if the disk fills up, the rest of the upload must still be read (and dropped)
    // or busboy stalls waiting for a consumer, and the request never ends.
    pending.push(
      new Promise<void>((resolve, reject) => {
        const out = createWriteStream(tempPath);
        let failed: Error | undefined;
        let ended = false;
        out.on('error', (err) => {
          failed ??= err;
          stream.unpipe(out);
          stream.resume();
          if (ended) reject(failed);
        });
        stream.on('end', () => {
          ended = true;
          if (failed) reject(failed);
          else out.end();
        });
        out.on('finish', () => {
          current.sha256 = hash.digest('hex');
          current.size = size;
          resolve();
        });
        stream.pipe(out);
      }),
    );
  });
  try {
    await pipeline(uncancelled(body), bb);
    await Promise.all(pending);
  } catch (err) {
    const received = upload as Upload | undefined;
    if (received) await rm(received.tempPath, { force: true });
    if (tooBig) throw tooLarge(opts.maxBytes);
    const storage = fromFileSystem(err);
    if (storage) throw storage;
    throw new ValidationError(`Không đọc được tệp gửi lên: ${(err as Error).message}`);
  }
  const received = upload as Upload | undefined;
  if (tooBig) {
    if (received) await rm(received.tempPath, { force: true });
    throw tooLarge(opts.maxBytes);
  }
  if (!received) throw new ValidationError(`Thiếu tệp: gửi tệp trong trường «${field}».`);
  if (received.size === 0) {
    await rm(received.tempPath, { force: true });
    throw new ValidationError('Tệp rỗng.');
  }
  return received;
}

function tooLarge(maxBytes: number): TooLargeError {
  return fileTooLarge(maxBytes);
}

/**
 * The request body as a Node stream that, when the upload fails half-way (a malformed form, a full
 * disk), stops reading without cancelling the request: cancelling it would close the connection
 * before the answer is sent. The server reads and drops the rest after answering (listen.ts).
 */
function uncancelled(body: ReadableStream<Uint8Array>): Readable {
  const reader = body.getReader();
  return new Readable({
    async read() {
      try {
        const { done, value } = await reader.read();
        this.push(done ? null : value);
      } catch (err) {
        this.destroy(err as Error);
      }
    },
    destroy(err, callback) {
      reader.releaseLock();
      callback(err);
    },
  });
}
