// In-app notifications. Other modules call notify() inside their own transaction; reading and
// marking as read are per account.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run, toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';

export interface Notice {
  kind: string;
  title: string;
  body?: string | null;
  /** Client path to open, e.g. /chuong-trinh/nhiem-vu/12. */
  link?: string | null;
  entity?: string | null;
  entityId?: number | null;
  /** Same key for the same user is stored once (daily reminders). */
  dedupeKey?: string | null;
}

export type Recipients = { userIds: number[] } | { orgId: number; roles?: readonly Role[] };

/** Stores a notice for each recipient (active accounts only); returns how many were new. */
export async function notify(tx: Db, to: Recipients, n: Notice): Promise<number> {
  const who: SQL =
    'userIds' in to
      ? sql`SELECT id FROM users WHERE id = ANY(${array(to.userIds)}::integer[]) AND disabled_at IS NULL`
      : to.roles && to.roles.length > 0
        ? sql`SELECT id FROM users WHERE org_id = ${to.orgId} AND role = ANY(${array(to.roles)}::text[]) AND disabled_at IS NULL`
        : sql`SELECT id FROM users WHERE org_id = ${to.orgId} AND disabled_at IS NULL`;
  return run(
    tx,
    sql`INSERT INTO notifications (user_id, kind, title, body, link, entity, entity_id, dedupe_key)
        SELECT w.id, ${n.kind}, ${n.title}, ${n.body ?? null}, ${n.link ?? null}, ${n.entity ?? null},
               ${n.entityId ?? null}::bigint, ${n.dedupeKey ?? null}
          FROM (${who}) w
        ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
  );
}

interface Row {
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

export async function list(
  db: Db,
  actor: Actor,
  opts: { unreadOnly: boolean; limit: number; cursor?: number | undefined },
) {
  const conds: SQL[] = [sql`user_id = ${actor.userId}`];
  if (opts.unreadOnly) conds.push(sql`read_at IS NULL`);
  if (opts.cursor) conds.push(sql`id < ${opts.cursor}`);
  const items = await rows<Row>(
    db,
    sql`SELECT id, kind, title, body, link, entity, entity_id, created_at, read_at FROM notifications
         WHERE ${sql.join(conds, sql` AND `)} ORDER BY id DESC LIMIT ${opts.limit + 1}`,
  );
  const page = items.slice(0, opts.limit);
  const unread = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM notifications WHERE user_id = ${actor.userId} AND read_at IS NULL`,
  );
  return {
    items: page.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      entity: r.entity,
      entityId: r.entity_id === null ? null : Number(r.entity_id),
      createdAt: toIso(r.created_at),
      read: r.read_at !== null,
    })),
    unread: unread?.n ?? 0,
    nextCursor: items.length > opts.limit ? String(page[page.length - 1]?.id) : null,
  };
}

/** Marks some or all of the actor's notices read. Not audited: it changes nothing of record. */
export async function markRead(deps: Deps, ctx: RequestCtx, ids: number[] | 'all'): Promise<number> {
  const actor = ctx.actor as Actor;
  return transact(deps, (tx) =>
    run(
      tx,
      ids === 'all'
        ? sql`UPDATE notifications SET read_at = now() WHERE user_id = ${actor.userId} AND read_at IS NULL`
        : sql`UPDATE notifications SET read_at = now()
               WHERE user_id = ${actor.userId} AND read_at IS NULL AND id = ANY(${array(ids)}::bigint[])`,
    ),
  );
}
