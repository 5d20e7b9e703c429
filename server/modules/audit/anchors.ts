// Anchors of the chain's head outside the database (DESIGN.md §7): a hash chain alone does not show
// a truncated tail, so after every committed write the head (id, hash) is appended to a file in the
// data directory and to the log; `audit verify` checks every anchor against the table.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import type { Logger } from '../../log.ts';

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
    const head = await one<{ last_id: number; last_hash: string }>(
      db,
      sql`SELECT last_id, last_hash FROM audit_head WHERE singleton`,
    );
    if (!head || head.last_id <= this.lastId || head.last_id === 0) return;
    this.lastId = head.last_id;
    appendFileSync(this.file, `${new Date().toISOString()} ${head.last_id} ${head.last_hash}\n`);
    this.log?.info({ auditAnchor: { id: head.last_id, hash: head.last_hash } }, 'audit anchor');
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
