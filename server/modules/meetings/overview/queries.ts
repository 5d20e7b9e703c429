// SQL of the overview for the committee above: the units judged (the chi bộ of the subtree that lived
// in the year, and any other unit that met), and their meetings of the year with the attendance.
import { type SQL, sql } from 'drizzle-orm';
import type { MeetingKind } from '../../../../domain/meetings/labels.ts';
import type { Db } from '../../../db/client.ts';
import { array, rows } from '../../../db/sql.ts';

export interface UnitRow {
  id: number;
  name: string;
  kind: string;
  valid_from: string;
  valid_to: string | null;
}

export function units(db: Db, unitIds: readonly number[], year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return rows<UnitRow>(
    db,
    sql`SELECT o.id, o.name, o.kind, o.valid_from::text AS valid_from, o.valid_to::text AS valid_to FROM orgs o
         WHERE o.id = ANY(${array(unitIds)}::integer[])
           AND o.valid_from <= ${to}::date AND (o.valid_to IS NULL OR o.valid_to >= ${from}::date)
           AND (o.kind = 'cell' OR EXISTS (
                 SELECT 1 FROM meetings m WHERE m.org_id = o.id AND m.status <> 'cancelled'
                    AND m.meeting_on BETWEEN ${from}::date AND ${to}::date))`,
  );
}

export interface HeldRow {
  id: number;
  org_id: number;
  meeting_on: string;
  kind: MeetingKind;
  combined: boolean;
  present: number;
  expected: number;
  quality_total: number | null;
}

/** The meetings (not cancelled) of the units in the year that the account sees, by day. */
export function meetings(db: Db, allowed: SQL, unitIds: readonly number[], year: number) {
  return rows<HeldRow>(
    db,
    sql`SELECT m.id, m.org_id, m.meeting_on::text AS meeting_on, m.kind, m.combined, m.quality_total,
               (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'present')::integer
                 AS present,
               (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id
                   AND a.status IN ('present', 'absent_excused', 'absent'))::integer AS expected
          FROM meetings m
         WHERE m.org_id = ANY(${array(unitIds)}::integer[]) AND m.status <> 'cancelled'
           AND m.meeting_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date AND ${allowed}
         ORDER BY m.meeting_on, m.id`,
  );
}
