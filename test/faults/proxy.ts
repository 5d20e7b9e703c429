// A round-robin HTTP proxy for the multi-server tests: each request goes to the next app server in
// turn. Like nginx's `proxy_next_upstream error`, a request whose connection is refused (the server
// is down, so nothing of it was delivered) is passed to the next server; a request that reached a
// server that then died is answered 502, as the client's request may or may not have taken effect.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobin {
  base: string;
  /** Which backend each request was sent to, in order (index into the backends). */
  sentTo: number[];
  close(): Promise<void>;
}

export async function startProxy(backends: () => string[]): Promise<RoundRobin> {
  let next = 0;
  const sentTo: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const list = backends();
      const attempt = (i: number, tries: number) => {
        const target = new URL(req.url ?? '/', list[i]);
        // A new connection per request (no keep-alive): a refused connect then surely sent nothing.
        const up = request(
          target,
          { method: req.method, headers: { ...req.headers, host: target.host }, agent: false },
          (upRes) => {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.pipe(res);
            upRes.on('error', () => res.destroy());
          },
        );
        up.on('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'ECONNREFUSED' && tries + 1 < list.length)
            return attempt((i + 1) % list.length, tries + 1);
          if (res.headersSent) res.destroy();
          else res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${err.code ?? err.message}`);
        });
        sentTo.push(i);
        up.end(body);
      };
      attempt(next++ % list.length, 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sentTo,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
