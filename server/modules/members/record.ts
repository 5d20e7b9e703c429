// Helpers of the member record that the area's services share (records, badges, transfers, fees,
// ratings, admission, import): the record the actor may read or change (404 otherwise), the detail
// shown after a change, and the keys computed at write time. No SQL here (queries.ts) and no role
// check (each service checks its caller first).
import { todayVn } from '../../../domain/dates.ts';
import { recognitionDue } from '../../../domain/members/admission.ts';
import { badgeDue } from '../../../domain/members/badges.ts';
import { monthStart } from '../../../domain/members/calendar.ts';
import { fold } from '../../../domain/text.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import { awardedYears } from './badges/queries.ts';
import { type MemberDetailJson, presentDetail, presentMember } from './presenter.ts';
import * as q from './queries.ts';

export const NOT_FOUND = 'Đảng viên';

/** Folded name + birth date + admission date: the same person entered twice without a card number. */
export function identityKey(fullName: string, birthDate: string, admittedOn: string): string {
  return `${fold(fullName).replace(/\s+/g, ' ').trim()}|${birthDate}|${admittedOn}`;
}

/** First month a fee is owed: from admission, but not before the record entered the system. */
export function feeFromOf(admittedOn: string, today: string): string {
  const a = monthStart(admittedOn);
  const t = monthStart(today);
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text; Math.max would give NaN
  return a > t ? a : t;
}

/** A member the actor may change (locked for the transaction), or 404. */
export async function managed(tx: Db, actor: Actor, id: number): Promise<q.MemberRow> {
  const row = await q.managedForUpdate(tx, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** A member the actor may read, or 404. */
export async function visible(db: Db, actor: Actor, id: number): Promise<q.MemberRow> {
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** The record with its interruptions (what create and update answer). */
export async function recordOf(db: Db, actor: Actor, id: number, today = todayVn()) {
  const row = await visible(db, actor, id);
  return presentMember(row, await q.interruptionsOf(db, id), today);
}

/** The record with its badges, the badge due today and the recognition date (the record page). */
export async function detailOf(db: Db, row: q.MemberRow): Promise<MemberDetailJson> {
  const today = todayVn();
  const [interruptions, awarded] = await Promise.all([
    q.interruptionsOf(db, row.id),
    awardedYears(db, row.id),
  ]);
  const out = presentMember(row, interruptions, today);
  const due = badgeDue(
    {
      admittedOn: row.admitted_on,
      interruptions: out.interruptions,
      seriouslyIll: row.seriously_ill,
      diedOn: row.died_on,
      awarded: awarded.map((a) => a.years),
    },
    today,
  );
  return presentDetail(out, {
    badges: awarded,
    badgeDueToday: due,
    recognitionDue: row.status === 'du_bi' ? recognitionDue(row.admitted_on) : null,
  });
}

/** The detail of a record the actor may read (after a change it made). */
export async function detailById(db: Db, actor: Actor, id: number): Promise<MemberDetailJson> {
  return detailOf(db, await visible(db, actor, id));
}
