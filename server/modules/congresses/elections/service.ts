import { maxCandidates } from '../../../../domain/congresses/result.ts';
import type { approveBody, ballotsBody, createElectionBody } from '../../../../domain/congresses/schemas.ts';
import { todayVn } from '../../../../domain/dates.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, may } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { placeOf } from '../../orgs/service.ts';
import * as cq from '../queries.ts';
import { type ElectionDetail, type ElectionResult, presentDetail, presentSummary } from './presenter.ts';
import * as q from './queries.ts';
import { checkedBallots, requireCounting, requireSurplus, resultOf, visibleElection } from './record.ts';
import { countRecordDocx } from './record-docx.ts';
import { type ElectionRules, rulesOf, rulesOn } from './rules.ts';

/**
 * Creates the election and its list inside a transaction (also used by the package import).
 * @trusted The caller has checked the actor (congress.manage) first.
 */
export async function insertElection(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  input: z.infer<typeof createElectionBody>,
  extra: { packageKey?: string; packageHead?: string } = {},
): Promise<{ id: number; rules: ElectionRules }> {
  const unit = await activeUnitInScope(tx, actor, input.orgId);
  if (input.congressId !== undefined) {
    const congress = await cq.byId(tx, input.congressId, cq.congressVisible(actor));
    if (!congress) throw notFound('Đại hội');
    if (Number(congress.org_id) !== unit.id)
      throw new RuleError('congress_other_unit', `Đại hội «${congress.title}» là của đơn vị khác.`);
  }
  const rules = await rulesOn(tx, ctx, todayVn());
  requireSurplus(input.seats, input.candidates.length, rules);
  const id = await q.insert(tx, {
    orgId: unit.id,
    congressId: input.congressId ?? null,
    title: input.title,
    kind: input.kind ?? 'election',
    seats: input.seats,
    convened: input.convened,
    surplusVersionId: rules.surplus.versionId,
    majorityVersionId: rules.majority.versionId,
    validityVersionId: rules.validity.versionId,
    packageKey: extra.packageKey ?? null,
    packageHead: extra.packageHead ?? null,
    by: actor.userId,
  });
  await q.insertCandidates(tx, id, input.candidates);
  await recordAudit(tx, ctx, {
    action: 'election.create',
    entity: 'election',
    entityId: id,
    orgId: unit.id,
    after: { ...input, ...extra },
  });
  return { id, rules };
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createElectionBody>,
): Promise<{ id: number }> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => ({ id: (await insertElection(tx, ctx, actor, input)).id }));
}

/** Appends ballots as one agreed count (the ballot committee's reconciled entry). */
export async function addBallots(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof ballotsBody>,
): Promise<ElectionResult> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleElection(tx, actor, id, true);
    requireCounting(row);
    const [rules, candidates] = await Promise.all([rulesOf(tx, ctx, row), q.candidates(tx, row.id)]);
    const items = checkedBallots(row, candidates.length, Number(row.ballots), input.ballots, rules);
    await q.insertBallots(tx, row.id, 'agreed', items, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'election.ballots',
      entity: 'election',
      entityId: row.id,
      orgId: row.org_id,
      after: { added: items.length, from: Number(row.ballots) + 1, source: 'agreed' },
    });
    return resultOf(tx, ctx, { ...row, ballots: Number(row.ballots) + items.length });
  });
}

export async function result(deps: Deps, ctx: RequestCtx, id: number): Promise<ElectionResult> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  return resultOf(db, ctx, await visibleElection(db, actor, id));
}

function canOf(actor: Actor, row: q.ElectionRow) {
  return {
    manage: row.status === 'counting' && may(actor, 'congress.manage'),
    approve:
      row.status === 'submitted' && may(actor, 'congress.approve') && actor.orgId !== Number(row.org_id),
  };
}

/** @trusted The caller has checked the actor (congress.read) first. */
export async function detailOf(
  db: Db,
  ctx: RequestCtx,
  actor: Actor,
  row: q.ElectionRow,
): Promise<ElectionDetail> {
  const [candidates, res, rules] = await Promise.all([
    q.candidates(db, row.id),
    resultOf(db, ctx, row),
    rulesOf(db, ctx, row),
  ]);
  return presentDetail(row, {
    candidates: candidates.map((c) => ({ position: c.position, fullName: c.full_name })),
    maxCandidates: maxCandidates(row.seats, rules.surplus.value),
    result: res,
    can: canOf(actor, row),
  });
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<ElectionDetail> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  return detailOf(db, ctx, actor, await visibleElection(db, actor, id));
}

export async function list(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId?: number | undefined; congressId?: number | undefined },
) {
  const actor = authorize(ctx, 'congress.read');
  const rows = await q.list(deps.database.db, q.electionVisible(actor), f);
  return { items: rows.map(presentSummary) };
}

/** Ends the count and sends the result to the committee above for approval (chuẩn y). */
export async function submit(deps: Deps, ctx: RequestCtx, id: number): Promise<ElectionDetail> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleElection(tx, actor, id, true);
    // An imported count arrives closed; any other must still be counting.
    if (row.status !== 'closed') requireCounting(row);
    if (Number(row.ballots) === 0)
      throw new RuleError('election_no_ballots', `Cuộc bầu cử «${row.title}» chưa có phiếu nào được kiểm.`);
    if (await q.pendingTally(tx, row.id))
      throw new RuleError(
        'tally_pending',
        'Hai người kiểm phiếu còn phiếu đang nhập chưa thống nhất: thống nhất hoặc xóa phần nhập đó trước khi trình.',
      );
    await q.setStatus(tx, row.id, 'submitted');
    const after = await visibleElection(tx, actor, id);
    await recordAudit(tx, ctx, {
      action: 'election.submit',
      entity: 'election',
      entityId: row.id,
      orgId: row.org_id,
      after: (await resultOf(tx, ctx, after)).items,
    });
    return detailOf(tx, ctx, actor, after);
  });
}

/** The committee above approves the result (a leader of a unit above the election's own). */
export async function approve(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof approveBody>,
): Promise<ElectionDetail> {
  const actor = authorize(ctx, 'congress.approve');
  return transact(deps, async (tx) => {
    const row = await visibleElection(tx, actor, id, true);
    if (actor.orgId === Number(row.org_id))
      throw new RuleError(
        'approval_by_superior',
        'Kết quả bầu cử do cấp ủy cấp trên có thẩm quyền chuẩn y, không do chính đơn vị bầu cử.',
      );
    if (row.status !== 'submitted')
      throw new RuleError('election_not_submitted', `Cuộc bầu cử «${row.title}» chưa được trình chuẩn y.`);
    await q.setStatus(tx, row.id, 'approved', { approvedBy: actor.userId, note: input.note || null });
    await recordAudit(tx, ctx, {
      action: 'election.approve',
      entity: 'election',
      entityId: row.id,
      orgId: row.org_id,
      after: { note: input.note ?? null },
    });
    return detailOf(tx, ctx, actor, await visibleElection(tx, actor, id));
  });
}

/** The count record (biên bản kiểm phiếu) in Word, with both shares. */
export async function countRecord(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
): Promise<{ name: string; bytes: Buffer }> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const row = await visibleElection(db, actor, id);
  const bytes = await countRecordDocx({
    title: row.title,
    kind: row.kind,
    orgName: row.org_name,
    superior: row.parent_name,
    place: await placeOf(db, ctx, row.org_id),
    congressTitle: row.congress_title,
    result: await resultOf(db, ctx, row),
  });
  return { name: `Biên bản kiểm phiếu - ${row.title}.docx`, bytes };
}
