// Statistics of studying by unit: for a unit in scope, its own members and each unit below it, over
// the main sessions the reader sees (a period, one text): expected, studied at the session, made up,
// not yet studied, reflections submitted, marked and passed.
import { resolutionKey } from '../../../../../domain/resolution.ts';
import type { RequestCtx } from '../../../../auth/actor.ts';
import { authorize } from '../../../../auth/authorize.ts';
import { unitInScope } from '../../../../auth/scope.ts';
import type { Deps } from '../../../../deps.ts';
import { presentStats, type StudyStats } from './presenter.ts';
import * as q from './queries.ts';

export async function byUnit(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; from?: string | undefined; to?: string | undefined; resolution?: string | undefined },
): Promise<StudyStats> {
  const actor = authorize(ctx, 'study.read');
  const db = deps.database.db;
  const org = await unitInScope(db, actor, f.orgId);
  const found = await q.byUnit(db, actor, {
    orgId: org.id,
    from: f.from,
    to: f.to,
    resolutionKey: f.resolution ? resolutionKey(f.resolution) : undefined,
  });
  return presentStats(org, found);
}
