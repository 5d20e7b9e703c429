import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run } from '../../db/sql.ts';

export type Recipients = { userIds: number[] } | { orgId: number; roles?: readonly Role[] };

export interface NoticeValues {
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  entity: string | null;
  entityId: number | null;
  dedupeKey: string | null;
}

export interface NotificationRow {
  id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  entity: string | null;
  entity_id: number | null;
  created_at: string;
  read_at: string | null;
}

/** One notice per recipient (active accounts only); the same dedupe key is stored once per account. */
export function insertFor(tx: Db, to: Recipients, n: NoticeValues): Promise<number> {
  const who: SQL =
    'userIds' in to
      ? sql`SELECT id FROM users WHERE id = ANY(${array(to.userIds)}::integer[]) AND disabled_at IS NULL`
      : to.roles && to.roles.length > 0
        ? sql`SELECT id FROM users WHERE org_id = ${to.orgId} AND role = ANY(${array(to.roles)}::text[]) AND disabled_at IS NULL`
        : sql`SELECT id FROM users WHERE org_id = ${to.orgId} AND disabled_at IS NULL`;
  return run(
    tx,
    sql`INSERT INTO notifications (user_id, kind, title, body, link, entity, entity_id, dedupe_key)
        SELECT w.id, ${n.kind}, ${n.title}, ${n.body}, ${n.link}, ${n.entity}, ${n.entityId}::bigint, ${n.dedupeKey}
          FROM (${who}) w
        ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
  );
}

/** A page of an account's notices, newest first, one more than asked (is there a next page?). */
export function listOf(
  db: Db,
  userId: number,
  opts: { unreadOnly: boolean; limit: number; cursor?: number | undefined },
) {
  const conds: SQL[] = [sql`user_id = ${userId}`];
  if (opts.unreadOnly) conds.push(sql`read_at IS NULL`);
  if (opts.cursor) conds.push(sql`id < ${opts.cursor}`);
  return rows<NotificationRow>(
    db,
    sql`SELECT id, kind, title, body, link, entity, entity_id, created_at, read_at FROM notifications
         WHERE ${sql.join(conds, sql` AND `)} ORDER BY id DESC LIMIT ${opts.limit + 1}`,
  );
}

export async function unreadCount(db: Db, userId: number): Promise<number> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM notifications WHERE user_id = ${userId} AND read_at IS NULL`,
  );
  return r?.n ?? 0;
}

export function markRead(tx: Db, userId: number, ids: number[] | 'all'): Promise<number> {
  return run(
    tx,
    ids === 'all'
      ? sql`UPDATE notifications SET read_at = now() WHERE user_id = ${userId} AND read_at IS NULL`
      : sql`UPDATE notifications SET read_at = now()
             WHERE user_id = ${userId} AND read_at IS NULL AND id = ANY(${array(ids)}::bigint[])`,
  );
}
