// The documents and tasks linked to a hot issue, read through their own areas' services: a link to a
// record the account does not see is shown as such, and a new link needs a record it sees.
import type { RequestCtx } from '../../../auth/actor.ts';
import type { Deps } from '../../../deps.ts';
import { AppError, NotFoundError, notFound } from '../../../http/errors.ts';
import { getDocument } from '../../documents/service.ts';
import { tasksByIds } from '../../tasks/lists/service.ts';
import { detail as taskDetail } from '../../tasks/service.ts';
import type { IntelIssueLink } from './presenter.ts';
import * as q from './queries.ts';

export async function linksOf(deps: Deps, ctx: RequestCtx, issueId: number): Promise<IntelIssueLink[]> {
  const db = deps.database.db;
  const all = await q.links(db, issueId);
  const taskIds = all.filter((l) => l.kind === 'task').map((l) => Number(l.target_id));
  const tasks = new Map((await tasksByIds(db, ctx, taskIds)).map((t) => [t.id, t]));
  const out: IntelIssueLink[] = [];
  for (const l of all) {
    const id = Number(l.target_id);
    if (l.kind === 'task') {
      const t = tasks.get(id);
      out.push({
        kind: 'task',
        id,
        title: t?.title ?? `Nhiệm vụ #${id}`,
        detail: t?.stateLabel ?? null,
        seen: !!t,
      });
      continue;
    }
    try {
      const d = await getDocument(deps, ctx, id);
      out.push({ kind: 'document', id, title: d.summary, detail: d.symbol, seen: true });
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      out.push({ kind: 'document', id, title: 'Văn bản (không có quyền xem)', detail: null, seen: false });
    }
  }
  return out;
}

/** The document or task must exist and be seen by the account (404 otherwise). */
export async function requireTarget(
  deps: Deps,
  ctx: RequestCtx,
  kind: 'document' | 'task',
  targetId: number,
) {
  try {
    if (kind === 'document') return (await getDocument(deps, ctx, targetId)).summary;
    return (await taskDetail(deps, ctx, targetId)).title;
  } catch (err) {
    if (err instanceof AppError && err.code === 'forbidden')
      throw notFound(kind === 'task' ? 'Nhiệm vụ' : 'Văn bản');
    throw err;
  }
}
