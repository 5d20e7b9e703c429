// A congress's papers (văn kiện): the political report, the committee's self-review, the draft
// resolution and the personnel plan, each drafted as numbered versions of its text, with comments
// on a version (who gave it, what it says). A version is typed as text, or uploaded as a Word file
// kept in the file store, its text extracted as the version's body for the comments.
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../domain/congresses/labels.ts';
import type { documentCommentBody, documentVersionBody } from '../../../../domain/congresses/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { MIME, sniffUpload } from '../../../files/sniff.ts';
import { abandon, storeWithIntent } from '../../../files/stored.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { docxText } from '../../../office/docx-text.ts';
import { recordAudit } from '../../audit/service.ts';
import * as cq from '../queries.ts';
import {
  type CongressDocument,
  type CongressDocumentVersion,
  presentDocuments,
  presentVersion,
} from './presenter.ts';
import * as q from './queries.ts';

async function congressOf(db: Db, actor: Actor, id: number, lock = false): Promise<cq.CongressRow> {
  const row = await cq.byId(db, id, cq.congressVisible(actor), lock);
  if (!row) throw notFound('Đại hội');
  return row;
}

export async function list(deps: Deps, ctx: RequestCtx, id: number): Promise<{ items: CongressDocument[] }> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const congress = await congressOf(db, actor, id);
  return { items: presentDocuments(await q.versions(db, Number(congress.id))) };
}

export async function addVersion(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof documentVersionBody>,
): Promise<{ items: CongressDocument[] }> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const congress = await congressOf(tx, actor, id, true);
    const version = await q.insertVersion(tx, {
      congressId: Number(congress.id),
      kind: input.kind,
      body: input.body,
      note: input.note || null,
      by: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'congress.document',
      entity: 'congress',
      entityId: congress.id,
      orgId: congress.org_id,
      after: { kind: input.kind, version, chars: input.body.length },
    });
    return { items: presentDocuments(await q.versions(tx, Number(congress.id))) };
  });
}

export async function getVersion(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  kind: DocumentKind,
  version: number,
): Promise<CongressDocumentVersion> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const congress = await congressOf(db, actor, id);
  const row = await q.version(db, Number(congress.id), kind, version);
  if (!row) throw notFound(`Dự thảo lần ${version}`);
  return presentVersion(Number(congress.id), kind, version, row, await q.comments(db, row.id));
}

export async function comment(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  kind: DocumentKind,
  version: number,
  input: z.infer<typeof documentCommentBody>,
): Promise<CongressDocumentVersion> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const congress = await congressOf(tx, actor, id);
    const row = await q.version(tx, Number(congress.id), kind, version);
    if (!row) throw notFound(`Dự thảo lần ${version}`);
    const cid = await q.insertComment(tx, { versionId: row.id, ...input, by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'congress.document_comment',
      entity: 'congress',
      entityId: congress.id,
      orgId: congress.org_id,
      after: { kind, version, commentId: cid, author: input.author },
    });
    return presentVersion(Number(congress.id), kind, version, row, await q.comments(tx, row.id));
  });
}

/**
 * The next version of a paper as a Word file (multipart `file`, `kind`, optional `note`): the file
 * goes to the store, its text becomes the version's body. The right is checked before the upload.
 */
export async function uploadVersion(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  receive: () => Promise<Upload>,
): Promise<{ items: CongressDocument[] }> {
  const actor = authorize(ctx, 'congress.manage');
  await congressOf(deps.database.db, actor, id);
  const upload = await receive();
  try {
    const kind = DOCUMENT_KINDS.find((k) => k === upload.fields.kind);
    if (!kind) throw new ValidationError(`Loại: phải là một trong ${DOCUMENT_KINDS.join(', ')}`);
    const note = (upload.fields.note ?? '').normalize('NFC').trim().slice(0, 1000) || null;
    await sniffUpload(upload, new Set<string>([MIME.docx]), 'Word (.docx)');
    const body = await docxText(upload.tempPath);
    if (!body)
      throw new RuleError(
        'document_empty',
        'Không đọc được nội dung của tệp Word, hoặc tệp không có chữ nào.',
      );
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    try {
      return await transact(deps, async (tx) => {
        const congress = await congressOf(tx, actor, id, true);
        const file = { name: upload.filename, sha256: upload.sha256, size: upload.size };
        const version = await q.insertVersion(tx, {
          congressId: Number(congress.id),
          kind,
          body,
          note,
          by: actor.userId,
          file,
        });
        await closeIntent(tx, stored.intent);
        await recordAudit(tx, ctx, {
          action: 'congress.document',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.org_id,
          after: { kind, version, chars: body.length, file },
        });
        return { items: presentDocuments(await q.versions(tx, Number(congress.id))) };
      });
    } catch (err) {
      await abandon(deps, [stored]);
      throw err;
    }
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

/** A version's Word file (404 when the version was typed as text). */
export async function versionFile(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  kind: DocumentKind,
  version: number,
): Promise<{ name: string; size: number; stream: Readable }> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const congress = await congressOf(db, actor, id);
  const row = await q.version(db, Number(congress.id), kind, version);
  if (!row?.file_sha256 || !row.file_name) throw notFound('Tệp Word của dự thảo');
  return { name: row.file_name, size: Number(row.file_size), stream: deps.files.read(row.file_sha256) };
}
