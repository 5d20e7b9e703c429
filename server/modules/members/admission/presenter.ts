// JSON shapes of the admission pipeline: a person with the date of each stage, and the board.
import { z } from '@hono/zod-openapi';
import {
  ADMISSION_STAGE_INFO,
  ADMISSION_STAGES,
  type AdmissionStage,
  recognitionDue,
  stageIndex,
} from '../../../../domain/members/admission.ts';
import { GENDERS } from '../../../../domain/members/records.ts';
import { type AdmissionRow, STAGE_COLUMN } from './queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });
const stage = () => z.enum(ADMISSION_STAGES);

export const MemberAdmission = z
  .object({
    id: int(),
    orgId: int(),
    orgName: z.string(),
    fullName: z.string(),
    birthDate: date(),
    gender: z.enum(GENDERS).nullable(),
    residence: z.string().nullable(),
    occupation: z.string().nullable(),
    /** The last stage done; null before the first. */
    stage: stage().nullable(),
    stageLabel: z.string(),
    nextStage: stage().nullable(),
    nextStageLabel: z.string().nullable(),
    /** The date of each stage done (null for those to come). */
    dates: z.record(stage(), date().nullable()),
    introducers: z.array(z.object({ memberId: int(), fullName: z.string().nullable() })),
    decisionNo: z.string().nullable(),
    /** The record created by the decision. */
    memberId: int().nullable(),
    recognitionDue: date().nullable(),
    note: z.string().nullable(),
  })
  .openapi('MemberAdmission');
export type MemberAdmission = z.infer<typeof MemberAdmission>;

export const MemberAdmissionBoard = z
  .object({
    stages: z.array(z.object({ stage: stage(), label: z.string(), form: z.string().nullable() })),
    items: z.array(MemberAdmission),
  })
  .openapi('MemberAdmissionBoard');
export type MemberAdmissionBoard = z.infer<typeof MemberAdmissionBoard>;

export function presentAdmission(a: AdmissionRow): MemberAdmission {
  const dates = Object.fromEntries(
    ADMISSION_STAGES.map((s) => [
      s,
      (a as unknown as Record<string, string | null>)[STAGE_COLUMN[s]] ?? null,
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

export function presentBoard(items: readonly AdmissionRow[]): MemberAdmissionBoard {
  return {
    stages: ADMISSION_STAGES.map((s) => ({ stage: s, ...ADMISSION_STAGE_INFO[s] })),
    items: items.map(presentAdmission),
  };
}
