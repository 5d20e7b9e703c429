// A congress's papers (văn kiện): the political report, the committee's self-review, the draft
// resolution and the personnel plan, each drafted as numbered versions of its text, with comments
// on a version (who gave it, what it says). Modest on purpose: the text, not the Word file.
import type { DocumentKind } from '../../../../domain/congresses/labels.ts';
import type { documentCommentBody, documentVersionBody } from '../../../../domain/congresses/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound } from '../../../http/errors.ts';
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
  return presentVersion(kind, version, row, await q.comments(db, row.id));
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
    return presentVersion(kind, version, row, await q.comments(tx, row.id));
  });
}
