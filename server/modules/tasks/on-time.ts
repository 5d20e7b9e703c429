// Whether a person did every task of a year on time — one input of the annual rating (a member
// rated "hoàn thành xuất sắc" must have every task on time, Quy định 366-QĐ/TW).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { one } from '../../db/sql.ts';

/**
 * Over the tasks assigned to the account and due in the year: true when each was done by its
 * deadline in force, false when one was late or is still open past it, null when there were none
 * (the rating then uses what the chi bộ recorded).
 */
export async function allTasksOnTime(
  db: Db,
  userId: number,
  year: number,
  today: string,
): Promise<boolean | null> {
  const row = await one<{ total: number; late: number }>(
    db,
    sql`SELECT count(*)::integer AS total,
               count(*) FILTER (WHERE (done_on IS NOT NULL AND done_on > due_on)
                                   OR (done_on IS NULL AND due_on < ${today}::date))::integer AS late
          FROM tasks
         WHERE assignee_id = ${userId} AND due_on BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31)`,
  );
  if (!row || row.total === 0) return null;
  return row.late === 0;
}
