// A member's own record and party fee, as the member's home shows them: the account's linked record
// (a summary: the full record, whose reading is audited, is one tap away), its badges, this month's
// fee under the rules, the months owed and the last payments.
import { todayVn } from '../../../../domain/dates.ts';
import { addMonths, fullYears } from '../../../../domain/members/calendar.ts';
import { monthlyFee, monthsOwed } from '../../../../domain/members/fees.ts';
import { partyAge } from '../../../../domain/members/party-age.ts';
import { ACTIVE_STATUSES, MEMBER_STATUS_LABELS } from '../../../../domain/members/records.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import type { HomeFees, HomeSelfSection } from '../../home/presenter.ts';
import { awardedYears } from '../badges/queries.ts';
import * as q from './queries.ts';

const PAYMENTS_SHOWN = 6;

/** Last day of the month of `month` (YYYY-MM-01): party age for the exemption is counted there. */
function monthEnd(month: string): string {
  const d = new Date(`${addMonths(month, 1)}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/**
 * The account's own record and fee. Reading one's own summary is not audited (the audit traces who
 * reads whose personal data; the full record page still audits every read).
 */
export async function homeSelf(deps: Deps, ctx: RequestCtx, today = todayVn()): Promise<HomeSelfSection> {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  const m = await q.linkedTo(db, actor.userId);
  if (!m) return { record: null, fees: null };
  const [badges, paid] = await Promise.all([awardedYears(db, m.id), q.payments(db, m.id, PAYMENTS_SHOWN)]);
  const until = m.died_on && m.died_on < today ? m.died_on : today;
  const record = {
    memberId: m.id,
    fullName: m.full_name,
    orgName: m.org_name,
    statusLabel: MEMBER_STATUS_LABELS[m.status],
    admittedOn: m.admitted_on,
    officialOn: m.official_on,
    partyAgeYears: partyAge(m.party_start, [], until).years,
    badges: badges.map((b) => ({ years: b.years, awardedOn: b.awarded_on })),
    link: `/dang-vien/${m.id}`,
  };
  if (!ACTIVE_STATUSES.includes(m.status)) return { record, fees: null };
  const month = `${today.slice(0, 7)}-01`;
  const fee = monthlyFee({
    basis: m.fee_basis,
    base: m.fee_base === null ? null : Number(m.fee_base),
    partyAgeYears: fullYears(m.party_start, monthEnd(month)),
  });
  const lastPaid = paid[0]?.month ?? null;
  const owes = !fee.exempt && fee.amount > 0;
  const fees: HomeFees = {
    month: today.slice(0, 7),
    due: fee.amount,
    exempt: fee.exempt,
    rule: fee.rule,
    paidThisMonth: paid.some((p) => p.month === month),
    monthsOwed: owes ? monthsOwed(lastPaid, m.fee_from, addMonths(month, -1)) : 0,
    lastPaidMonth: lastPaid ? lastPaid.slice(0, 7) : null,
    payments: paid.map((p) => ({ month: p.month.slice(0, 7), amount: Number(p.amount), paidOn: p.paid_on })),
  };
  return { record, fees };
}
