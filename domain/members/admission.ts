// Kết nạp đảng viên (docs/domain.md): the stages in order with the forms that go with them,
// the age limits and the probation. Forms 1-KNĐ … 9-KNĐ follow the Ban Tổ chức Trung ương's guide
// on procedures; the numbers are shown to users as references.
import { addDays, addMonths, fullMonths } from './calendar.ts';

export const ADMISSION_STAGES = [
  'course',
  'application',
  'history',
  'verification',
  'introducers',
  'comments',
  'cell_resolution',
  'committee_resolution',
  'decision',
] as const;
export type AdmissionStage = (typeof ADMISSION_STAGES)[number];

export const ADMISSION_STAGE_INFO: Record<AdmissionStage, { label: string; form: string | null }> = {
  course: { label: 'Học lớp bồi dưỡng nhận thức về Đảng', form: null },
  application: { label: 'Đơn xin vào Đảng', form: '1-KNĐ' },
  history: { label: 'Lý lịch người xin vào Đảng', form: '2-KNĐ' },
  verification: { label: 'Thẩm tra lý lịch', form: null },
  introducers: { label: 'Hai đảng viên chính thức giới thiệu', form: '3-KNĐ' },
  comments: { label: 'Nhận xét của đoàn thể và chi ủy nơi cư trú', form: '5-KNĐ' },
  cell_resolution: { label: 'Nghị quyết chi bộ đề nghị kết nạp', form: '6-KNĐ' },
  committee_resolution: { label: 'Nghị quyết đảng ủy cơ sở đề nghị kết nạp', form: '8-KNĐ' },
  decision: { label: 'Quyết định kết nạp', form: '9-KNĐ' },
};

export function stageIndex(stage: AdmissionStage): number {
  return ADMISSION_STAGES.indexOf(stage);
}

/** Age limits of a person joining, counted in months ("từ đủ 18 tuổi đến đủ 60 tuổi, tính theo tháng"). */
export const ADMISSION_AGE = { minYears: 18, maxYears: 60 } as const;

/** Why a person of this birth date cannot be admitted on `on`, or null. */
export function admissionAgeProblem(birthDate: string, on: string): string | null {
  const months = fullMonths(birthDate, on);
  if (on < birthDate || months < ADMISSION_AGE.minYears * 12) {
    return `Chưa đủ ${ADMISSION_AGE.minYears} tuổi vào ngày ${vi(on)} (tuổi vào Đảng từ đủ ${ADMISSION_AGE.minYears} đến đủ ${ADMISSION_AGE.maxYears} tuổi).`;
  }
  // "Đủ 60 tuổi" counted in months: 60 years and no more months.
  if (months > ADMISSION_AGE.maxYears * 12) {
    return `Đã quá ${ADMISSION_AGE.maxYears} tuổi vào ngày ${vi(on)} (tuổi vào Đảng từ đủ ${ADMISSION_AGE.minYears} đến đủ ${ADMISSION_AGE.maxYears} tuổi).`;
  }
  return null;
}

function vi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Probation (dự bị) and the reminder before recognition as a full member (chính thức) is due. */
export const PROBATION = { months: 12, reminderDaysBefore: 30 } as const;

export function recognitionDue(admittedOn: string): string {
  return addMonths(admittedOn, PROBATION.months);
}

/** From this date on, the chi bộ is reminded that recognition is due. */
export function reminderFrom(admittedOn: string): string {
  return addDays(recognitionDue(admittedOn), -PROBATION.reminderDaysBefore);
}

/** Why recognition on `officialOn` is not possible, or null. */
export function recognitionProblem(admittedOn: string, officialOn: string): string | null {
  const due = recognitionDue(admittedOn);
  if (officialOn < due) {
    return `Chưa hết ${PROBATION.months} tháng dự bị: sớm nhất được công nhận chính thức từ ngày ${vi(due)}.`;
  }
  return null;
}
