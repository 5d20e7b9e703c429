// Inspection and supervision cases (Quy định 296-QĐ/TW): an inspection on signs of a violation,
// supervision (thematic or regular) or the settling of a complaint (tố cáo). A case is owned by the
// inspecting unit (its inspection committee), carries its decision, its team, the three stages
// (preparation, conduct, conclusion) with their dates, the self-report the subject owes by a
// deadline, the conclusion and the follow-up of the remedies. Cases are Mật by default; who sees
// them is the access rule narrowed in queries.ts (caseVisible); the team is granted the case. The
// complainant is never shown to the account linked to the subject member.
import { todayVn } from '../../../../domain/dates.ts';
import {
  CASE_KIND_LABELS,
  nextStage,
  STAGE_LABELS,
  type Stage,
} from '../../../../domain/inspections/labels.ts';
import type {
  caseBody,
  caseListQuery,
  conclusionBody,
  remedyDoneBody,
  selfReportBody,
  stageBody,
} from '../../../../domain/inspections/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin, signedIn } from '../../../auth/authorize.ts';
import { grant } from '../../../auth/grants.ts';
import { activeUnitInScope, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { memberOfAccount } from '../../members/roster/service.ts';
import { get as getMember } from '../../members/service.ts';
import { type InspectionCase, presentCase, presentSummary } from './presenter.ts';
import * as q from './queries.ts';

async function visibleCase(db: Db, actor: Actor, id: number, lock = false): Promise<q.CaseRow> {
  const row = await q.byId(db, id, actor);
  if (!row) throw notFound('Cuộc kiểm tra, giám sát');
  return lock ? ((await q.byId(db, id, null, true)) as q.CaseRow) : row;
}

export async function getCase(deps: Deps, ctx: RequestCtx, id: number): Promise<InspectionCase> {
  const actor = authorize(ctx, 'inspection.read');
  const db = deps.database.db;
  const row = await visibleCase(db, actor, id);
  const [team, remedies, own] = await Promise.all([
    q.team(db, id),
    q.remedies(db, id),
    memberOfAccount(db, ctx),
  ]);
  const isSubject =
    own !== null && row.subject_member_id !== null && own.id === Number(row.subject_member_id);
  return presentCase(row, {
    team,
    remedies,
    showComplainant: !isSubject,
    manage: may(actor, 'inspection.manage'),
    discipline: may(actor, 'discipline.decide'),
    today: todayVn(),
  });
}

export async function listCases(deps: Deps, ctx: RequestCtx, f: z.infer<typeof caseListQuery>) {
  const actor = authorize(ctx, 'inspection.read');
  const db = deps.database.db;
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const found = await q.list(db, actor, { withinPath: within?.path ?? null, kind: f.kind, limit: f.limit });
  const today = todayVn();
  return { items: found.map((r) => presentSummary(r, today)) };
}

export async function openCase(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof caseBody>,
): Promise<InspectionCase> {
  const actor = authorize(ctx, 'inspection.manage');
  if (!input.subjectOrgId && !input.subjectMemberId) {
    throw new ValidationError('Đối tượng: cần chọn tổ chức đảng hoặc đảng viên được kiểm tra, giám sát.');
  }
  if (input.kind === 'complaint' && !input.complainant) {
    throw new ValidationError('Người tố cáo: cần ghi người tố cáo (không hiển thị với người bị tố cáo).');
  }
  if (!input.teamUserIds.includes(input.leadUserId)) {
    throw new ValidationError('Trưởng đoàn: phải là một thành viên của đoàn.');
  }
  if (input.preparationFrom < input.decidedOn) {
    throw new ValidationError('Ngày bắt đầu chuẩn bị: không được trước ngày quyết định.');
  }
  const member = input.subjectMemberId ? await getMember(deps, ctx, input.subjectMemberId) : null;
  const id = await transact(deps, async (tx) => {
    const owner = await activeUnitInScope(tx, actor, input.orgId);
    // The tree is readable by all: an inspected organisation need not lie in the opener's scope.
    const subjectOrg = input.subjectOrgId ? await q.org(tx, input.subjectOrgId) : null;
    if (input.subjectOrgId && !subjectOrg) throw notFound('Tổ chức đảng');
    const secrecy = input.secrecy ?? 1;
    requireSecrecyWithin(actor, secrecy);
    const teamIds = [...new Set(input.teamUserIds)];
    const people = await q.activeUsers(tx, teamIds);
    if (people.length !== teamIds.length) {
      throw new ValidationError('Đoàn kiểm tra: có tài khoản không tồn tại hoặc đã bị khóa.');
    }
    const short = people.find((p) => Number(p.clearance) < secrecy);
    if (short) {
      throw new RuleError(
        'team_clearance',
        `${short.full_name} không được tiếp cận tài liệu ở độ mật của cuộc kiểm tra.`,
      );
    }
    const id = await q.insert(tx, {
      ownerOrgId: owner.id,
      kind: input.kind,
      title: input.title,
      subjectOrgId: subjectOrg?.id ?? null,
      subjectMemberId: member?.id ?? null,
      subjectName: member ? member.fullName : (subjectOrg?.name ?? ''),
      complainant: input.kind === 'complaint' ? (input.complainant ?? null) : null,
      decisionNo: input.decisionNo,
      decidedOn: input.decidedOn,
      preparationFrom: input.preparationFrom,
      selfReportDue: input.selfReportDue ?? null,
      secrecy,
      programmeItemId: input.programmeItemId ?? null,
      by: actor.userId,
    });
    for (const userId of teamIds) {
      await q.addTeam(tx, id, userId, userId === input.leadUserId);
      await grant(tx, {
        entity: q.CASE_ENTITY,
        entityId: id,
        userId,
        reason: 'Thành viên đoàn kiểm tra, giám sát',
      });
    }
    await recordAudit(tx, ctx, {
      action: 'inspection.case.open',
      entity: q.CASE_ENTITY,
      entityId: id,
      orgId: owner.id,
      after: { kind: input.kind, title: input.title, decisionNo: input.decisionNo, team: teamIds },
    });
    return id;
  });
  return getCase(deps, ctx, id);
}

async function change(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  action: string,
  fn: (tx: Db, row: q.CaseRow, actor: Actor) => Promise<unknown>,
): Promise<InspectionCase> {
  const actor = authorize(ctx, 'inspection.manage');
  await transact(deps, async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const after = await fn(tx, row, actor);
    await recordAudit(tx, ctx, {
      action,
      entity: q.CASE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      after,
    });
  });
  return getCase(deps, ctx, id);
}

/** Preparation → conduct → conclusion, each with the day it began. */
export async function advance(deps: Deps, ctx: RequestCtx, id: number, input: z.infer<typeof stageBody>) {
  authorize(ctx, 'inspection.manage');
  return change(deps, ctx, id, 'inspection.case.stage', async (tx, row) => {
    const from = row.stage as Stage;
    const to = nextStage(from);
    if (!to || to === 'closed') {
      throw new RuleError(
        'stage_final',
        `Ở bước «${STAGE_LABELS[from]}» không chuyển tiếp được; hãy ghi kết luận.`,
      );
    }
    const began = to === 'conduct' ? row.preparation_from : (row.conduct_from as string);
    if (input.on < began) throw new ValidationError('Ngày: không được trước ngày bắt đầu bước trước.');
    await q.setStage(tx, id, to, input.on);
    return { from, to, on: input.on };
  });
}

export async function selfReport(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof selfReportBody>,
) {
  authorize(ctx, 'inspection.manage');
  return change(deps, ctx, id, 'inspection.case.self_report', async (tx, row) => {
    if (row.self_report_due === null)
      throw new RuleError('no_self_report', 'Cuộc này không yêu cầu báo cáo tự kiểm điểm.');
    if (row.self_report_on) throw new RuleError('self_report_exists', 'Đã nhận báo cáo tự kiểm điểm.');
    await q.setSelfReport(tx, id, input.on);
    return { selfReportOn: input.on, late: input.on > row.self_report_due };
  });
}

export async function conclude(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof conclusionBody>,
) {
  authorize(ctx, 'inspection.manage');
  return change(deps, ctx, id, 'inspection.case.conclude', async (tx, row) => {
    if (row.stage !== 'conclusion') {
      throw new RuleError('not_at_conclusion', `Chỉ ghi kết luận ở bước «${STAGE_LABELS.conclusion}».`);
    }
    if (input.on < (row.conclusion_from as string)) {
      throw new ValidationError('Ngày: không được trước ngày bắt đầu bước kết luận.');
    }
    await q.setConclusion(tx, id, {
      on: input.on,
      text: input.conclusion,
      violationFound: input.violationFound,
    });
    for (const m of input.remedies) await q.addRemedy(tx, id, m.content, m.dueOn);
    return { on: input.on, violationFound: input.violationFound, remedies: input.remedies.length };
  });
}

export async function remedyDone(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  remedyId: number,
  input: z.infer<typeof remedyDoneBody>,
) {
  authorize(ctx, 'inspection.manage');
  return change(deps, ctx, id, 'inspection.case.remedy', async (tx) => {
    const n = await q.remedyDone(tx, id, remedyId, input.on, input.note ?? null);
    if (n === 0) throw notFound('Yêu cầu khắc phục chưa hoàn thành');
    return { remedyId, doneOn: input.on };
  });
}

/**
 * The member a concluded case found in violation (the discipline decision names its case): 404 when
 * the account does not see the case, 422 when it is not concluded with a violation.
 */
export async function caseSubject(tx: Db, ctx: RequestCtx, caseId: number): Promise<number | null> {
  const actor = signedIn(ctx);
  const row = await visibleCase(tx, actor, caseId);
  if (row.stage !== 'closed' || row.violation_found !== true) {
    throw new RuleError(
      'case_not_concluded',
      `Cuộc «${CASE_KIND_LABELS[row.kind as keyof typeof CASE_KIND_LABELS]}» chưa có kết luận vi phạm.`,
    );
  }
  return row.subject_member_id === null ? null : Number(row.subject_member_id);
}
