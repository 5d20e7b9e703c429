// The admission pipeline (kết nạp, domain-reference §5): a person goes through the stages in order,
// each with its date; the age rule (18–60) is checked on entry and at the decision; the decision
// creates the probationary member, whose recognition is then reminded (jobs.ts).
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import {
  ADMISSION_STAGE_INFO,
  ADMISSION_STAGES,
  type AdmissionStage,
  admissionAgeProblem,
  recognitionDue,
  stageIndex,
} from '../../../domain/members/admission.ts';
import { nameSortKey } from '../../../domain/members/name-key.ts';
import type { admissionCreateBody, admissionStageBody } from '../../../domain/members/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as aq from './admission-queries.ts';
import * as q from './queries.ts';
import { actorOf, createIn } from './service.ts';

export function presentAdmission(a: aq.AdmissionRow) {
  const dates = Object.fromEntries(
    ADMISSION_STAGES.map((s) => [
      s,
      (a as unknown as Record<string, string | null>)[aq.STAGE_COLUMN[s]] ?? null,
    ]),
  ) as Record<AdmissionStage, string | null>;
  const done = a.stage === 'none' ? -1 : stageIndex(a.stage);
  const next = ADMISSION_STAGES[done + 1] ?? null;
  return {
    id: a.id,
    orgId: a.org_id,
    orgName: a.org_name,
    fullName: a.full_name,
    birthDate: a.birth_date,
    gender: a.gender,
    residence: a.residence,
    occupation: a.occupation,
    stage: a.stage === 'none' ? null : a.stage,
    stageLabel: a.stage === 'none' ? 'Chưa bắt đầu' : ADMISSION_STAGE_INFO[a.stage].label,
    nextStage: next,
    nextStageLabel: next ? ADMISSION_STAGE_INFO[next].label : null,
    dates,
    introducers: [
      ...(a.introducer1_id ? [{ memberId: a.introducer1_id, fullName: a.introducer1_name }] : []),
      ...(a.introducer2_id ? [{ memberId: a.introducer2_id, fullName: a.introducer2_name }] : []),
    ],
    decisionNo: a.decision_no,
    memberId: a.member_id,
    recognitionDue: a.decision_on ? recognitionDue(a.decision_on) : null,
    note: a.note,
  };
}

export async function list(db: Db, actor: Actor, f: { orgId?: number | undefined; includeDone: boolean }) {
  if (f.orgId && !(await q.unitInScope(db, actor, f.orgId))) throw notFound('Đơn vị');
  return {
    stages: ADMISSION_STAGES.map((s) => ({ stage: s, ...ADMISSION_STAGE_INFO[s] })),
    items: (await aq.list(db, actor, f)).map(presentAdmission),
  };
}

export async function get(db: Db, actor: Actor, id: number) {
  const a = await aq.visibleById(db, actor, id);
  if (!a) throw notFound('Hồ sơ kết nạp');
  return presentAdmission(a);
}

function requireAge(birthDate: string, on: string) {
  const problem = admissionAgeProblem(birthDate, on);
  if (problem) throw new RuleError('admission_age', problem);
}

export async function create(deps: Deps, ctx: RequestCtx, input: z.infer<typeof admissionCreateBody>) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const unit = await q.unitInScope(tx, actor, input.orgId);
    if (!unit) throw notFound('Đơn vị');
    if (!unit.active) throw new RuleError('org_inactive', `Đơn vị «${unit.name}» đã ngừng hoạt động.`);
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
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const a = await aq.forUpdate(tx, actor, id);
    if (!a || !(await q.unitInScope(tx, actor, a.org_id))) throw notFound('Hồ sơ kết nạp');
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
