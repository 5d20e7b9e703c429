// Content-addressed file store: a file lives at files/ab/cd/<sha256> under the data directory, so
// the same scan uploaded twice is stored once and a flipped byte is detectable (fixity). Behind a
// small interface so that object storage (S3) can take its place.
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface FileStore {
  /** Moves a finished temp file into the store under its hash (no-op when already there). */
  putFile(tempPath: string, sha256: string): Promise<void>;
  has(sha256: string): Promise<boolean>;
  read(sha256: string): Readable;
  /** A local path to the content, for tools such as ocrmypdf. */
  localPath(sha256: string): Promise<string>;
  size(sha256: string): Promise<number>;
  /** Every stored hash (backup, fixity). */
  list(): AsyncIterable<string>;
  /** When the content was stored (fixity leaves recent unreferenced files alone: uploads in flight). */
  modifiedAt(sha256: string): Promise<Date>;
  /** Deletes the content (no-op when absent): disposal and the fixity sweep of the archives area. */
  remove(sha256: string): Promise<void>;
  /** Where the files are, for reports: "local:/…/files" or "s3://bucket/prefix". */
  readonly label: string;
}

const SHA = /^[0-9a-f]{64}$/;

export class LocalFileStore implements FileStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
  }

  pathOf(sha256: string): string {
    if (!SHA.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async putFile(tempPath: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (existsSync(target)) {
      await rm(tempPath, { force: true });
      return;
    }
    await mkdir(path.dirname(target), { recursive: true });
    // rename is atomic on one filesystem: a reader never sees half a file under its hash. When the
    // store is on another filesystem than the temp directory, copy beside the target, then rename.
    try {
      await rename(tempPath, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      const beside = `${target}.${process.pid}.part`;
      try {
        await copyFile(tempPath, beside);
        await rename(beside, target);
      } finally {
        await rm(beside, { force: true });
      }
      await rm(tempPath, { force: true });
    }
  }

  async has(sha256: string): Promise<boolean> {
    return existsSync(this.pathOf(sha256));
  }

  read(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  async localPath(sha256: string): Promise<string> {
    return this.pathOf(sha256);
  }

  async size(sha256: string): Promise<number> {
    return (await stat(this.pathOf(sha256))).size;
  }

  get label(): string {
    return `local:${this.root}`;
  }

  async modifiedAt(sha256: string): Promise<Date> {
    return (await stat(this.pathOf(sha256))).mtime;
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async *list(): AsyncIterable<string> {
    if (!existsSync(this.root)) return;
    for (const a of (await readdir(this.root)).sort()) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of (await readdir(path.join(this.root, a))).sort()) {
        if (!/^[0-9a-f]{2}$/.test(b)) continue;
        for (const name of (await readdir(path.join(this.root, a, b))).sort()) {
          if (SHA.test(name) && name.startsWith(a + b)) yield name;
        }
      }
    }
  }
}
