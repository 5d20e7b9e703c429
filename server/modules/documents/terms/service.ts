// Committee terms (nhiệm kỳ). Outgoing numbers run per issuing body and type within the term of the
// committee the body belongs to: a board (Văn phòng, Ban Tổ chức …) numbers within its committee's
// term. A committee without a declared term gets one opened on 1 January of the year of its first
// issue, which the admin can then correct (docs/documents.md).
import { formatDateVi } from '../../../../domain/dates.ts';
import { type RequestCtx, whoOf } from '../../../auth/actor.ts';
import { authorize, signedIn } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { type DocumentTerm, presentTerm } from './presenter.ts';
import * as q from './queries.ts';

async function committeeOf(db: Db, orgId: number): Promise<number> {
  const row = await q.committeeOf(db, orgId);
  if (!row) throw notFound('Đơn vị');
  return row.id;
}

/**
 * The term a document issued by `issuerOrgId` on `date` is numbered in; opened when the committee has
 * none yet. Called by the issue, inside its transaction.
 */
export async function termFor(
  tx: Db,
  ctx: RequestCtx,
  input: { issuerOrgId: number; date: string },
): Promise<q.TermRow> {
  whoOf(ctx);
  const committee = await committeeOf(tx, input.issuerOrgId);
  const found = await q.termAt(tx, committee, input.date);
  if (found) return found;
  const year = input.date.slice(0, 4);
  const later = await q.termAfter(tx, committee, input.date);
  await q.insertTermIfAbsent(tx, {
    committeeId: committee,
    name: `Nhiệm kỳ từ năm ${year}`,
    startsOn: `${year}-01-01`,
    endsBefore: later?.starts_on ?? null,
  });
  const created = await q.termAt(tx, committee, input.date);
  if (!created) throw new Error('term not created');
  return created;
}

export async function listTerms(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
): Promise<{ items: DocumentTerm[] }> {
  signedIn(ctx);
  const db = deps.database.db;
  const committee = await committeeOf(db, orgId);
  return { items: (await q.termsOf(db, committee)).map(presentTerm) };
}

/** Opens a new term (after a congress); the previous open term ends the day before. */
export async function openTerm(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: { name: string; startsOn: string },
): Promise<DocumentTerm> {
  const actor = authorize(ctx, 'term.manage');
  return transact(deps, async (tx) => {
    await unitInScope(tx, actor, orgId);
    const committee = await committeeOf(tx, orgId);
    const clash = await q.termAfter(tx, committee, input.startsOn, true);
    if (clash) {
      throw new RuleError(
        'term_overlap',
        `Đã có nhiệm kỳ «${clash.name}» bắt đầu từ ${formatDateVi(clash.starts_on)}: nhiệm kỳ mới phải bắt đầu sau đó.`,
      );
    }
    await q.closeTermsBefore(tx, committee, input.startsOn);
    const row = await q.insertTerm(tx, committee, input.name, input.startsOn);
    const out = presentTerm(row);
    await recordAudit(tx, ctx, {
      action: 'term.open',
      entity: 'term',
      entityId: row.id,
      orgId: committee,
      after: out,
    });
    return out;
  });
}
