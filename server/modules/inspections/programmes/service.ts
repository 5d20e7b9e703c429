// Annual inspection and supervision programmes: issued by a committee, its inspection committee or a
// chi bộ (the issuing unit owns it), with items assigned to units (in the issuer's subtree) or
// members (whom the account may read), each with a period. A case may name the item it carries out.
import { isUnder } from '../../../../domain/access.ts';
import type { programmeBody, programmeListQuery } from '../../../../domain/inspections/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { activeUnitInScope, unitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { get as getMember } from '../../members/service.ts';
import { type InspectionProgramme, presentProgramme, presentSummary } from './presenter.ts';
import * as q from './queries.ts';

export async function getProgramme(deps: Deps, ctx: RequestCtx, id: number): Promise<InspectionProgramme> {
  const actor = authorize(ctx, 'inspection.read');
  const db = deps.database.db;
  const row = await q.byId(db, id, actor);
  if (!row) throw notFound('Chương trình kiểm tra, giám sát');
  return presentProgramme(row, await q.items(db, id));
}

export async function listProgrammes(deps: Deps, ctx: RequestCtx, f: z.infer<typeof programmeListQuery>) {
  const actor = authorize(ctx, 'inspection.read');
  const db = deps.database.db;
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const found = await q.list(db, actor, { withinPath: within?.path ?? null, year: f.year });
  return { items: found.map(presentSummary) };
}

export async function createProgramme(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof programmeBody>,
): Promise<InspectionProgramme> {
  const actor = authorize(ctx, 'inspection.manage');
  for (const [i, item] of input.items.entries()) {
    if (item.periodTo < item.periodFrom) {
      throw new ValidationError(`Nội dung chương trình (dòng ${i + 1}): ngày kết thúc trước ngày bắt đầu.`);
    }
    if (!item.subjectOrgId && !item.subjectMemberId) {
      throw new ValidationError(`Nội dung chương trình (dòng ${i + 1}): cần đơn vị hoặc đảng viên.`);
    }
  }
  // Members named by the items: the members area answers (404 for one the account may not read).
  const members = new Map<number, { fullName: string; orgId: number }>();
  for (const item of input.items) {
    if (item.subjectMemberId && !members.has(item.subjectMemberId)) {
      const m = await getMember(deps, ctx, item.subjectMemberId);
      members.set(m.id, { fullName: m.fullName, orgId: m.orgId });
    }
  }
  const id = await transact(deps, async (tx) => {
    const issuer = await activeUnitInScope(tx, actor, input.orgId);
    const id = await q.insert(tx, {
      orgId: issuer.id,
      issuer: input.issuer,
      year: input.year,
      title: input.title,
      by: actor.userId,
    });
    for (const item of input.items) {
      const unitId = item.subjectOrgId ?? members.get(item.subjectMemberId as number)?.orgId;
      const unit = unitId ? await q.orgName(tx, unitId) : undefined;
      if (!unit) throw notFound('Đơn vị');
      if (!isUnder(unit.path, issuer.path)) {
        throw new RuleError('outside_issuer', `«${unit.name}» không thuộc «${issuer.name}».`);
      }
      await q.insertItem(tx, {
        programmeId: id,
        kind: item.kind,
        content: item.content,
        subjectOrgId: item.subjectOrgId ?? null,
        subjectMemberId: item.subjectMemberId ?? null,
        subjectName: item.subjectMemberId ? (members.get(item.subjectMemberId)?.fullName ?? null) : null,
        periodFrom: item.periodFrom,
        periodTo: item.periodTo,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'inspection.programme.create',
      entity: q.PROGRAMME_ENTITY,
      entityId: id,
      orgId: issuer.id,
      after: { ...input },
    });
    return id;
  });
  return getProgramme(deps, ctx, id);
}
