// JSON shapes of directions and the inboxes.
import { z } from '@hono/zod-openapi';
import { DocumentJson, presentDocument } from '../presenter.ts';
import type { InboxRow } from './queries.ts';

const int = z.number().int();

export const DocumentDirected = z
  .object({
    /** The direction's id. */
    id: int,
    /** The task it became (a lead unit and a deadline), or null. */
    taskId: int.nullable(),
  })
  .openapi('DocumentDirected');

export const DocumentInboxItem = DocumentJson.omit({ content: true })
  .extend({
    handling: z.object({
      status: z.string(),
      role: z.string(),
      deadline: z.string().nullable(),
      overdue: z.boolean(),
    }),
  })
  .openapi('DocumentInboxItem');
export type DocumentInboxItem = z.infer<typeof DocumentInboxItem>;

export const DocumentInbox = z
  .object({
    /** Rows under the chosen status; `nextOffset` is null on the last page. */
    total: int,
    nextOffset: int.nullable(),
    items: z.array(DocumentInboxItem),
    counts: z.object({ new: int, inProgress: int, done: int }),
  })
  .openapi('DocumentInbox');
export type DocumentInbox = z.infer<typeof DocumentInbox>;

export function presentInboxItem(r: InboxRow): DocumentInboxItem {
  const { content: _content, ...doc } = presentDocument(r);
  return {
    ...doc,
    handling: {
      status: r.handling_status,
      role: r.handling_role,
      deadline: r.handling_deadline,
      overdue: r.overdue,
    },
  };
}
