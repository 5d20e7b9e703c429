// Background work of the members area: the daily reminder that a probationary member's recognition
// as a full member is due (12 months after admission). Each member is reminded once before the due
// date and once when it has passed (dedupe keys), to the staff of the member's unit, or of the
// nearest unit above it that has staff (a chi bộ often has no accounts of its own).
import { sql } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import { PROBATION } from '../../../domain/members/admission.ts';
import { addDays } from '../../../domain/members/calendar.ts';
import { rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { notify } from '../notifications/service.ts';

export const PROBATION_QUEUE = 'members.probation-reminders';
/** Overdue recognitions are reminded for this long; older ones are data to fix, not news. */
const OVERDUE_WINDOW_DAYS = 90;

interface DueRow {
  id: number;
  full_name: string;
  due: string;
  user_ids: number[] | string | null;
}

function ids(v: number[] | string | null): number[] {
  if (v === null) return [];
  if (Array.isArray(v)) return v.map(Number);
  return v.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

/** Sends the reminders due on `today`; returns how many notices were stored. */
export async function remindProbation(deps: Deps, today = todayVn()): Promise<number> {
  const until = addDays(today, PROBATION.reminderDaysBefore);
  const since = addDays(today, -OVERDUE_WINDOW_DAYS);
  return transact(deps, async (tx) => {
    // For each due member, the staff of the nearest unit (the member's own, then up the tree)
    // that has active leaders, clerks or specialists.
    const due = await rows<DueRow>(
      tx,
      sql`SELECT d.id, d.full_name, d.due::text AS due, (
                SELECT array_agg(u.id) FROM users u
                 WHERE u.disabled_at IS NULL AND u.role IN ('leader', 'clerk', 'specialist')
                   AND u.org_id = (
                     SELECT a.id FROM orgs a
                       JOIN users su ON su.org_id = a.id AND su.disabled_at IS NULL
                                    AND su.role IN ('leader', 'clerk', 'specialist')
                      WHERE a.path @> (SELECT mo.path FROM orgs mo WHERE mo.id = d.org_id)
                      ORDER BY nlevel(a.path) DESC LIMIT 1)
              ) AS user_ids
            FROM (SELECT m.id, m.full_name, m.org_id,
                         (m.admitted_on + make_interval(months => ${PROBATION.months}::integer))::date AS due
                    FROM members m
                   WHERE m.status = 'du_bi'
                     -- Index range on admitted_on, widened for month-end clamping; exact test below.
                     AND m.admitted_on BETWEEN (${since}::date - make_interval(months => ${PROBATION.months}::integer))::date - 3
                                           AND (${until}::date - make_interval(months => ${PROBATION.months}::integer))::date + 3) d
           WHERE d.due BETWEEN ${since}::date AND ${until}::date
           ORDER BY d.due, d.id`,
    );
    let sent = 0;
    for (const d of due) {
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

export function defineMemberJobs(deps: Deps): void {
  deps.jobs.define(
    PROBATION_QUEUE,
    async () => {
      await remindProbation(deps);
    },
    { cron: '0 7 * * *', retryLimit: 2 },
  );
}
