// JSON shapes of member records. Dates stay `YYYY-MM-DD`; the client shows them as DD/MM/YYYY.
import { partyAge } from '../../../domain/members/party-age.ts';
import { MEMBER_STATUS_LABELS } from '../../../domain/members/records.ts';
import { toIso } from '../../db/sql.ts';
import type { HistoryRow, InterruptionRow, MemberRow } from './queries.ts';

export interface MemberJson {
  id: number;
  fullName: string;
  birthDate: string;
  gender: 'Nam' | 'Nữ' | null;
  orgId: number;
  orgName: string;
  admittedOn: string;
  officialOn: string | null;
  partyCardNo: string | null;
  status: MemberRow['status'];
  statusLabel: string;
  statusOn: string | null;
  residence: string | null;
  partyAgeYears: number;
}

/** Party age on `today` from the stored start (admission date + interruptions). */
function partyAgeOf(r: MemberRow, today: string): number {
  const until = r.died_on && r.died_on < today ? r.died_on : today;
  return partyAge(r.party_start, [], until).years;
}

export function presentListItem(r: MemberRow, today: string): MemberJson {
  return {
    id: r.id,
    fullName: r.full_name,
    birthDate: r.birth_date,
    gender: r.gender,
    orgId: r.org_id,
    orgName: r.org_name,
    admittedOn: r.admitted_on,
    officialOn: r.official_on,
    partyCardNo: r.party_card_no,
    status: r.status,
    statusLabel: MEMBER_STATUS_LABELS[r.status],
    statusOn: r.status_on,
    residence: r.residence,
    partyAgeYears: partyAgeOf(r, today),
  };
}

export function presentInterruption(i: InterruptionRow) {
  return { from: i.from_on, to: i.to_on, reason: i.reason };
}

export function presentMember(r: MemberRow, interruptions: InterruptionRow[], today: string) {
  return {
    ...presentListItem(r, today),
    secrecy: r.secrecy,
    userId: r.user_id,
    username: r.username,
    ethnicity: r.ethnicity,
    religion: r.religion,
    homeTown: r.home_town,
    education: r.education,
    theoryLevel: r.theory_level,
    occupation: r.occupation,
    position: r.position,
    diedOn: r.died_on,
    seriouslyIll: r.seriously_ill,
    interruptions: interruptions.map(presentInterruption),
    partyStart: r.party_start,
    feeBasis: r.fee_basis,
    feeBase: r.fee_base === null ? null : Number(r.fee_base),
    feeFrom: r.fee_from,
    importId: r.import_id,
    createdAt: toIso(r.created_at),
    updatedAt: toIso(r.updated_at),
  };
}
export type MemberDetailJson = ReturnType<typeof presentMember>;

export function presentHistory(h: HistoryRow) {
  return {
    id: Number(h.id),
    at: toIso(h.at),
    actorId: h.actor_id,
    actorName: h.actor_name,
    action: h.action,
    changes: h.changes,
    note: h.note,
  };
}

/** Fields whose change goes into the history, with their values before and after. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'partyAgeYears' || key === 'statusLabel') continue;
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(after[key] ?? null);
    if (a !== b) out[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return out;
}
