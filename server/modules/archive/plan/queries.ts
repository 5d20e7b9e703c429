// SQL of the retention schedule and of a unit's file plan (planned files, their codes, the years).
import { sql } from 'drizzle-orm';
import type { Who } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';
import { fileVisible } from '../queries.ts';

export interface ScheduleRow {
  id: number;
  code: string;
  grp: string;
  title: string;
  retention_years: number | null;
  note: string | null;
  active: boolean;
}

const SCHEDULE_COLS = sql`id, code, grp, title, retention_years, note, active`;

export function listSchedule(db: Db, includeInactive: boolean) {
  return rows<ScheduleRow>(
    db,
    sql`SELECT ${SCHEDULE_COLS} FROM archive_schedule
         ${includeInactive ? sql`` : sql`WHERE active`} ORDER BY sort, code`,
  );
}

/** The installation's root unit (the schedule is edited by its office only). */
export async function rootOrgId(db: Db): Promise<number | undefined> {
  const r = await one<{ id: number }>(
    db,
    sql`SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  );
  return r?.id;
}

export async function scheduleCodeExists(db: Db, code: string): Promise<boolean> {
  return !!(await one(db, sql`SELECT 1 FROM archive_schedule WHERE code = ${code}`));
}

export interface ScheduleValues {
  code: string;
  grp: string;
  title: string;
  retentionYears: number | null;
  note: string | null;
  active: boolean;
}

export async function insertSchedule(tx: Db, v: ScheduleValues): Promise<ScheduleRow> {
  return (await one<ScheduleRow>(
    tx,
    sql`INSERT INTO archive_schedule (code, grp, title, retention_years, note, active, sort)
        VALUES (${v.code}, ${v.grp}, ${v.title}, ${v.retentionYears}, ${v.note}, ${v.active},
                (SELECT coalesce(max(sort), 0) + 1 FROM archive_schedule))
        RETURNING ${SCHEDULE_COLS}`,
  )) as ScheduleRow;
}

export function lockSchedule(tx: Db, id: number) {
  return one<ScheduleRow>(tx, sql`SELECT ${SCHEDULE_COLS} FROM archive_schedule WHERE id = ${id} FOR UPDATE`);
}

export function scheduleById(db: Db, id: number) {
  return one<ScheduleRow>(db, sql`SELECT ${SCHEDULE_COLS} FROM archive_schedule WHERE id = ${id}`);
}

export async function updateSchedule(tx: Db, id: number, v: ScheduleValues): Promise<ScheduleRow> {
  return (await one<ScheduleRow>(
    tx,
    sql`UPDATE archive_schedule SET code = ${v.code}, grp = ${v.grp}, title = ${v.title},
           retention_years = ${v.retentionYears}::integer, note = ${v.note}, active = ${v.active}, updated_at = now()
         WHERE id = ${id} RETURNING ${SCHEDULE_COLS}`,
  )) as ScheduleRow;
}

/** Whether an enabled account belongs to the unit's scope (the person responsible for a file). */
export async function activeUserWithin(db: Db, orgId: number, userId: number): Promise<boolean> {
  return !!(await one(
    db,
    sql`SELECT 1 FROM users WHERE id = ${userId} AND disabled_at IS NULL
          AND ${inScope({ orgId }, sql`org_id`)}`,
  ));
}

export interface NewFile {
  orgId: number;
  year: number;
  code: string;
  title: string;
  section: string | null;
  responsibleId: number | null;
  scheduleId: number | null;
  retentionYears: number | null;
  secrecy: number;
  openedOn: string | null;
  note: string | null;
  createdBy: number | null;
}

export async function insertFile(tx: Db, f: NewFile): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_files (owner_org_id, plan_year, code, title, section, responsible_id, schedule_id,
          retention_years, secrecy, status, opened_on, note, created_by)
        VALUES (${f.orgId}, ${f.year}, ${f.code}, ${f.title}, ${f.section}, ${f.responsibleId}, ${f.scheduleId},
          ${f.retentionYears}, ${f.secrecy}, ${f.openedOn === null ? 'planned' : 'open'}, ${f.openedOn}::date,
          ${f.note}, ${f.createdBy})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export interface FileValues {
  code: string;
  title: string;
  section: string | null;
  responsibleId: number | null;
  scheduleId: number | null;
  retentionYears: number | null;
  secrecy: number;
  note: string | null;
}

export async function updateFile(tx: Db, id: number, v: FileValues): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_files SET code = ${v.code}, title = ${v.title}, section = ${v.section},
           responsible_id = ${v.responsibleId}::integer, schedule_id = ${v.scheduleId}::integer,
           retention_years = ${v.retentionYears}::integer, secrecy = ${v.secrecy}, note = ${v.note}, updated_at = now()
     WHERE id = ${id}`);
}

export interface PlanYearRow {
  year: number;
  files: number;
  open: number;
  closed: number;
}

/** Years that have a file plan in a unit (newest first), with their file counts by state. */
export function planYears(db: Db, who: Who, orgId: number) {
  return rows<PlanYearRow>(
    db,
    sql`SELECT f.plan_year AS year, count(*)::integer AS files,
               count(*) FILTER (WHERE f.status = 'open')::integer AS open,
               count(*) FILTER (WHERE f.status = 'closed')::integer AS closed
          FROM archive_files f WHERE f.owner_org_id = ${orgId} AND ${fileVisible(who)}
         GROUP BY f.plan_year ORDER BY f.plan_year DESC`,
  );
}
