// The retention schedule (editable data shared by the whole installation) and the annual file plan
// (danh mục hồ sơ) of each unit: files with a code, a title, the person responsible and a retention
// taken from the schedule.
import type { z } from 'zod';
import { fileActionProblem } from '../../../../domain/archive/rules.ts';
import type {
  createFileBody,
  listFilesQuery,
  scheduleBody,
  updateFileBody,
  updateScheduleBody,
} from '../../../../domain/archive/schemas.ts';
import { todayVn } from '../../../../domain/dates.ts';
import type { RequestCtx, Who } from '../../../auth/actor.ts';
import { authorizeWho, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { userIdOf } from '../guards.ts';
import { type ArchiveFile, type ArchiveFileList, presentFile } from '../presenter.ts';
import * as aq from '../queries.ts';
import {
  type ArchivePlanYears,
  type ArchiveScheduleRow,
  presentPlanYears,
  presentSchedule,
} from './presenter.ts';
import * as q from './queries.ts';

export async function listSchedule(deps: Deps, ctx: RequestCtx, input: { all: boolean }) {
  authorizeWho(ctx, 'archive.read');
  const list = await q.listSchedule(deps.database.db, input.all);
  return { items: list.map(presentSchedule) };
}

/** The schedule is shared by the whole installation: only the root unit's office edits it. */
async function requireRootOffice(db: Db, who: Who): Promise<void> {
  if (!who) return;
  if ((await q.rootOrgId(db)) !== who.orgId) {
    throw new RuleError(
      'schedule_root_only',
      'Bảng thời hạn bảo quản dùng chung cho cả hệ thống: chỉ văn phòng cấp ủy cấp trên cùng được sửa.',
    );
  }
}

export async function createScheduleRow(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof scheduleBody>,
): Promise<ArchiveScheduleRow> {
  const who = authorizeWho(ctx, 'archive.manage');
  return transact(deps, async (tx) => {
    await requireRootOffice(tx, who);
    if (await q.scheduleCodeExists(tx, input.rowCode))
      throw new ConflictError('schedule_code_exists', `Mã dòng «${input.rowCode}» đã có trong bảng.`);
    const row = await q.insertSchedule(tx, {
      code: input.rowCode,
      grp: input.group,
      title: input.title,
      retentionYears: input.retentionYears,
      note: input.note || null,
      active: input.active ?? true,
    });
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
): Promise<ArchiveScheduleRow> {
  const who = authorizeWho(ctx, 'archive.manage');
  return transact(deps, async (tx) => {
    await requireRootOffice(tx, who);
    const before = await q.lockSchedule(tx, id);
    if (!before) throw notFound('Dòng bảng thời hạn bảo quản');
    // Files already planned keep the retention they were given; the change applies to new files.
    const row = await q.updateSchedule(tx, id, {
      code: input.rowCode ?? before.code,
      grp: input.group ?? before.grp,
      title: input.title ?? before.title,
      retentionYears: input.retentionYears === undefined ? before.retention_years : input.retentionYears,
      note: input.note === undefined ? before.note : input.note || null,
      active: input.active ?? before.active,
    });
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
    const s = await q.scheduleById(tx, scheduleId);
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
  if (!(await q.activeUserWithin(tx, orgId, responsibleId)))
    throw new RuleError('responsible_out_of_unit', 'Người lập hồ sơ phải là cán bộ của đơn vị có hồ sơ.');
}

const codeTaken = (year: number, code: string) =>
  new ConflictError('file_code_exists', `Danh mục hồ sơ năm ${year} đã có hồ sơ mã «${code}».`);

export async function createFile(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createFileBody>,
): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, input.open || input.openedOn ? 'archive.file' : 'archive.manage');
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, who, input.orgId);
    const retention = await retentionFrom(tx, input.scheduleId, input.retentionYears);
    await requireResponsible(tx, org.id, input.responsibleId);
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(who, secrecy);
    if (await aq.fileCodeTaken(tx, org.id, input.year, input.fileCode))
      throw codeTaken(input.year, input.fileCode);
    const open = input.open === true || input.openedOn !== undefined;
    const openedOn = input.openedOn ?? todayVn();
    if (openedOn > todayVn()) throw new RuleError('date_in_future', 'Ngày mở hồ sơ không thể sau hôm nay.');
    const id = await q.insertFile(tx, {
      orgId: org.id,
      year: input.year,
      code: input.fileCode,
      title: input.title,
      section: input.section || null,
      responsibleId: input.responsibleId ?? null,
      scheduleId: retention.scheduleId,
      retentionYears: retention.years,
      secrecy,
      openedOn: open ? openedOn : null,
      note: input.note || null,
      createdBy: userIdOf(who),
    });
    const out = presentFile((await aq.visibleFile(tx, null, id)) as aq.FileRow);
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
): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await aq.lockFile(tx, who, id);
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
    requireSecrecyWithin(who, secrecy);
    const code = input.fileCode ?? f.code;
    if (code !== f.code && (await aq.fileCodeTaken(tx, f.owner_org_id, f.plan_year, code)))
      throw codeTaken(f.plan_year, code);
    await q.updateFile(tx, id, {
      code,
      title: input.title ?? f.title,
      section: input.section === undefined ? f.section : input.section || null,
      responsibleId: input.responsibleId === undefined ? f.responsible_id : input.responsibleId,
      scheduleId: retention.scheduleId,
      retentionYears: retention.years,
      secrecy,
      note: input.note === undefined ? f.note : input.note || null,
    });
    const out = presentFile((await aq.visibleFile(tx, null, id)) as aq.FileRow);
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

export async function listFiles(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof listFilesQuery>,
): Promise<ArchiveFileList> {
  const who = authorizeWho(ctx, 'archive.read');
  // A unit's plan for one year is shown whole (a tree); other lists are bounded by `limit`.
  const cap = f.orgId && f.year ? 2000 : f.limit;
  const list = await aq.listFiles(
    deps.database.db,
    who,
    { orgId: f.orgId, year: f.year, status: f.status, q: f.q || undefined },
    cap,
  );
  return { items: list.map(presentFile) };
}

/** Years that have a file plan in a unit (newest first), with their file counts by state. */
export async function planYears(deps: Deps, ctx: RequestCtx, orgId: number): Promise<ArchivePlanYears> {
  const who = authorizeWho(ctx, 'archive.read');
  const db = deps.database.db;
  await activeUnitInScope(db, who, orgId);
  return presentPlanYears(await q.planYears(db, who, orgId));
}
