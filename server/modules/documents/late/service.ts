// The late signatures, for the dashboard of the working rules (server/modules/rules/late).
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import * as q from './queries.ts';

/** Submissions due in [from, today) signed or returned late, or still waiting past their due date. */
export async function lateSignatures(db: Db, ctx: RequestCtx, from: string, today: string) {
  const actor = authorize(ctx, 'workrules.late');
  return (await q.lateSignatures(db, actor, from, today)).map((r) => ({
    documentId: Number(r.id),
    typeCode: r.type_code,
    summary: r.summary,
    status: r.status,
    signerName: r.signer_name,
    orgId: r.org_id,
    orgName: r.org_name,
    dueOn: r.due_on,
    doneOn: r.done_on,
    article: r.rule_article,
  }));
}
