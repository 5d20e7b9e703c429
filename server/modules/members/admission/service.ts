// The admission pipeline (kết nạp): a person goes through the stages in order, each with its date;
// the age rule (18–60) is checked on entry and at the decision; the decision creates the
// probationary member, whose recognition is then reminded (remindProbation, a daily job).
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import {
  ADMISSION_STAGES,
  admissionAgeProblem,
  PROBATION,
  stageIndex,
} from '../../../../domain/members/admission.ts';
import { addDays } from '../../../../domain/members/calendar.ts';
import { nameSortKey } from '../../../../domain/members/name-key.ts';
import type { admissionCreateBody, admissionStageBody } from '../../../../domain/members/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho } from '../../../auth/authorize.ts';
import { activeUnitInScope, scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { placeOf } from '../../orgs/service.ts';
import * as q from '../queries.ts';
import { createIn } from '../service.ts';
import { type AdmissionForm, admissionForm } from './docs.ts';
import {
  type MemberAdmission,
  type MemberAdmissionBoard,
  presentAdmission,
  presentBoard,
} from './presenter.ts';
import * as aq from './queries.ts';

const NOT_FOUND = 'Hồ sơ kết nạp';

export async function list(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId?: number | undefined; includeDone: boolean },
): Promise<MemberAdmissionBoard> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unitIds = f.orgId
    ? await scopeUnitIds(db, actor, (await unitInScope(db, actor, f.orgId)).id)
    : undefined;
  return presentBoard(await aq.list(db, actor, { unitIds, includeDone: f.includeDone }));
}

export async function get(deps: Deps, ctx: RequestCtx, id: number): Promise<MemberAdmission> {
  const actor = authorize(ctx, 'member.manage');
  const a = await aq.visibleById(deps.database.db, actor, id);
  if (!a) throw notFound(NOT_FOUND);
  return presentAdmission(a);
}

/** A Word form of the pipeline (3-KNĐ, 6-KNĐ, 9-KNĐ) filled from the person's data. */
export async function form(deps: Deps, ctx: RequestCtx, id: number, which: AdmissionForm) {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const row = await aq.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  const unit = await aq.unitWithParent(db, row.org_id);
  if (!unit) throw notFound('Đơn vị');
  const parent = unit.parent_name === null ? undefined : { name: unit.parent_name };
  // 9-KNĐ is issued by the committee above the chi bộ: its place is printed.
  const issuer = which === '9-KNĐ' && unit.parent_id !== null ? unit.parent_id : row.org_id;
  const place = await placeOf(db, ctx, issuer);
  const body = await admissionForm(presentAdmission(row), unit, parent, which, place);
  return { name: `Mẫu ${which} - hồ sơ ${id}.docx`, body };
}

function requireAge(birthDate: string, on: string) {
  const problem = admissionAgeProblem(birthDate, on);
  if (problem) throw new RuleError('admission_age', problem);
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof admissionCreateBody>,
): Promise<MemberAdmission> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, input.orgId);
    const today = todayVn();
    requireAge(input.birthDate, today);
    if (input.courseOn && input.courseOn > today)
      throw new RuleError('date_in_future', 'Ngày học lớp bồi dưỡng không được ở tương lai.');
    const id = await aq.insert(tx, {
      orgId: unit.id,
      fullName: input.fullName,
      sortKey: nameSortKey(input.fullName),
      birthDate: input.birthDate,
      gender: input.gender ?? null,
      residence: input.residence || null,
      occupation: input.occupation || null,
      courseOn: input.courseOn ?? null,
      note: input.note || null,
    });
    const out = presentAdmission((await aq.visibleById(tx, actor, id)) as aq.AdmissionRow);
    await recordAudit(tx, ctx, {
      action: 'member.admission_create',
      entity: 'member_admission',
      entityId: id,
      orgId: unit.id,
      after: out,
    });
    return out;
  });
}

export async function advance(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof admissionStageBody>,
): Promise<MemberAdmission> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const a = await aq.forUpdate(tx, actor, id);
    if (!a?.in_scope) throw notFound(NOT_FOUND);
    const before = presentAdmission(a);
    if (a.decision_on) throw new RuleError('admission_done', `«${a.full_name}» đã có quyết định kết nạp.`);
    const expected = before.nextStage;
    if (input.stage !== expected) {
      throw new RuleError(
        'admission_stage_order',
        `Bước tiếp theo của «${a.full_name}» là «${before.nextStageLabel}»; các bước phải làm theo thứ tự.`,
      );
    }
    const today = todayVn();
    if (input.on > today) throw new RuleError('date_in_future', 'Ngày của bước không được ở tương lai.');
    const prevStage = ADMISSION_STAGES[stageIndex(input.stage) - 1];
    const prevOn = prevStage ? before.dates[prevStage] : null;
    if (prevOn && input.on < prevOn)
      throw new RuleError(
        'admission_stage_date',
        `Ngày của bước này phải từ ngày ${formatDateVi(prevOn)} (bước trước) trở đi.`,
      );
    const extra: Parameters<typeof aq.setStage>[4] = { note: input.note || null };
    if (input.stage === 'application') requireAge(a.birth_date, input.on);
    if (input.stage === 'introducers') {
      const ids = input.introducerIds;
      if (!ids || ids[0] === ids[1])
        throw new RuleError('admission_introducers', 'Cần hai đảng viên chính thức khác nhau giới thiệu.');
      for (const mid of ids) {
        const m = await q.visibleById(tx, actor, mid);
        if (!m) throw notFound('Đảng viên giới thiệu');
        if (m.status !== 'chinh_thuc')
          throw new RuleError(
            'admission_introducers',
            `Đảng viên giới thiệu «${m.full_name}» phải là đảng viên chính thức.`,
          );
      }
      extra.introducers = [ids[0] as number, ids[1] as number];
    }
    if (input.stage === 'decision') {
      requireAge(a.birth_date, input.on);
      const member = await createIn(
        tx,
        ctx,
        {
          fullName: a.full_name,
          birthDate: a.birth_date,
          ...(a.gender ? { gender: a.gender } : {}),
          orgId: a.org_id,
          admittedOn: input.on,
          ...(input.partyCardNo ? { partyCardNo: input.partyCardNo } : {}),
          ...(a.residence ? { residence: a.residence } : {}),
          ...(a.occupation ? { occupation: a.occupation } : {}),
        },
        { action: 'admitted' },
      );
      extra.memberId = member.id;
      extra.decisionNo = input.decisionNo || null;
    }
    await aq.setStage(tx, id, input.stage, input.on, extra);
    const after = presentAdmission((await aq.visibleById(tx, actor, id)) as aq.AdmissionRow);
    await recordAudit(tx, ctx, {
      action: 'member.admission_stage',
      entity: 'member_admission',
      entityId: id,
      orgId: a.org_id,
      before,
      after,
    });
    return after;
  });
}

/** Overdue recognitions are reminded for this long; older ones are data to fix, not news. */
const OVERDUE_WINDOW_DAYS = 90;

function ids(v: number[] | string | null): number[] {
  if (v === null) return [];
  if (Array.isArray(v)) return v.map(Number);
  return v.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

/**
 * The daily reminder that a probationary member's recognition as a full member is due (12 months
 * after admission): once before the due date and once when it has passed (dedupe keys), to the staff
 * of the member's unit, or of the nearest unit above it that has staff (a chi bộ often has no
 * accounts of its own). Returns how many notices were stored.
 */
export async function remindProbation(deps: Deps, ctx: RequestCtx, today = todayVn()): Promise<number> {
  authorizeWho(ctx, 'member.manage');
  const until = addDays(today, PROBATION.reminderDaysBefore);
  const since = addDays(today, -OVERDUE_WINDOW_DAYS);
  return transact(deps, async (tx) => {
    let sent = 0;
    for (const d of await aq.probationDue(tx, since, until, PROBATION.months)) {
      const overdue = d.due <= today;
      sent += await notify(
        tx,
        { userIds: ids(d.user_ids) },
        {
          kind: 'member.probation_due',
          title: overdue
            ? `Đã đến hạn xét công nhận đảng viên chính thức: ${d.full_name} (từ ${formatDateVi(d.due)})`
            : `Sắp đến hạn xét công nhận đảng viên chính thức: ${d.full_name} (${formatDateVi(d.due)})`,
          body: `Đảng viên dự bị ${d.full_name} hết ${PROBATION.months} tháng dự bị ngày ${formatDateVi(d.due)}. Chi bộ cần xét, đề nghị công nhận chính thức.`,
          link: `/dang-vien/${d.id}`,
          entity: 'member',
          entityId: d.id,
          dedupeKey: `member-probation:${d.id}:${overdue ? 'due' : 'soon'}`,
        },
      );
    }
    return sent;
  });
}
