// JSON shape of a file on a task (evidence of progress, the finished product).
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { FileRow } from '../queries.ts';

const int = z.number().int();

export const TaskFile = z
  .object({
    id: int,
    /** The progress report it was attached to, if any. */
    eventId: int.nullable(),
    name: z.string(),
    mime: z.string(),
    size: int,
    sha256: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
    url: z.string(),
  })
  .openapi('TaskFile');
export type TaskFile = z.infer<typeof TaskFile>;

export function presentFile(f: FileRow): TaskFile {
  return {
    id: Number(f.id),
    eventId: f.event_id == null ? null : Number(f.event_id),
    name: f.name,
    mime: f.mime,
    size: Number(f.size),
    sha256: f.sha256,
    createdByName: f.created_by_name,
    createdAt: toIso(f.created_at),
    url: `/api/tasks/${f.task_id}/files/${Number(f.id)}`,
  };
}
