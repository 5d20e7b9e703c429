// The dashboard of late opinions and late signatures by unit, measured against the working rules
// (docs/rules.md): an opinion asked with a deadline and not given by it, a submission for signature
// not signed or returned by the due date its regulation gave. Lateness is counted in working days.
// Leaders and the office read it for the units of their scope; each area answers for its own items
// under its own access rule.
import { addDays, todayVn } from '../../../../domain/dates.ts';
import { workingDaysBetween } from '../../../../domain/workdays/calendar.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { lateSignatures } from '../../documents/late/service.ts';
import { lateOpinions } from '../../proposals/consultation/service.ts';
import { loadCalendar } from '../calendar/service.ts';
import type { LateDashboard, LateUnit } from './presenter.ts';

/** How far back the dashboard looks by default: items due in the last year. */
const DEFAULT_SPAN_DAYS = 365;

export async function lateDashboard(
  deps: Deps,
  ctx: RequestCtx,
  query: { from?: string | undefined },
): Promise<LateDashboard> {
  authorize(ctx, 'workrules.late', 'Chỉ lãnh đạo và Văn phòng theo dõi thời hạn.');
  const db = deps.database.db;
  const on = todayVn();
  const from = query.from ?? addDays(on, -DEFAULT_SPAN_DAYS);
  if (from > on) throw new RuleError('from_future', 'Ngày bắt đầu theo dõi sau ngày hôm nay.');
  const [opinions, signatures] = await Promise.all([
    lateOpinions(db, ctx, from, on),
    lateSignatures(db, ctx, from, on),
  ]);
  const cal = await loadCalendar(db, ctx, from, on);
  // A reply is late by the working days after its due date up to the answer (or today); an item past
  // its date only by a weekend or a holiday is not late yet.
  const late =
    <T extends { dueOn: string; doneOn: string | null }>(end: (x: T) => string) =>
    (x: T) => ({
      ...x,
      daysLate: workingDaysBetween(x.dueOn, end(x), cal),
    });
  const ops = opinions
    .map(late((x) => x.doneOn ?? x.closedOn ?? on))
    .filter((x) => x.daysLate > 0)
    .map(({ closedOn: _closed, ...x }) => x);
  const sigs = signatures.map(late((x) => x.doneOn ?? on)).filter((x) => x.daysLate > 0);
  const units = new Map<number, LateUnit>();
  const unit = (orgId: number, orgName: string): LateUnit => {
    let u = units.get(orgId);
    if (!u) {
      u = {
        orgId,
        orgName,
        lateOpinions: 0,
        openOpinions: 0,
        lateSignatures: 0,
        openSignatures: 0,
        worstDaysLate: 0,
      };
      units.set(orgId, u);
    }
    return u;
  };
  for (const o of ops) {
    const u = unit(o.orgId, o.orgName);
    u.lateOpinions++;
    if (!o.doneOn) u.openOpinions++;
    u.worstDaysLate = Math.max(u.worstDaysLate, o.daysLate);
  }
  for (const s of sigs) {
    const u = unit(s.orgId, s.orgName);
    u.lateSignatures++;
    if (!s.doneOn) u.openSignatures++;
    u.worstDaysLate = Math.max(u.worstDaysLate, s.daysLate);
  }
  const ranked = [...units.values()].sort(
    (a, b) =>
      b.lateOpinions + b.lateSignatures - (a.lateOpinions + a.lateSignatures) ||
      b.worstDaysLate - a.worstDaysLate ||
      a.orgName.localeCompare(b.orgName, 'vi'),
  );
  const byLateness = (a: { daysLate: number }, b: { daysLate: number }) => b.daysLate - a.daysLate;
  return { from, on, units: ranked, opinions: ops.sort(byLateness), signatures: sigs.sort(byLateness) };
}
