// Shapes the members API returns (server/modules/members/presenter.ts and the services).
import type { AdmissionStage } from '../../../../domain/members/admission.ts';
import type { FeeBasis } from '../../../../domain/members/fees.ts';
import type { RatingCategory } from '../../../../domain/members/rating.ts';
import type { MemberStatus } from '../../../../domain/members/records.ts';

export interface MemberItem {
  id: number;
  fullName: string;
  birthDate: string;
  gender: 'Nam' | 'Nữ' | null;
  orgId: number;
  orgName: string;
  admittedOn: string;
  officialOn: string | null;
  partyCardNo: string | null;
  status: MemberStatus;
  statusLabel: string;
  statusOn: string | null;
  residence: string | null;
  partyAgeYears: number;
}

export interface Interruption {
  from: string;
  to: string;
  reason: string;
}

export interface MemberDetail extends MemberItem {
  secrecy: number;
  userId: number | null;
  username: string | null;
  ethnicity: string | null;
  religion: string | null;
  homeTown: string | null;
  education: string | null;
  theoryLevel: string | null;
  occupation: string | null;
  position: string | null;
  diedOn: string | null;
  seriouslyIll: boolean;
  interruptions: Interruption[];
  partyStart: string;
  feeBasis: FeeBasis;
  feeBase: number | null;
  badges: { years: number; awardedOn: string; decisionNo: string | null }[];
  badgeDueToday: { years: number; reachedOn: string; early: boolean; posthumous: boolean } | null;
  recognitionDue: string | null;
}

export interface MemberPage {
  items: MemberItem[];
  nextCursor: string | null;
  total: number | null;
}

export interface HistoryItem {
  id: number;
  at: string | null;
  actorName: string | null;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  note: string | null;
}

export interface Transfer {
  id: number;
  memberId: number;
  fullName: string;
  kind: 'official' | 'temporary';
  kindLabel: string;
  direction: 'internal' | 'out' | 'in';
  fromOrgId: number | null;
  fromName: string | null;
  toOrgId: number | null;
  toName: string | null;
  paperNo: string;
  outOn: string | null;
  inOn: string | null;
  untilOn: string | null;
  state: 'pending' | 'done' | 'ended' | 'cancelled';
  note: string | null;
}

export interface MemberTransfers {
  transfers: Transfer[];
  residences: {
    id: number;
    place: string;
    residenceOrgId: number | null;
    residenceOrgName: string | null;
    registeredOn: string;
    endedOn: string | null;
  }[];
  residenceComments: { year: number; comment: string; commentedOn: string; by: string | null }[];
}

export interface BadgeDueItem {
  memberId: number;
  fullName: string;
  years: number;
  orgId: number;
  orgName: string;
  birthDate: string;
  admittedOn: string;
  partyCardNo: string | null;
  reachedOn: string;
  early: boolean;
  posthumous: boolean;
  cashGift: number | null;
}

export interface BadgeDue {
  on: string;
  occasion: string | null;
  orgId: number;
  orgName: string;
  baseSalary: { amount: number; effectiveFrom: string } | null;
  items: BadgeDueItem[];
}

export interface FeeRow {
  memberId: number;
  fullName: string;
  orgName: string;
  feeBasisLabel: string;
  feeBase: number | null;
  due: number;
  exempt: boolean;
  rule: string;
  paid: number | null;
  paidOn: string | null;
}

export interface Rating {
  memberId: number;
  year: number;
  generalScore: number | null;
  resultScore: number | null;
  total: number | null;
  allTasksOnTime: boolean | null;
  category: RatingCategory | null;
  categoryLabel: string | null;
  selfReview: string | null;
  cellCategory: RatingCategory | null;
  cellDecidedOn: string | null;
  committeeCategory: RatingCategory | null;
  committeeDecidedOn: string | null;
  finalCategory: RatingCategory | null;
  finalLabel: string | null;
}

export interface Admission {
  id: number;
  orgId: number;
  orgName: string;
  fullName: string;
  birthDate: string;
  gender: 'Nam' | 'Nữ' | null;
  stage: AdmissionStage | null;
  stageLabel: string;
  nextStage: AdmissionStage | null;
  nextStageLabel: string | null;
  dates: Record<AdmissionStage, string | null>;
  introducers: { memberId: number; fullName: string }[];
  decisionNo: string | null;
  memberId: number | null;
  recognitionDue: string | null;
}
