// Bodies over a limit. The 413 must reach the client, and a client still sending its body does not
// read an answer until it has sent it: if the server answered and closed while the body was still
// arriving, the client would see a reset connection instead of the 413. So the body is read to its
// end and dropped before the answer (up to DISCARD_CAP_BYTES; beyond that the answer goes at once and
// server/http/listen.ts keeps reading for a while before it closes the connection).
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { TooLargeError } from './errors.ts';

/** At most this much of a refused body is read (and dropped) before the 413 is sent. */
export const DISCARD_CAP_BYTES = 64 * 1024 * 1024;

/** Room for a multipart envelope (boundaries, part headers, small fields) around the file. */
export const MULTIPART_ENVELOPE_BYTES = 64 * 1024;

/** Reads what is left of a stream and drops it, up to `cap` bytes; never cancels the stream. */
export async function drain(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  cap = DISCARD_CAP_BYTES,
): Promise<void> {
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > cap) return;
    }
  } catch {
    // The client went away: nothing left to answer.
  } finally {
    reader.releaseLock();
  }
}

/** Reads a request's body to its end (up to the cap) and drops it. */
export async function discardBody(req: Request, cap = DISCARD_CAP_BYTES): Promise<void> {
  const body = req.body;
  if (!body || body.locked) return;
  await drain(body.getReader(), cap);
}

export function jsonTooLarge(): TooLargeError {
  return new TooLargeError('too_large', 'Dữ liệu gửi lên quá lớn.');
}

export function fileTooLarge(maxBytes: number): TooLargeError {
  return new TooLargeError(
    'file_too_large',
    `Tệp vượt quá giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  );
}

/**
 * JSON (and any body that is not an upload) up to `maxBytes`: a declared length over it, or a chunked
 * body that grows over it, is read to its end, dropped, and answered 413 `too_large`.
 */
export function jsonBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return next();
    const declared = raw.headers.get('content-length');
    if (declared !== null && !raw.headers.has('transfer-encoding')) {
      // Node's parser holds the body to its declared length.
      if (Number(declared) <= maxBytes) return next();
      await discardBody(raw);
      throw jsonTooLarge();
    }
    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await drain(reader, DISCARD_CAP_BYTES - size);
        throw jsonTooLarge();
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      body.set(chunk, at);
      at += chunk.byteLength;
    }
    c.req.raw = new Request(raw, { body });
    return next();
  };
}

/**
 * Uploads (multipart) declaring more than the largest file any route accepts are refused before
 * anything else, signed in or not, like a JSON body over its limit; each upload route still checks
 * its own limit as the file streams in (http/upload.ts).
 */
export function uploadSizeGate(maxBytes: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limit = maxBytes();
    if (Number(c.req.header('content-length') ?? 0) <= limit + MULTIPART_ENVELOPE_BYTES) return next();
    await discardBody(c.req.raw);
    throw fileTooLarge(limit);
  };
}
