// A Vite build step: writes `x.br` (brotli, quality 11) and `x.gz` (gzip, level 9) beside every text
// file of the built client, so the server sends compressed bytes without compressing per request
// (server/http/static.ts picks the variant the browser accepts). It runs last, after the service
// worker is generated (vite-plugin-pwa writes sw.js in its own closeBundle), so sw.js, the
// workbox runtime and the web manifest are compressed too. A variant that is not smaller than the
// file is not written: the server then sends the file itself.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** What is worth compressing: text. Images (PNG) and fonts (woff2) are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(p)));
    else if (COMPRESSIBLE.test(entry.name)) out.push(p);
  }
  return out;
}

export interface Compressed {
  file: string;
  size: number;
  br: number | null;
  gz: number | null;
}

/** Compresses every text file under `dir` (both encodings); returns the sizes written. */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const files = await filesUnder(dir);
  const done: Compressed[] = [];
  // The work runs on libuv's pool (4 threads): a handful of files at a time keeps it busy.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const body = await readFile(f);
      const [b, g] = await Promise.all([
        br(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gz(body, { level: 9 }),
      ]);
      const keep = async (ext: string, data: Buffer) => {
        if (data.length >= body.length) return null;
        await writeFile(`${f}${ext}`, data);
        return data.length;
      };
      done.push({
        file: path.relative(dir, f),
        size: (await stat(f)).size,
        br: await keep('.br', b),
        gz: await keep('.gz', g),
      });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return done.sort((a, b) => a.file.localeCompare(b.file));
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'vanphong:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const done = await precompressDir(outDir);
        const total = (k: 'size' | 'br' | 'gz') => done.reduce((s, d) => s + (d[k] ?? d.size), 0);
        this.info(
          `precompressed ${done.length} files: ${Math.round(total('size') / 1024)} KB → brotli ${Math.round(
            total('br') / 1024,
          )} KB, gzip ${Math.round(total('gz') / 1024)} KB`,
        );
      },
    },
  };
}
