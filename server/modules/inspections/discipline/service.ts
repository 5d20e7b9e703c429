// Discipline of members (Quy định 69-QĐ/TW, amended by 264-QĐ/TW): a decision names the member, the
// form, the day of the violation and of the decision, the unit with authority and the reason. It is
// refused when the limitation period of the form (a versioned rule) has passed, or when the form is
// not one a probationary member may receive. The appeal deadline is set from the rule in force on the
// day of the decision. A state body's notice that it disciplined a member is registered and checked
// against the days the rule allows. The member's record shows the decisions (GET with memberId) and
// the awards area asks decisionsBetween() before proposing a member.

import { isUnder } from '../../../../domain/access.ts';
import { addDays, formatDateVi } from '../../../../domain/dates.ts';
import {
  FORM_LABELS,
  formAllowed,
  limitationEnds,
  limitationExpired,
  type MemberForm,
} from '../../../../domain/inspections/discipline.ts';
import { periodOf, type Quarter } from '../../../../domain/inspections/reviews.ts';
import type {
  appealBody,
  appealOutcomeBody,
  disciplineBody,
  disciplineListQuery,
  noticeBody,
} from '../../../../domain/inspections/schemas.ts';
import { addYears } from '../../../../domain/members/calendar.ts';
import { RATING_CATEGORIES, RATING_LABELS, type RatingCategory } from '../../../../domain/members/rating.ts';
import type { LimitationYears } from '../../../../domain/rules/inspections.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { get as getMember } from '../../members/service.ts';
import { ruleInForce, ruleVersion } from '../../rules/service.ts';
import { caseSubject } from '../cases/service.ts';
import { type DisciplineJson, type DisciplineNotice, presentDecision, presentNotice } from './presenter.ts';
import * as q from './queries.ts';

async function present(db: Db, ctx: RequestCtx, rows: readonly q.DecisionRow[]): Promise<DisciplineJson[]> {
  const years = new Map<number, LimitationYears>();
  const out: DisciplineJson[] = [];
  for (const r of rows) {
    const v = Number(r.limitation_version_id);
    let y = years.get(v);
    if (!y) {
      y = (await ruleVersion(db, ctx, v, 'inspections.limitation_years')).value;
      years.set(v, y);
    }
    out.push(presentDecision(r, limitationEnds(r.form as MemberForm, r.violated_on, y)));
  }
  return out;
}

async function visibleDecision(db: Db, actor: Actor, id: number, lock = false) {
  const row = await q.byId(db, id, actor);
  if (!row) throw notFound('Quyết định kỷ luật');
  return lock ? ((await q.byId(db, id, null, true)) as q.DecisionRow) : row;
}

export async function decide(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof disciplineBody>,
): Promise<DisciplineJson> {
  const actor = authorize(ctx, 'discipline.decide');
  if (input.decidedOn < input.violatedOn) {
    throw new ValidationError('Ngày quyết định: không được trước ngày vi phạm.');
  }
  // 404 when the member is not one the account may read (the members area answers).
  const member = await getMember(deps, ctx, input.memberId);
  const id = await transact(deps, async (tx) => {
    const authority = await unitInScope(tx, actor, input.authorityOrgId);
    const home = await q.orgPath(tx, member.orgId);
    if (!home || !isUnder(home.path, authority.path)) {
      throw new RuleError(
        'authority_not_above',
        `«${authority.name}» không phải là cấp quản lý đảng viên ${member.fullName}.`,
      );
    }
    if (!formAllowed(member.status, input.form)) {
      throw new RuleError(
        'form_not_allowed',
        `Đảng viên dự bị chỉ bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo, không thể «${FORM_LABELS[input.form]}».`,
      );
    }
    const limitation = await ruleInForce(tx, ctx, 'inspections.limitation_years', input.decidedOn);
    if (limitationExpired(input.form, input.violatedOn, input.decidedOn, limitation.value)) {
      const end = limitationEnds(input.form, input.violatedOn, limitation.value) as string;
      throw new RuleError(
        'limitation_expired',
        `Đã hết thời hiệu xử lý kỷ luật bằng hình thức «${FORM_LABELS[input.form]}» (${limitation.value[input.form as keyof LimitationYears]} năm, hết ngày ${formatDateVi(end)}; ${limitation.source}).`,
      );
    }
    if (input.caseId) {
      const subject = await caseSubject(tx, ctx, input.caseId);
      if (subject !== input.memberId) {
        throw new RuleError('case_other_subject', 'Cuộc kiểm tra đã chọn không kiểm tra đảng viên này.');
      }
    }
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    const appeal = await ruleInForce(tx, ctx, 'inspections.appeal_days', input.decidedOn);
    const id = await q.insert(tx, {
      memberId: member.id,
      memberName: member.fullName,
      ownerOrgId: member.orgId,
      authorityOrgId: authority.id,
      form: input.form,
      violatedOn: input.violatedOn,
      decidedOn: input.decidedOn,
      reason: input.reason,
      decisionNo: input.decisionNo ?? null,
      caseId: input.caseId ?? null,
      limitationVersionId: limitation.versionId,
      appealDue: addDays(input.decidedOn, appeal.value),
      appealVersionId: appeal.versionId,
      secrecy,
      by: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'discipline.decide',
      entity: q.DECISION_ENTITY,
      entityId: id,
      orgId: member.orgId,
      after: { ...input, memberName: member.fullName },
    });
    return id;
  });
  return getDecision(deps, ctx, id);
}

export async function getDecision(deps: Deps, ctx: RequestCtx, id: number): Promise<DisciplineJson> {
  const actor = authorize(ctx, 'discipline.read');
  const db = deps.database.db;
  const row = await visibleDecision(db, actor, id);
  if (actor.role === 'member') await getMember(deps, ctx, Number(row.member_id));
  return (await present(db, ctx, [row]))[0] as DisciplineJson;
}

export async function listDecisions(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof disciplineListQuery>,
): Promise<{ items: DisciplineJson[] }> {
  const actor = authorize(ctx, 'discipline.read');
  const db = deps.database.db;
  // A member reads only the decisions on a record the members area lets them read (their own).
  if (actor.role === 'member' && !f.memberId) {
    throw new ValidationError('Đảng viên: cần chọn hồ sơ đảng viên.');
  }
  if (f.memberId && actor.role === 'member') await getMember(deps, ctx, f.memberId);
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const found = await q.list(db, actor, {
    memberId: f.memberId,
    withinPath: within?.path ?? null,
    limit: f.limit,
  });
  return { items: await present(db, ctx, found) };
}

export async function appeal(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof appealBody>,
): Promise<DisciplineJson> {
  const actor = authorize(ctx, 'discipline.decide');
  await transact(deps, async (tx) => {
    const row = await visibleDecision(tx, actor, id, true);
    if (row.appealed_on) throw new ConflictError('appeal_exists', 'Quyết định này đã có khiếu nại.');
    if (input.appealedOn < row.decided_on) {
      throw new ValidationError('Ngày khiếu nại: không được trước ngày quyết định.');
    }
    if (input.appealedOn > row.appeal_due) {
      throw new RuleError(
        'appeal_late',
        `Đã quá thời hạn khiếu nại (hết ngày ${formatDateVi(row.appeal_due)}).`,
      );
    }
    await q.setAppeal(tx, id, input.appealedOn, input.note);
    await recordAudit(tx, ctx, {
      action: 'discipline.appeal',
      entity: q.DECISION_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      after: input,
    });
  });
  return getDecision(deps, ctx, id);
}

export async function appealOutcome(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof appealOutcomeBody>,
): Promise<DisciplineJson> {
  const actor = authorize(ctx, 'discipline.decide');
  await transact(deps, async (tx) => {
    const row = await visibleDecision(tx, actor, id, true);
    if (!row.appealed_on) throw new RuleError('no_appeal', 'Quyết định này chưa có khiếu nại.');
    if (row.appeal_outcome) throw new ConflictError('appeal_settled', 'Khiếu nại đã được giải quyết.');
    await q.setOutcome(tx, id, input.outcome, input.note ?? null);
    await recordAudit(tx, ctx, {
      action: 'discipline.appeal_outcome',
      entity: q.DECISION_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      after: input,
    });
  });
  return getDecision(deps, ctx, id);
}

/**
 * The decisions on a member decided between two days, annulled ones left out: the awards area's
 * check. It counts every decision whatever its secrecy, and its callers name only the form and day.
 */
export async function decisionsBetween(
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; from: string; to: string },
): Promise<{ form: MemberForm; formLabel: string; decidedOn: string }[]> {
  authorizeWho(ctx, 'discipline.read');
  const found = await q.ofMemberBetween(db, f.memberId, f.from, f.to);
  return found.map((r) => ({
    form: r.form as MemberForm,
    formLabel: FORM_LABELS[r.form as MemberForm],
    decidedOn: r.decided_on,
  }));
}

/**
 * A member's discipline decided in a year (annulled decisions left out) and the highest rating
 * category it allows (the rule in force at the year's end): the members area's annual rating reads it
 * through a hook (server/integrations.ts).
 */
export async function disciplineOfYear(
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; year: number; quarter?: number | undefined },
): Promise<{
  year: number;
  decisions: { formLabel: string; decidedOn: string }[];
  maxCategory: RatingCategory | null;
  maxLabel: string | null;
  source: string;
}> {
  authorizeWho(ctx, 'discipline.read');
  // A quarter's review counts the decisions of the quarter; the cap is the rule at the period's end.
  const period = periodOf(f.year, (f.quarter ?? 0) as Quarter);
  const found = await decisionsBetween(db, ctx, { memberId: f.memberId, from: period.from, to: period.to });
  const cap = await ruleInForce(db, ctx, 'inspections.rating_disciplined_max', period.to);
  const max = found.length > 0 ? (RATING_CATEGORIES[cap.value - 1] ?? null) : null;
  return {
    year: f.year,
    decisions: found.map((d) => ({ formLabel: d.formLabel, decidedOn: d.decidedOn })),
    maxCategory: max,
    maxLabel: max ? RATING_LABELS[max] : null,
    source: cap.source,
  };
}

/**
 * Whether an early badge (ill, posthumous) is held back on a day: the latest decision on the member
 * (annulled left out) within the rule's years before it, with the rule's source; null otherwise. The
 * members area's badge award asks it through a hook (server/integrations.ts).
 */
export async function earlyBadgeHold(
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; on: string },
): Promise<{ formLabel: string; decidedOn: string; years: number; source: string } | null> {
  authorizeWho(ctx, 'discipline.read');
  const hold = await ruleInForce(db, ctx, 'inspections.early_badge_hold_years', f.on);
  if (hold.value === 0) return null;
  const from = addDays(addYears(f.on, -hold.value), 1);
  const found = await decisionsBetween(db, ctx, { memberId: f.memberId, from, to: f.on });
  const last = found.at(-1);
  return last
    ? { formLabel: last.formLabel, decidedOn: last.decidedOn, years: hold.value, source: hold.source }
    : null;
}

// ---- State bodies' notices ---------------------------------------------------------------------------

export async function registerNotice(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof noticeBody>,
): Promise<DisciplineNotice> {
  const actor = authorize(ctx, 'discipline.decide');
  if (input.receivedOn < input.decidedOn) {
    throw new ValidationError('Ngày nhận thông báo: không được trước ngày quyết định.');
  }
  const member = await getMember(deps, ctx, input.memberId);
  const id = await transact(deps, async (tx) => {
    const days = await ruleInForce(tx, ctx, 'inspections.state_notice_days', input.decidedOn);
    const id = await q.insertNotice(tx, {
      memberId: member.id,
      memberName: member.fullName,
      ownerOrgId: member.orgId,
      stateBody: input.stateBody,
      form: input.form,
      decidedOn: input.decidedOn,
      receivedOn: input.receivedOn,
      dueOn: addDays(input.decidedOn, days.value),
      ruleVersionId: days.versionId,
      by: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'discipline.notice',
      entity: q.NOTICE_ENTITY,
      entityId: id,
      orgId: member.orgId,
      after: input,
    });
    return id;
  });
  const [row] = await q.notices(deps.database.db, actor, { id });
  if (!row) throw notFound('Thông báo');
  return presentNotice(row);
}

export async function listNotices(
  deps: Deps,
  ctx: RequestCtx,
  f: { memberId?: number | undefined },
): Promise<{ items: DisciplineNotice[] }> {
  const actor = authorize(ctx, 'discipline.decide');
  const found = await q.notices(deps.database.db, actor, { memberId: f.memberId });
  return { items: found.map(presentNotice) };
}
