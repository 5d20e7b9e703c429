// Links between areas that neither area should know about: registered once when a runtime opens.
import {
  consultationsFor,
  handlingRuleFor,
  signingRuleFor,
  submissionRefusal,
} from '../domain/workdays/regulation.ts';
import type { RequestCtx } from './auth/actor.ts';
import type { Db } from './db/client.ts';
import { AppError } from './http/errors.ts';
import { homeCounts as disposalHomeCounts } from './modules/archive/disposal/service.ts';
import { recordGuard } from './modules/archive/service.ts';
import {
  homeCounts as documentsHomeCounts,
  registerDirectionDue,
  registerDirectionTaskCreator,
} from './modules/documents/handling/service.ts';
import { registerSigningRule, type SigningRuleFinder } from './modules/documents/outgoing/service.ts';
import { registerRecordGuard } from './modules/documents/service.ts';
import { registerHomeSection } from './modules/home/service.ts';
import { disciplineOfYear, earlyBadgeHold } from './modules/inspections/discipline/service.ts';
import { memberYear } from './modules/meetings/attendance/service.ts';
import { homeNextMeeting, homeCounts as meetingsHomeCounts } from './modules/meetings/home/service.ts';
import { homeStudies } from './modules/meetings/studies/reflections/service.ts';
import { registerEarlyBadgeHold } from './modules/members/badges/service.ts';
import { registerAttendanceOfYear, registerDisciplineOfYear } from './modules/members/rating/service.ts';
import { homeSelf } from './modules/members/self/service.ts';
import { homeNotices } from './modules/notifications/service.ts';
import { itemIdsOfProgram, itemRef, programsOfItems } from './modules/programs/items/service.ts';
import { homeCounts as programsHomeCounts } from './modules/programs/waiting/service.ts';
import { registerConsultationDue } from './modules/proposals/consultation/service.ts';
import { dueInWorkingDays } from './modules/rules/calendar/service.ts';
import { regulationInForce } from './modules/rules/regulations/service.ts';
import { homeTasks, homeCounts as tasksHomeCounts } from './modules/tasks/lists/service.ts';
import { createTaskInTx, registerProgramItems } from './modules/tasks/service.ts';

/**
 * A leader's direction with a lead unit and a deadline becomes a tracked task whose source is the
 * document (its symbol is the directive reference). When the lead unit is outside the leader's own
 * scope, or the person named does not belong to it, the direction is kept without a task rather
 * than refused: the document's routing matters more than the tracking.
 */
async function taskFromDirection(
  tx: Db,
  ctx: RequestCtx,
  input: {
    title: string;
    orgId: number;
    assigneeId?: number;
    coordinatingOrgIds: number[];
    dueOn: string;
    rule?: { workRuleId: number; article: string } | undefined;
    documentId: number;
    ref: string;
  },
): Promise<number | null> {
  const base = {
    title: input.title,
    orgId: input.orgId,
    coordinatingOrgIds: input.coordinatingOrgIds,
    dueOn: input.dueOn,
    rule: input.rule,
    source: { kind: 'document' as const, id: input.documentId, ref: input.ref },
  };
  const attempts = input.assigneeId ? [{ ...base, assigneeId: input.assigneeId }, base] : [base];
  for (const attempt of attempts) {
    try {
      // A savepoint: a refused attempt leaves the direction's transaction usable.
      const task = await tx.transaction((sp) => createTaskInTx(sp, ctx, attempt));
      return task.id;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  return null;
}

/**
 * An opinion request with no deadline typed gets the one its unit's working regulation gives (the
 * rule for the document type, else the general one; the longest when several must answer), counted
 * in working days; the round keeps the regulation's version and the article.
 */
async function consultationDue(tx: Db, ctx: RequestCtx, orgId: number, docType: string, on: string) {
  const reg = await regulationInForce(tx, ctx, orgId, on);
  if (!reg) return null;
  const rules = consultationsFor(reg.items, docType);
  const longest = rules.reduce<(typeof rules)[number] | null>(
    (a, r) => (a && a.days >= r.days ? a : r),
    null,
  );
  if (!longest) return null;
  const { due } = await dueInWorkingDays(tx, ctx, on, longest.days);
  return { dueOn: due, workRuleId: reg.id, article: `${longest.article} ${reg.title}` };
}

/**
 * A submission for signature under the signing rule of the issuing unit's regulation: the rule for the
 * document type (else the general one) says who may sign, T/M or K/T, whether it goes through the
 * office and the signer's working days; the document keeps the version and the article.
 */
const signingDue: SigningRuleFinder = async (tx, ctx, input) => {
  const reg = await regulationInForce(tx, ctx, input.orgId, input.on);
  const rule = reg && signingRuleFor(reg.items, input.docType);
  if (!reg || !rule) return null;
  const { due } = await dueInWorkingDays(tx, ctx, input.on, rule.days);
  return {
    dueOn: due,
    workRuleId: reg.id,
    article: `${rule.article} ${reg.title}`,
    refusal: submissionRefusal(rule, reg.title, input),
  };
};

/** A leader's direction with no deadline typed: the regulation's time to handle the document's type. */
async function handlingDue(tx: Db, ctx: RequestCtx, orgId: number, docType: string, on: string) {
  const reg = await regulationInForce(tx, ctx, orgId, on);
  const rule = reg && handlingRuleFor(reg.items, docType);
  if (!reg || !rule) return null;
  const { due } = await dueInWorkingDays(tx, ctx, on, rule.days);
  return { dueOn: due, workRuleId: reg.id, article: `${rule.article} ${reg.title}` };
}

export function registerIntegrations(): void {
  // An opinion request's deadline from the working regulation (docs/rules.md).
  registerConsultationDue(consultationDue);
  // A submission for signature: its due date and the signer it allows (docs/rules.md).
  registerSigningRule(signingDue);
  // A direction without a deadline: the time to handle from the regulation (docs/rules.md).
  registerDirectionDue(handlingDue);
  // A declared record is refused with the archive's clear message before the database refuses it.
  registerRecordGuard(recordGuard);
  registerDirectionTaskCreator(taskFromDirection);
  // A task given from a programme item records the item; the programmes area answers for its items.
  registerProgramItems({ item: itemRef, programsOf: programsOfItems, itemsOf: itemIdsOfProgram });
  // A member's annual rating shows their attendance at chi bộ meetings, as the meetings area counts it.
  registerAttendanceOfYear(memberYear);
  // A member disciplined in the year is rated no higher than the inspections area's rule allows.
  registerDisciplineOfYear(disciplineOfYear);
  // An early Huy hiệu Đảng (ill, posthumous) is held back for a member disciplined shortly before.
  registerEarlyBadgeHold(earlyBadgeHold);
  // The home page (GET /api/me/home) asks each area for its own section or figures; a section
  // nobody registers is answered as unavailable.
  registerHomeSection('member.tasks', (deps, ctx) => homeTasks(deps, ctx));
  registerHomeSection('member.self', (deps, ctx, week) => homeSelf(deps, ctx, week.today));
  registerHomeSection('member.notices', (deps, ctx) => homeNotices(deps, ctx));
  registerHomeSection('member.studies', homeStudies);
  registerHomeSection('member.meeting', homeNextMeeting);
  registerHomeSection('staff.documents', (deps, ctx) => documentsHomeCounts(deps, ctx));
  registerHomeSection('staff.tasks', tasksHomeCounts);
  registerHomeSection('staff.meetings', meetingsHomeCounts);
  registerHomeSection('staff.programs', (deps, ctx) => programsHomeCounts(deps, ctx));
  registerHomeSection('staff.archive', (deps, ctx) => disposalHomeCounts(deps, ctx));
}
