// The HTTP server around the app (Node's http server through @hono/node-server). One thing is our
// own: a request whose body was not read to its end when the answer went out (a 401 before an
// upload, a body over every cap) keeps being read and dropped for a while, and only then is the
// connection closed. Closing at once, while the client is still sending, resets the connection, and
// the client loses the answer it has not read yet. @hono/node-server's own clean-up closes after
// 500 ms, which a large body on a busy server outlasts; it is replaced here.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';

/** How long, and how much, of an unread body is read and dropped after the answer. */
export const LINGER_MS = 30_000;
export const LINGER_BYTES = 256 * 1024 * 1024;

type Fetch = (request: Request, env: never) => Response | Promise<Response>;

export function createHttpServer(fetch: Fetch): Server {
  const server = createAdaptorServer({ fetch: fetch as never, autoCleanupIncoming: false }) as Server;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.once('finish', () => {
      if (!req.complete && !req.destroyed) linger(req);
    });
  });
  return server;
}

/** Reads the rest of an answered request's body and drops it; closes the connection past the caps. */
function linger(req: IncomingMessage): void {
  let read = 0;
  const stop = () => {
    cleanup();
    req.socket?.destroy();
  };
  const timer = setTimeout(stop, LINGER_MS);
  timer.unref();
  const onData = (chunk: Buffer) => {
    read += chunk.length;
    if (read > LINGER_BYTES) stop();
  };
  const cleanup = () => {
    clearTimeout(timer);
    req.off('data', onData);
    req.off('end', cleanup);
    req.off('error', cleanup);
    req.off('close', cleanup);
  };
  // Whoever was reading the body (the app's stream) is done with it.
  req.removeAllListeners('data');
  req.on('data', onData);
  req.once('end', cleanup);
  req.once('error', cleanup);
  req.once('close', cleanup);
  req.resume();
}
