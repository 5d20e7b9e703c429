// The award registry: awards per person and per unit (those the account sees), revocation of an
// award obtained by a false declaration, and the lists in Word and Excel.
import { formatDateVi } from '../../../../domain/dates.ts';
import type { awardListQuery, revokeBody } from '../../../../domain/rewards/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import { type Deps, readDb, transact } from '../../../deps.ts';
import { ConflictError, notFound, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { placeOf } from '../../orgs/service.ts';
import { awardsDocx, awardsXlsx } from './lists.ts';
import { presentAward, type RewardAward } from './presenter.ts';
import * as q from './queries.ts';

export async function listAwards(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof awardListQuery>,
): Promise<{ items: RewardAward[] }> {
  const actor = authorize(ctx, 'reward.read');
  const db = await readDb(deps, ctx);
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const found = await q.list(db, actor, {
    withinPath: within?.path ?? null,
    memberId: f.memberId,
    year: f.year,
  });
  return { items: found.map(presentAward) };
}

export async function revokeAward(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof revokeBody>,
): Promise<RewardAward> {
  const actor = authorize(ctx, 'reward.decide');
  return transact(deps, async (tx) => {
    const row = await q.byId(tx, id, actor, true);
    if (!row) throw notFound('Khen thưởng');
    if (row.revoked_on) throw new ConflictError('award_revoked', 'Khen thưởng này đã bị thu hồi.');
    if (input.on < row.decided_on) {
      throw new ValidationError(
        `Ngày: không được trước ngày quyết định khen thưởng (${formatDateVi(row.decided_on)}).`,
      );
    }
    await q.revoke(tx, id, input.on, input.reason);
    await recordAudit(tx, ctx, {
      action: 'reward.revoke',
      entity: q.AWARD_ENTITY,
      entityId: id,
      orgId: Number(row.org_id),
      after: input,
    });
    return presentAward((await q.byId(tx, id, actor)) as q.AwardRow);
  });
}

async function listFor(deps: Deps, ctx: RequestCtx, f: z.infer<typeof awardListQuery>) {
  const actor = authorize(ctx, 'reward.read');
  const orgId = f.orgId ?? actor.orgId;
  const unit = await unitInScope(await readDb(deps, ctx), actor, orgId);
  const { items } = await listAwards(deps, ctx, { ...f, orgId });
  return { unit, items };
}

export async function awardsWord(deps: Deps, ctx: RequestCtx, f: z.infer<typeof awardListQuery>) {
  authorize(ctx, 'reward.read');
  const { unit, items } = await listFor(deps, ctx, f);
  const body = await awardsDocx(
    unit.name,
    await placeOf(await readDb(deps, ctx), ctx, unit.id),
    f.year ?? null,
    items,
  );
  return { body, name: `khen-thuong${f.year ? `-${f.year}` : ''}.docx` };
}

export async function awardsExcel(deps: Deps, ctx: RequestCtx, f: z.infer<typeof awardListQuery>) {
  authorize(ctx, 'reward.read');
  const { unit, items } = await listFor(deps, ctx, f);
  return {
    body: await awardsXlsx(unit.name, f.year ?? null, items),
    name: `khen-thuong${f.year ? `-${f.year}` : ''}.xlsx`,
  };
}
