// JSON shape of a file of a meeting (a material posted before it, the signed minutes, …).
import { z } from '@hono/zod-openapi';
import { MEETING_FILE_KIND_LABELS, MEETING_FILE_KINDS } from '../../../../domain/meetings/labels.ts';
import { toIso } from '../../../db/sql.ts';
import type { FileRow } from './queries.ts';

export const MeetingFile = z
  .object({
    id: z.number().int(),
    kind: z.enum(MEETING_FILE_KINDS),
    kindLabel: z.string(),
    name: z.string(),
    mime: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    postedAt: z.string().nullable(),
    createdByName: z.string().nullable(),
    url: z.string(),
  })
  .openapi('MeetingFile');
export type MeetingFile = z.infer<typeof MeetingFile>;

export function presentFile(f: FileRow): MeetingFile {
  return {
    id: Number(f.id),
    kind: f.kind,
    kindLabel: MEETING_FILE_KIND_LABELS[f.kind],
    name: f.name,
    mime: f.mime,
    size: Number(f.size),
    sha256: f.sha256,
    postedAt: toIso(f.posted_at),
    createdByName: f.created_by_name,
    url: `/api/meetings/${Number(f.meeting_id)}/files/${Number(f.id)}`,
  };
}
