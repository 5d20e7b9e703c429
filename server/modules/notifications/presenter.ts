import { z } from '@hono/zod-openapi';
import { toIso } from '../../db/sql.ts';
import type { NotificationRow } from './queries.ts';

export const NotificationJson = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    title: z.string(),
    body: z.string().nullable(),
    /** Client path to open, e.g. /chuong-trinh/nhiem-vu/12. */
    link: z.string().nullable(),
    entity: z.string().nullable(),
    entityId: z.number().int().nullable(),
    createdAt: z.string().nullable(),
    read: z.boolean(),
  })
  .openapi('Notification');
export type NotificationJson = z.infer<typeof NotificationJson>;

export const NotificationPage = z
  .object({
    items: z.array(NotificationJson),
    unread: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .openapi('NotificationPage');
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationsMarked = z.object({ marked: z.number().int() }).openapi('NotificationsMarked');

export function presentNotification(r: NotificationRow): NotificationJson {
  return {
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    entity: r.entity,
    entityId: r.entity_id === null ? null : Number(r.entity_id),
    createdAt: toIso(r.created_at),
    read: r.read_at !== null,
  };
}
