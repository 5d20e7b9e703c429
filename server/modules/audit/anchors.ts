// Anchors of the chain's head outside the database: a hash chain alone does not show a truncated
// tail, so after every committed write the head (id, hash) is appended to a file in the data
// directory and to the log; `audit verify` checks every anchor against the table.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../log.ts';
import { head } from './queries.ts';

export interface Anchor {
  id: number;
  hash: string;
}

export const ANCHOR_FILE = 'audit-anchors.log';

export class AnchorWriter {
  private lastId = -1;
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly log?: Logger,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, ANCHOR_FILE);
    const anchors = readAnchors(dataDir);
    this.lastId = anchors.reduce((m, a) => Math.max(m, a.id), -1);
  }

  /** Appends the current head when it moved since the last anchor. */
  async touch(db: Db): Promise<void> {
    const h = await head(db);
    if (!h || h.last_id <= this.lastId || h.last_id === 0) return;
    this.lastId = h.last_id;
    appendFileSync(this.file, `${new Date().toISOString()} ${h.last_id} ${h.last_hash}\n`);
    this.log?.info({ auditAnchor: { id: h.last_id, hash: h.last_hash } }, 'audit anchor');
  }
}

export function readAnchors(dataDir: string): Anchor[] {
  const file = path.join(dataDir, ANCHOR_FILE);
  if (!existsSync(file)) return [];
  const out: Anchor[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\S+ (\d+) ([0-9a-f]{64})$/.exec(line.trim());
    if (m) out.push({ id: Number(m[1]), hash: m[2] as string });
  }
  return out;
}
