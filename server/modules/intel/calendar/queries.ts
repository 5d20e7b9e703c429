// SQL of the reporting calendar: the schedules of a subtree, setting one, and the periodic reports
// each scheduled unit sent (what the calendar compares with the due days).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { array, rows, run } from '../../../db/sql.ts';

export interface ScheduleRow {
  org_id: number;
  org_name: string;
  org_path: string;
  frequency: 'weekly' | 'monthly';
  due_day: number;
  starts_on: string;
  set_by_org_id: number;
}

export function schedulesWithin(db: Db, path: string | null) {
  return rows<ScheduleRow>(
    db,
    sql`SELECT s.org_id, o.name AS org_name, o.path::text AS org_path, s.frequency, s.due_day,
               s.starts_on::text AS starts_on, s.set_by_org_id
          FROM intel_schedules s JOIN orgs o ON o.id = s.org_id
         WHERE o.active ${path ? sql`AND o.path <@ ${path}::ltree` : sql``}
         ORDER BY o.path`,
  );
}

export function upsert(
  tx: Db,
  v: { orgId: number; frequency: string; dueDay: number; startsOn: string; setBy: number; by: number },
) {
  return run(
    tx,
    sql`INSERT INTO intel_schedules (org_id, frequency, due_day, starts_on, set_by_org_id, updated_by)
        VALUES (${v.orgId}, ${v.frequency}, ${v.dueDay}, ${v.startsOn}::date, ${v.setBy}, ${v.by})
        ON CONFLICT (org_id) DO UPDATE SET frequency = EXCLUDED.frequency, due_day = EXCLUDED.due_day,
          starts_on = EXCLUDED.starts_on, set_by_org_id = EXCLUDED.set_by_org_id,
          updated_by = EXCLUDED.updated_by, updated_at = now()`,
  );
}

export function remove(tx: Db, orgId: number) {
  return run(tx, sql`DELETE FROM intel_schedules WHERE org_id = ${orgId}`);
}

export interface ReceivedRow {
  id: number;
  org_id: number;
  period_start: string;
  period_end: string;
  received_on: string;
}

/** Periodic reports of the units whose periods end on or after `from`. */
export function received(db: Db, orgIds: readonly number[], from: string) {
  return rows<ReceivedRow>(
    db,
    sql`SELECT id, org_id, period_start::text AS period_start, period_end::text AS period_end,
               received_on::text AS received_on
          FROM intel_reports
         WHERE kind = 'periodic' AND org_id = ANY(${array(orgIds)}::integer[]) AND period_end >= ${from}::date`,
  );
}
