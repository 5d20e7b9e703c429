// The retention schedule (editable data shared by the whole installation) and the annual file plan
// (danh mục hồ sơ) of each unit: files with a code, a title, the person responsible and a retention
// taken from the schedule.
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { fileActionProblem } from '../../../domain/archive/rules.ts';
import type {
  createFileBody,
  listFilesQuery,
  scheduleBody,
  updateFileBody,
  updateScheduleBody,
} from '../../../domain/archive/schemas.ts';
import { todayVn } from '../../../domain/dates.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { fileVisible, may, unitFor, userId, type Who, whoOf } from './access.ts';
import { presentFile, presentSchedule } from './presenter.ts';
import * as q from './queries.ts';

interface ScheduleRow {
  id: number;
  code: string;
  grp: string;
  title: string;
  retention_years: number | null;
  note: string | null;
  active: boolean;
}

export async function listSchedule(db: Db, includeInactive: boolean) {
  const list = await rows<ScheduleRow>(
    db,
    sql`SELECT id, code, grp, title, retention_years, note, active FROM archive_schedule
         ${includeInactive ? sql`` : sql`WHERE active`} ORDER BY sort, code`,
  );
  return list.map(presentSchedule);
}

/** The schedule is shared by the whole installation: only the root unit's office edits it. */
async function requireRootOffice(db: Db, who: Who): Promise<void> {
  if (!who) return;
  const root = await one<{ id: number }>(
    db,
    sql`SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  );
  if (root?.id !== who.orgId) {
    throw new RuleError(
      'schedule_root_only',
      'Bảng thời hạn bảo quản dùng chung cho cả hệ thống: chỉ văn phòng cấp ủy cấp trên cùng được sửa.',
    );
  }
}

export async function createScheduleRow(deps: Deps, ctx: RequestCtx, input: z.infer<typeof scheduleBody>) {
  const who = whoOf(ctx);
  may(who, 'archive.manage');
  return transact(deps, async (tx) => {
    await requireRootOffice(tx, who);
    const exists = await one(tx, sql`SELECT 1 FROM archive_schedule WHERE code = ${input.rowCode}`);
    if (exists)
      throw new ConflictError('schedule_code_exists', `Mã dòng «${input.rowCode}» đã có trong bảng.`);
    const row = (await one<ScheduleRow>(
      tx,
      sql`INSERT INTO archive_schedule (code, grp, title, retention_years, note, active, sort)
          VALUES (${input.rowCode}, ${input.group}, ${input.title}, ${input.retentionYears}, ${input.note || null},
                  ${input.active ?? true}, (SELECT coalesce(max(sort), 0) + 1 FROM archive_schedule))
          RETURNING id, code, grp, title, retention_years, note, active`,
    )) as ScheduleRow;
    const out = presentSchedule(row);
    await recordAudit(tx, ctx, {
      action: 'archive.schedule_create',
      entity: 'archive_schedule',
      entityId: row.id,
      after: out,
    });
    return out;
  });
}

export async function updateScheduleRow(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateScheduleBody>,
) {
  const who = whoOf(ctx);
  may(who, 'archive.manage');
  return transact(deps, async (tx) => {
    await requireRootOffice(tx, who);
    const before = await one<ScheduleRow>(
      tx,
      sql`SELECT id, code, grp, title, retention_years, note, active FROM archive_schedule WHERE id = ${id} FOR UPDATE`,
    );
    if (!before) throw notFound('Dòng bảng thời hạn bảo quản');
    // Files already planned keep the retention they were given; the change applies to new files.
    const row = (await one<ScheduleRow>(
      tx,
      sql`UPDATE archive_schedule SET code = ${input.rowCode ?? before.code}, grp = ${input.group ?? before.grp},
             title = ${input.title ?? before.title},
             retention_years = ${input.retentionYears === undefined ? before.retention_years : input.retentionYears}::integer,
             note = ${input.note === undefined ? before.note : input.note || null}, active = ${input.active ?? before.active},
             updated_at = now()
           WHERE id = ${id} RETURNING id, code, grp, title, retention_years, note, active`,
    )) as ScheduleRow;
    const out = presentSchedule(row);
    await recordAudit(tx, ctx, {
      action: 'archive.schedule_update',
      entity: 'archive_schedule',
      entityId: id,
      before: presentSchedule(before),
      after: out,
    });
    return out;
  });
}

async function retentionFrom(
  tx: Db,
  scheduleId: number | null | undefined,
  retentionYears: number | null | undefined,
): Promise<{ scheduleId: number | null; years: number | null }> {
  if (scheduleId != null) {
    const s = await one<{ id: number; retention_years: number | null; active: boolean }>(
      tx,
      sql`SELECT id, retention_years, active FROM archive_schedule WHERE id = ${scheduleId}`,
    );
    if (!s?.active) throw notFound('Dòng bảng thời hạn bảo quản');
    // A period given by hand wins over the schedule row (the office may keep longer than the model).
    return { scheduleId: s.id, years: retentionYears === undefined ? s.retention_years : retentionYears };
  }
  if (retentionYears === undefined) {
    throw new RuleError(
      'retention_required',
      'Chọn thời hạn bảo quản: một dòng của bảng thời hạn bảo quản, hoặc ghi số năm (hay vĩnh viễn).',
    );
  }
  return { scheduleId: null, years: retentionYears };
}

async function requireResponsible(tx: Db, orgId: number, responsibleId: number | null | undefined) {
  if (responsibleId == null) return;
  const u = await one(
    tx,
    sql`SELECT 1 FROM users WHERE id = ${responsibleId} AND disabled_at IS NULL
          AND ${inScope({ orgId }, sql`org_id`)}`,
  );
  if (!u)
    throw new RuleError('responsible_out_of_unit', 'Người lập hồ sơ phải là cán bộ của đơn vị có hồ sơ.');
}

export async function createFile(deps: Deps, ctx: RequestCtx, input: z.infer<typeof createFileBody>) {
  const who = whoOf(ctx);
  may(who, input.open || input.openedOn ? 'archive.file' : 'archive.manage');
  return transact(deps, async (tx) => {
    const org = await unitFor(tx, who, input.orgId);
    const retention = await retentionFrom(tx, input.scheduleId, input.retentionYears);
    await requireResponsible(tx, org.id, input.responsibleId);
    const secrecy = input.secrecy ?? 0;
    if (who && secrecy > who.clearance) {
      throw new RuleError('above_clearance', 'Độ mật của hồ sơ vượt quá mức tiếp cận bí mật của bạn.');
    }
    const clash = await one(
      tx,
      sql`SELECT 1 FROM archive_files WHERE owner_org_id = ${org.id} AND plan_year = ${input.year} AND code = ${input.fileCode}`,
    );
    if (clash) {
      throw new ConflictError(
        'file_code_exists',
        `Danh mục hồ sơ năm ${input.year} đã có hồ sơ mã «${input.fileCode}».`,
      );
    }
    const open = input.open === true || input.openedOn !== undefined;
    const openedOn = input.openedOn ?? todayVn();
    if (openedOn > todayVn()) throw new RuleError('date_in_future', 'Ngày mở hồ sơ không thể sau hôm nay.');
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_files (owner_org_id, plan_year, code, title, section, responsible_id, schedule_id,
            retention_years, secrecy, status, opened_on, note, created_by)
          VALUES (${org.id}, ${input.year}, ${input.fileCode}, ${input.title}, ${input.section || null},
            ${input.responsibleId ?? null}, ${retention.scheduleId}, ${retention.years}, ${secrecy},
            ${open ? 'open' : 'planned'}, ${open ? openedOn : null}::date, ${input.note || null}, ${userId(who)})
          RETURNING id`,
    )) as { id: number };
    const out = presentFile((await q.visibleFile(tx, null, Number(row.id))) as q.FileRow);
    await recordAudit(tx, ctx, {
      action: open ? 'archive.file_open' : 'archive.file_plan',
      entity: 'archive_file',
      entityId: out.id,
      orgId: org.id,
      after: out,
    });
    return out;
  });
}

export async function updateFile(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateFileBody>,
) {
  const who = whoOf(ctx);
  may(who, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await q.lockFile(tx, who, id);
    if (!f) throw notFound('Hồ sơ');
    const problem = fileActionProblem({ status: f.status, declared: f.declared_at !== null }, 'edit');
    if (problem) throw new RuleError('file_locked', problem);
    const retention =
      input.scheduleId !== undefined || input.retentionYears !== undefined
        ? await retentionFrom(
            tx,
            input.scheduleId === undefined ? f.schedule_id : input.scheduleId,
            input.retentionYears === undefined && input.scheduleId === undefined
              ? f.retention_years
              : input.retentionYears,
          )
        : { scheduleId: f.schedule_id, years: f.retention_years };
    if (input.responsibleId !== undefined) await requireResponsible(tx, f.owner_org_id, input.responsibleId);
    const secrecy = input.secrecy ?? f.secrecy;
    if (secrecy < f.secrecy && f.documents > 0) {
      throw new RuleError('secrecy_below_documents', 'Hồ sơ đã có văn bản: không hạ độ mật của hồ sơ được.');
    }
    if (who && secrecy > who.clearance) {
      throw new RuleError('above_clearance', 'Độ mật của hồ sơ vượt quá mức tiếp cận bí mật của bạn.');
    }
    const code = input.fileCode ?? f.code;
    if (code !== f.code) {
      const clash = await one(
        tx,
        sql`SELECT 1 FROM archive_files WHERE owner_org_id = ${f.owner_org_id} AND plan_year = ${f.plan_year} AND code = ${code}`,
      );
      if (clash)
        throw new ConflictError(
          'file_code_exists',
          `Danh mục hồ sơ năm ${f.plan_year} đã có hồ sơ mã «${code}».`,
        );
    }
    await tx.execute(sql`
      UPDATE archive_files SET code = ${code}, title = ${input.title ?? f.title},
             section = ${input.section === undefined ? f.section : input.section || null},
             responsible_id = ${input.responsibleId === undefined ? f.responsible_id : input.responsibleId}::integer,
             schedule_id = ${retention.scheduleId}::integer, retention_years = ${retention.years}::integer,
             secrecy = ${secrecy}, note = ${input.note === undefined ? f.note : input.note || null}, updated_at = now()
       WHERE id = ${id}`);
    const out = presentFile((await q.visibleFile(tx, null, id)) as q.FileRow);
    await recordAudit(tx, ctx, {
      action: 'archive.file_update',
      entity: 'archive_file',
      entityId: id,
      orgId: f.owner_org_id,
      before: presentFile(f),
      after: out,
    });
    return out;
  });
}

export async function listFiles(db: Db, who: Who, f: z.infer<typeof listFilesQuery>) {
  may(who, 'archive.read');
  const conds: SQL[] = [];
  if (f.orgId) conds.push(sql`f.owner_org_id = ${f.orgId}`);
  if (f.year) conds.push(sql`f.plan_year = ${f.year}`);
  if (f.status) conds.push(sql`f.status = ${f.status}`);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conds.push(sql`(vn_fold(f.title) LIKE vn_fold(${like}) OR vn_fold(f.code) LIKE vn_fold(${like}))`);
  }
  // A unit's plan for one year is shown whole (a tree); other lists are bounded by `limit`.
  const cap = f.orgId && f.year ? 2000 : f.limit;
  const list = await q.listFiles(db, who, conds, cap);
  return { items: list.map(presentFile) };
}

/** Years that have a file plan in a unit (newest first), with their file counts by state. */
export async function planYears(db: Db, who: Who, orgId: number) {
  may(who, 'archive.read');
  await unitFor(db, who, orgId);
  const list = await rows<{ year: number; files: number; open: number; closed: number }>(
    db,
    sql`SELECT f.plan_year AS year, count(*)::integer AS files,
               count(*) FILTER (WHERE f.status = 'open')::integer AS open,
               count(*) FILTER (WHERE f.status = 'closed')::integer AS closed
          FROM archive_files f WHERE f.owner_org_id = ${orgId} AND ${fileVisible(who)}
         GROUP BY f.plan_year ORDER BY f.plan_year DESC`,
  );
  return { items: list };
}
