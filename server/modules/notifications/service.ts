// In-app notifications. Other areas call notify() inside their own transaction; reading and marking
// as read are per account.
import type { RequestCtx } from '../../auth/actor.ts';
import { signedIn } from '../../auth/authorize.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import type { HomeNoticesSection } from '../home/presenter.ts';
import { type NotificationPage, presentNotification } from './presenter.ts';
import * as q from './queries.ts';

export type { Recipients } from './queries.ts';

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

/**
 * Stores a notice for each recipient (active accounts only); returns how many were new.
 * @trusted called by other areas inside their own transaction, after their own check (and by jobs).
 */
export function notify(tx: Db, to: q.Recipients, n: Notice): Promise<number> {
  return q.insertFor(tx, to, {
    kind: n.kind,
    title: n.title,
    body: n.body ?? null,
    link: n.link ?? null,
    entity: n.entity ?? null,
    entityId: n.entityId ?? null,
    dedupeKey: n.dedupeKey ?? null,
  });
}

export async function list(
  deps: Deps,
  ctx: RequestCtx,
  opts: { unreadOnly: boolean; limit: number; cursor?: number | undefined },
): Promise<NotificationPage> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const items = await q.listOf(db, actor.userId, opts);
  const page = items.slice(0, opts.limit);
  return {
    items: page.map(presentNotification),
    unread: await q.unreadCount(db, actor.userId),
    nextCursor: items.length > opts.limit ? String(page[page.length - 1]?.id) : null,
  };
}

/** Marks some or all of the actor's notices read. Not audited: it changes nothing of record. */
export async function markRead(
  deps: Deps,
  ctx: RequestCtx,
  ids: number[] | 'all',
): Promise<{ marked: number }> {
  const actor = signedIn(ctx);
  const marked = await transact(deps, (tx) => q.markRead(tx, actor.userId, ids));
  return { marked };
}

/** A member's home: the latest notices and the unread count. */
export async function homeNotices(deps: Deps, ctx: RequestCtx): Promise<HomeNoticesSection> {
  signedIn(ctx);
  const page = await list(deps, ctx, { unreadOnly: false, limit: 5 });
  return {
    unread: page.unread,
    items: page.items.map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt,
      read: n.read,
    })),
  };
}
