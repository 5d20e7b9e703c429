// The units' agency identifier codes (mã định danh, QCVN 102:2016/BTTTT levels 1–4): kept on each
// unit by an administrator, read by the exchange between systems to say who sends and who receives.
import type { RequestCtx } from '../../../auth/actor.ts';
import { whoOf } from '../../../auth/actor.ts';
import { authorize, signedIn } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import * as q from './queries.ts';

export interface UnitCode {
  id: number;
  name: string;
  code: string | null;
  active: boolean;
}

const present = (r: q.CodeRow): UnitCode => ({
  id: r.id,
  name: r.name,
  code: r.exchange_code,
  active: r.active,
});

/** Sets (or clears, with null) a unit's code; one code belongs to one unit. */
export async function setExchangeCode(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  code: string | null,
): Promise<UnitCode> {
  authorize(ctx, 'org.manage');
  return transact(deps, async (tx) => {
    const before = await q.byId(tx, id);
    if (!before) throw notFound('Đơn vị');
    if (code) {
      const holder = (await q.byCodes(tx, [code])).find((r) => r.id !== id);
      if (holder) {
        throw new ConflictError('exchange_code_taken', `Mã định danh ${code} đã gán cho «${holder.name}».`);
      }
    }
    await q.setCode(tx, id, code);
    const after = present((await q.byId(tx, id)) as q.CodeRow);
    await recordAudit(tx, ctx, {
      action: 'org.exchange_code',
      entity: 'org',
      entityId: id,
      orgId: id,
      before: present(before),
      after,
    });
    return after;
  });
}

/** Units that carry a code (the exchange's address book of this installation). */
export async function listExchangeCodes(deps: Deps, ctx: RequestCtx): Promise<UnitCode[]> {
  signedIn(ctx);
  return (await q.withCodes(deps.database.db)).map(present);
}

/** Units with these codes. The system (a job, a peer's package) may ask too. */
export async function unitsByExchangeCode(
  db: Db,
  ctx: RequestCtx,
  codes: readonly string[],
): Promise<UnitCode[]> {
  whoOf(ctx);
  if (codes.length === 0) return [];
  return (await q.byCodes(db, codes)).map(present);
}

/** One unit's code and name (null code when it has none). */
export async function exchangeCodeOf(db: Db, ctx: RequestCtx, id: number): Promise<UnitCode> {
  whoOf(ctx);
  const row = await q.byId(db, id);
  if (!row) throw notFound('Đơn vị');
  return present(row);
}
