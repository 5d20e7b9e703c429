// JSON shapes of member records, named for the OpenAPI document. Dates stay `YYYY-MM-DD`; the client
// shows them as DD/MM/YYYY. Timestamps are ISO strings.
import { z } from '@hono/zod-openapi';
import type { BadgeDue } from '../../../domain/members/badges.ts';
import { FEE_BASES } from '../../../domain/members/fees.ts';
import { partyAge } from '../../../domain/members/party-age.ts';
import { GENDERS, MEMBER_STATUS_LABELS, MEMBER_STATUSES } from '../../../domain/members/records.ts';
import { toIso } from '../../db/sql.ts';
import type { HistoryRow, InterruptionRow, MemberRow } from './queries.ts';

/** Names of member fields in validation messages where the shared names mean something else. */
export const FIELD_LABELS = {
  position: 'Chức vụ',
  place: 'Nơi cư trú',
  kind: 'Hình thức chuyển sinh hoạt',
} as const;

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });
const timestamp = (v: string | null) => toIso(v) ?? '';

export const MemberListItem = z
  .object({
    id: int(),
    fullName: z.string(),
    birthDate: date(),
    gender: z.enum(GENDERS).nullable(),
    orgId: int(),
    orgName: z.string(),
    admittedOn: date(),
    officialOn: date().nullable(),
    partyCardNo: z.string().nullable(),
    status: z.enum(MEMBER_STATUSES),
    statusLabel: z.string(),
    statusOn: date().nullable(),
    residence: z.string().nullable(),
    partyAgeYears: int(),
  })
  .openapi('MemberListItem');
export type MemberListItem = z.infer<typeof MemberListItem>;

export const MemberInterruption = z
  .object({ from: date(), to: date(), reason: z.string() })
  .openapi('MemberInterruption');

export const MemberRecord = MemberListItem.extend({
  secrecy: int(),
  userId: int().nullable(),
  username: z.string().nullable(),
  ethnicity: z.string().nullable(),
  religion: z.string().nullable(),
  homeTown: z.string().nullable(),
  education: z.string().nullable(),
  theoryLevel: z.string().nullable(),
  occupation: z.string().nullable(),
  position: z.string().nullable(),
  diedOn: date().nullable(),
  seriouslyIll: z.boolean(),
  interruptions: z.array(MemberInterruption),
  partyStart: date(),
  feeBasis: z.enum(FEE_BASES),
  feeBase: z.number().nullable(),
  feeFrom: date(),
  importId: int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('MemberRecord');
export type MemberRecord = z.infer<typeof MemberRecord>;

export const MemberBadge = z
  .object({ years: int(), awardedOn: date(), decisionNo: z.string().nullable() })
  .openapi('MemberBadge');

export const MemberDetail = MemberRecord.extend({
  badges: z.array(MemberBadge),
  badgeDueToday: z
    .object({ years: int(), reachedOn: date(), early: z.boolean(), posthumous: z.boolean() })
    .nullable(),
  recognitionDue: date().nullable(),
}).openapi('MemberDetail');
export type MemberDetailJson = z.infer<typeof MemberDetail>;

export const MemberList = z
  .object({
    items: z.array(MemberListItem),
    /** Opaque: send it back as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
    /** Counted with the first page only. */
    total: int().nullable(),
  })
  .openapi('MemberList');

export const MemberHistoryEntry = z
  .object({
    id: int(),
    at: z.string(),
    actorId: int().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    changes: z.record(z.string(), z.unknown()),
    note: z.string().nullable(),
  })
  .openapi('MemberHistoryEntry');
export type MemberHistoryEntry = z.infer<typeof MemberHistoryEntry>;

export const MemberHistory = z.object({ items: z.array(MemberHistoryEntry) }).openapi('MemberHistory');

/** Party age on `today` from the stored start (admission date + interruptions). */
function partyAgeOf(r: MemberRow, today: string): number {
  const until = r.died_on && r.died_on < today ? r.died_on : today;
  return partyAge(r.party_start, [], until).years;
}

export function presentListItem(r: MemberRow, today: string): MemberListItem {
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

export function presentMember(r: MemberRow, interruptions: InterruptionRow[], today: string): MemberRecord {
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
    createdAt: timestamp(r.created_at),
    updatedAt: timestamp(r.updated_at),
  };
}

export function presentDetail(
  record: MemberRecord,
  extra: {
    badges: readonly { years: number; awarded_on: string; decision_no: string | null }[];
    badgeDueToday: BadgeDue | null;
    recognitionDue: string | null;
  },
): MemberDetailJson {
  return {
    ...record,
    badges: extra.badges.map((a) => ({ years: a.years, awardedOn: a.awarded_on, decisionNo: a.decision_no })),
    badgeDueToday: extra.badgeDueToday,
    recognitionDue: extra.recognitionDue,
  };
}

export function presentHistory(h: HistoryRow): MemberHistoryEntry {
  return {
    id: Number(h.id),
    at: timestamp(h.at),
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

// ---- Keyset cursors of the list -----------------------------------------------------------------

export interface Cursor {
  key: string;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

/** A cursor from the client, or null when it is not one of ours (then the list starts over). */
export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && Number.isInteger(v[1]) && v[0].length <= 2000)
      return { key: v[0] as string, id: v[1] as number };
  } catch {
    // fall through
  }
  return null;
}
