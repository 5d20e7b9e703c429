// A minimal in-process S3-compatible server (path-style PutObject, HeadObject, GetObject,
// DeleteObject, ListObjectsV2 with paging), so that the S3 file store is exercised through the real
// AWS SDK on machines without an S3 server. It checks no signatures. A real endpoint is tested when
// VANPHONG_TEST_S3_BUCKET is set (docs/archive.md).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  endpoint: string;
  objects: Map<string, { body: Buffer; modified: Date }>;
  close(): Promise<void>;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lists return at most this many keys a page, so that paging is exercised. */
const PAGE = 2;

export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; modified: Date }>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const id = `${bucket}/${key}`;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT' && key) {
        objects.set(id, { body: Buffer.concat(chunks), modified: new Date() });
        res.writeHead(200, { etag: '"x"' }).end();
        return;
      }
      if ((req.method === 'GET' || req.method === 'HEAD') && key) {
        const o = objects.get(id);
        if (!o) {
          res.writeHead(404, { 'content-type': 'application/xml' });
          res.end(
            req.method === 'HEAD'
              ? undefined
              : '<Error><Code>NoSuchKey</Code><Message>none</Message></Error>',
          );
          return;
        }
        res.writeHead(200, {
          'content-length': String(o.body.length),
          'last-modified': o.modified.toUTCString(),
          'content-type': 'application/octet-stream',
        });
        res.end(req.method === 'HEAD' ? undefined : o.body);
        return;
      }
      if (req.method === 'DELETE' && key) {
        objects.delete(id);
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
        const prefix = url.searchParams.get('prefix') ?? '';
        const after = url.searchParams.get('continuation-token') ?? '';
        const keys = [...objects.keys()]
          .filter((k) => k.startsWith(`${bucket}/`))
          .map((k) => k.slice(bucket!.length + 1))
          .filter((k) => k.startsWith(prefix) && k > after)
          .sort();
        const page = keys.slice(0, PAGE);
        const truncated = keys.length > PAGE;
        const contents = page
          .map((k) => {
            const o = objects.get(`${bucket}/${k}`)!;
            return `<Contents><Key>${xml(k)}</Key><Size>${o.body.length}</Size><LastModified>${o.modified.toISOString()}</LastModified></Contents>`;
          })
          .join('');
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucket}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${xml(page[page.length - 1] ?? '')}</NextContinuationToken>` : ''}${contents}</ListBucketResult>`,
        );
        return;
      }
      res.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
