// Situation information (docs/intel.md): the categories, and the reports lower units send —
// periodic (answering the reporting calendar, calendar/) or quick (báo cáo nhanh, which reaches the
// leaders of the unit and of every unit above it at once as a notice). Each item names a category, a
// place (a unit within the reporting unit), a severity 1–4 and the people involved. The register of
// hot issues is in issues/, the warnings in warnings/, the Word synthesis in synthesis/.
import { isUnder } from '../../../domain/access.ts';
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import { SEVERE_FROM } from '../../../domain/intel/labels.ts';
import type {
  categoryBody,
  categoryPatch,
  createReportBody,
  listReportsQuery,
} from '../../../domain/intel/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { authorize, requireSecrecyWithin } from '../../auth/authorize.ts';
import { activeUnitInScope, unitInScope } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import {
  type IntelReport,
  presentItem,
  presentReport,
  presentReportSummary,
  reportLink,
} from './presenter.ts';
import * as q from './queries.ts';

/** The active categories, in their order. */
export async function listCategories(deps: Deps, ctx: RequestCtx): Promise<{ code: string; name: string }[]> {
  authorize(ctx, 'intel.read');
  return (await q.categories(deps.database.db)).map((c) => ({ code: c.code, name: c.name }));
}

/** Every category, retired ones too, for the administrator's list. */
export async function allCategories(
  deps: Deps,
  ctx: RequestCtx,
): Promise<{ code: string; name: string; active: boolean }[]> {
  authorize(ctx, 'settings.manage');
  return (await q.categories(deps.database.db, true)).map((c) => ({
    code: c.code,
    name: c.name,
    active: c.active,
  }));
}

/** An administrator adds a category; codes are never reused, so old items keep their meaning. */
export async function addCategory(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof categoryBody>,
): Promise<{ code: string; name: string; active: boolean }> {
  authorize(ctx, 'settings.manage');
  return transact(deps, async (tx) => {
    if (await q.category(tx, input.code))
      throw new ConflictError('category_exists', `Mã lĩnh vực «${input.code}» đã có trong danh mục.`);
    if (await q.activeNameTaken(tx, input.name, null))
      throw new ConflictError('category_name_taken', `Đã có lĩnh vực đang dùng tên «${input.name}».`);
    await q.insertCategory(tx, input);
    const after = { code: input.code, name: input.name, active: true };
    await recordAudit(tx, ctx, {
      action: 'intel.category.add',
      entity: 'intel_category',
      entityId: input.code,
      after,
    });
    return after;
  });
}

/** An administrator renames a category or retires it (reports can no longer choose it) or restores it. */
export async function changeCategory(
  deps: Deps,
  ctx: RequestCtx,
  code: string,
  input: z.infer<typeof categoryPatch>,
): Promise<{ code: string; name: string; active: boolean }> {
  authorize(ctx, 'settings.manage');
  return transact(deps, async (tx) => {
    const before = await q.category(tx, code);
    if (!before) throw notFound('Lĩnh vực');
    const after = { code, name: input.name ?? before.name, active: input.active ?? before.active };
    if (after.active && (await q.activeNameTaken(tx, after.name, code)))
      throw new ConflictError('category_name_taken', `Đã có lĩnh vực đang dùng tên «${after.name}».`);
    await q.updateCategory(tx, code, after);
    await recordAudit(tx, ctx, {
      action: 'intel.category.change',
      entity: 'intel_category',
      entityId: code,
      before: { code, name: before.name, active: before.active },
      after,
    });
    return after;
  });
}

/** Every category (retired too) by code: for names in the register and the detector. */
export async function categoryNames(db: Db, ctx: RequestCtx): Promise<Map<string, string>> {
  authorize(ctx, 'intel.read');
  return new Map((await q.categories(db, true)).map((c) => [c.code, c.name]));
}

/** The category must exist and be in use (422 `unknown_category`). */
export async function requireCategory(db: Db, ctx: RequestCtx, code: string): Promise<string> {
  authorize(ctx, 'intel.read');
  const found = (await q.categories(db)).find((c) => c.code === code);
  if (!found) throw new RuleError('unknown_category', `Lĩnh vực «${code}» không có trong danh mục.`);
  return found.name;
}

export async function createReport(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createReportBody>,
): Promise<IntelReport> {
  const actor = authorize(ctx, 'intel.report');
  const today = todayVn();
  return transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, input.orgId);
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    for (const it of input.items) await requireCategory(tx, ctx, it.category);
    const placeIds = [...new Set(input.items.map((it) => it.placeOrgId ?? unit.id))];
    const places = new Map((await q.units(tx, placeIds)).map((u) => [Number(u.id), u]));
    for (const id of placeIds) {
      const place = places.get(id);
      if (!place || !isUnder(place.path, unit.path)) {
        throw new RuleError(
          'place_outside_unit',
          `Địa bàn của vụ việc phải là «${unit.name}» hoặc một đơn vị trực thuộc.`,
        );
      }
    }
    const future = input.items.find((it) => it.occurredOn > today);
    if (future) {
      throw new RuleError('occurred_in_future', `Ngày xảy ra ${formatDateVi(future.occurredOn)} chưa đến.`);
    }
    if (input.kind === 'periodic' && (input.periodStart ?? '') > today) {
      throw new RuleError('period_in_future', 'Kỳ báo cáo chưa bắt đầu.');
    }
    const id = await q.insertReport(tx, {
      orgId: unit.id,
      kind: input.kind,
      periodStart: input.kind === 'periodic' ? (input.periodStart ?? null) : null,
      periodEnd: input.kind === 'periodic' ? (input.periodEnd ?? null) : null,
      title: input.title || null,
      summary: input.summary || null,
      secrecy,
      receivedOn: today,
      by: actor.userId,
    });
    await q.insertItems(
      tx,
      { id, orgId: unit.id, secrecy },
      input.items.map((it) => ({
        category: it.category,
        severity: it.severity,
        summary: it.summary,
        occurredOn: it.occurredOn,
        placeOrgId: it.placeOrgId ?? unit.id,
        people: it.peopleCount ?? null,
      })),
    );
    const days = [
      today,
      ...(input.periodStart ? [input.periodStart] : []),
      ...input.items.map((it) => it.occurredOn),
    ];
    await q.markReporting(tx, unit.id, days.sort()[0] as string);
    let notified = 0;
    if (input.kind === 'quick') {
      const severe = input.items.filter((it) => it.severity >= SEVERE_FROM).length;
      const leaders = (await q.leadersAbove(tx, unit.id)).filter((u) => u !== actor.userId);
      notified = await notify(
        tx,
        { userIds: leaders },
        {
          kind: 'intel.quick',
          title: `Báo cáo nhanh của ${unit.name}: ${input.items[0]?.summary.slice(0, 120) ?? ''}`,
          body: `${input.items.length} vụ việc${severe ? `, ${severe} vụ nghiêm trọng` : ''}`,
          link: reportLink(id),
          entity: q.REPORT_ENTITY,
          entityId: id,
        },
      );
    }
    const row = (await q.reportById(tx, id, null)) as q.ReportRow;
    const after = presentReport(row, await q.itemsOfReport(tx, id), notified);
    await recordAudit(tx, ctx, {
      action: `intel.report.${input.kind}`,
      entity: q.REPORT_ENTITY,
      entityId: id,
      orgId: unit.id,
      after: { ...after, items: after.items.length },
    });
    return after;
  });
}

export async function getReport(deps: Deps, ctx: RequestCtx, id: number): Promise<IntelReport> {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const row = await q.reportById(db, id, actor);
  if (!row) throw notFound('Báo cáo');
  return presentReport(row, await q.itemsOfReport(db, id));
}

export async function listReports(deps: Deps, ctx: RequestCtx, f: z.infer<typeof listReportsQuery>) {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const list = await q.listReports(db, actor, { ...f, withinPath: within?.path ?? null });
  return { items: list.map(presentReportSummary) };
}

/** Items the account sees (through their reports), by id; 404 naming the first one missing. */
export async function visibleItems(db: Db, ctx: RequestCtx, ids: readonly number[]) {
  const actor = authorize(ctx, 'intel.read');
  const found = await q.visibleItems(db, actor, ids);
  if (found.length !== new Set(ids).size) throw notFound('Vụ việc');
  return found.map(presentItem);
}
