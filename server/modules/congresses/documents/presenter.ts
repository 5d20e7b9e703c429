// JSON shapes of a congress's papers: each kind with its versions, and one version with its comments.
import { z } from '@hono/zod-openapi';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  type DocumentKind,
} from '../../../../domain/congresses/labels.ts';
import { toIso } from '../../../db/sql.ts';
import type { CommentRow, VersionRow } from './queries.ts';

const int = () => z.number().int();

export const CongressDocument = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    label: z.string(),
    versions: z.array(
      z.object({
        version: int(),
        note: z.string().nullable(),
        /** The Word file the version was uploaded as, if it was. */
        fileName: z.string().nullable(),
        chars: int(),
        comments: int(),
        createdByName: z.string().nullable(),
        createdAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('CongressDocument');
export type CongressDocument = z.infer<typeof CongressDocument>;

export const CongressDocumentList = z
  .object({ items: z.array(CongressDocument) })
  .openapi('CongressDocumentList');

export const CongressDocumentVersion = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    version: int(),
    body: z.string(),
    note: z.string().nullable(),
    /** The Word file (download at `fileUrl`), when the version was uploaded as one. */
    fileName: z.string().nullable(),
    fileUrl: z.string().nullable(),
    comments: z.array(
      z.object({
        id: int(),
        author: z.string(),
        body: z.string(),
        createdByName: z.string().nullable(),
        createdAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('CongressDocumentVersion');
export type CongressDocumentVersion = z.infer<typeof CongressDocumentVersion>;

/** Every kind, with its versions (none yet for a paper not drafted). */
export function presentDocuments(rows: VersionRow[]): CongressDocument[] {
  return DOCUMENT_KINDS.map((kind) => ({
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    versions: rows
      .filter((r) => r.kind === kind)
      .map((r) => ({
        version: r.version,
        note: r.note,
        fileName: r.file_name,
        chars: Number(r.chars),
        comments: Number(r.comments),
        createdByName: r.created_by_name,
        createdAt: toIso(r.created_at),
      })),
  }));
}

export function presentVersion(
  congressId: number,
  kind: DocumentKind,
  version: number,
  row: { body: string; note: string | null; file_name: string | null },
  comments: CommentRow[],
): CongressDocumentVersion {
  return {
    kind,
    version,
    body: row.body,
    note: row.note,
    fileName: row.file_name,
    fileUrl:
      row.file_name === null ? null : `/api/congresses/${congressId}/documents/${kind}/${version}/file`,
    comments: comments.map((c) => ({
      id: Number(c.id),
      author: c.author,
      body: c.body,
      createdByName: c.created_by_name,
      createdAt: toIso(c.created_at),
    })),
  };
}
