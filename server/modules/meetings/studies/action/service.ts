// From a study session to the action programme (chương trình hành động) of its unit on the studied
// text, through the programmes area: the unit's own, the nearest superior's it should concretise (not
// copy), and the copy score the programmes' copy-check gives. Opening it starts the unit's programme
// from the superior's approved one (the cascade) or, with none above, as a new action programme.
import type { actionProgramBody } from '../../../../../domain/studies/schemas.ts';
import { vnDayOf } from '../../../../../domain/studies/schemas.ts';
import type { z } from '../../../../../domain/validation.ts';
import type { RequestCtx } from '../../../../auth/actor.ts';
import { authorize, may } from '../../../../auth/authorize.ts';
import type { Deps } from '../../../../deps.ts';
import { ConflictError, forbidden, ValidationError } from '../../../../http/errors.ts';
import { copyCheck } from '../../../programs/cascade/service.ts';
import type { ProgramJson } from '../../../programs/presenter.ts';
import { cascade, create, list } from '../../../programs/service.ts';
import { presentSession } from '../presenter.ts';
import * as sq from '../queries.ts';
import { sessionFor } from '../service.ts';
import { presentRef, type StudyActionProgram, type StudyProgramRef } from './presenter.ts';
import * as q from './queries.ts';

async function find(deps: Deps, ctx: RequestCtx, row: sq.SessionRow) {
  const all = (await list(deps, ctx, { kind: 'action', resolution: row.resolution_ref })).items;
  const own = all.find((p) => p.orgId === row.owner_org_id);
  const above = await q.ancestors(deps.database.db, row.owner_org_id);
  const superior = above
    .map((orgId) => all.find((p) => p.orgId === orgId && p.status === 'approved'))
    .find((p): p is ProgramJson => p !== undefined);
  return { own, superior };
}

export async function actionProgram(deps: Deps, ctx: RequestCtx, id: number): Promise<StudyActionProgram> {
  const actor = authorize(ctx, 'study.read');
  const row = await sessionFor(deps.database.db, ctx, id);
  const { own, superior } = await find(deps, ctx, row);
  const copyScore = own?.parentProgramId ? (await copyCheck(deps, ctx, own.id)).copyScore : null;
  const mine = await sq.unitIsMine(deps.database.db, actor, row.owner_org_id);
  return {
    resolution: presentSession(row).resolution,
    program: own ? presentRef(own) : null,
    superior: superior ? presentRef(superior) : null,
    copyScore,
    can: { open: !own && mine && may(actor, 'study.manage') && may(actor, 'program.manage') },
  };
}

export async function openActionProgram(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof actionProgramBody>,
): Promise<StudyProgramRef> {
  const actor = authorize(ctx, 'program.manage');
  const row = await sessionFor(deps.database.db, ctx, id);
  if (!(await sq.unitIsMine(deps.database.db, actor, row.owner_org_id))) {
    throw forbidden(`Chỉ «${row.org_name}» mới lập chương trình hành động của mình.`);
  }
  const { own, superior } = await find(deps, ctx, row);
  if (own) {
    throw new ConflictError(
      'program_exists',
      `«${row.org_name}» đã có chương trình hành động thực hiện ${row.resolution_ref} (số ${own.id}).`,
    );
  }
  if (superior) {
    return presentRef(await cascade(deps, ctx, superior.id, { orgId: row.owner_org_id, title: input.title }));
  }
  if (!input.endsOn) {
    throw new ValidationError('Ngày kết thúc: bắt buộc khi cấp trên chưa có chương trình hành động.');
  }
  const session = presentSession(row);
  const created = await create(deps, ctx, {
    orgId: row.owner_org_id,
    kind: 'action',
    title: input.title || `Chương trình hành động của ${row.org_name} thực hiện ${row.resolution_ref}`,
    startsOn: input.startsOn ?? vnDayOf(session.startsAt),
    endsOn: input.endsOn,
    secrecy: row.secrecy,
    resolution:
      session.resolution.documentId !== null
        ? { documentId: session.resolution.documentId }
        : { ref: row.resolution_ref, title: row.resolution_title },
  });
  return presentRef(created);
}
