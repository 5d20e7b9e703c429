// Badges: the members due on a date, recording awards already made, the base salary, and the
// proposal list per occasion (Excel and Word) with the cash gift. An early badge is held back for a
// member disciplined shortly before (the inspections area answers through a hook).
import type { SQL } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import {
  type BadgeYears,
  earlyMonths,
  milestoneDate,
  nextOccasion,
  occasionOf,
} from '../../../../domain/members/badges.ts';
import { addMonths } from '../../../../domain/members/calendar.ts';
import type { awardBody, baseSalaryBody } from '../../../../domain/members/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, signedIn } from '../../../auth/authorize.ts';
import { scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { placeOf } from '../../orgs/service.ts';
import { type Cursor, decodeCursor, encodeCursor, type MemberDetailJson } from '../presenter.ts';
import * as q from '../queries.ts';
import { detailById, managed } from '../record.ts';
import { type Column, streamWorkbook } from '../xlsx.ts';
import {
  type BadgeDueList,
  type BadgeDueSummary,
  type BaseSalaries,
  multipleOf,
  presentDue,
  presentDueSummary,
  presentSalaries,
} from './presenter.ts';
import { proposalDocx as proposalWord } from './proposal-docx.ts';
import * as bq from './queries.ts';

type DueQuery = { on: string; orgId: number };
type DuePage = DueQuery & { limit: number; cursor?: string | undefined };

const EXPORT_PAGE = 2_000;

/** Whether discipline holds back an early badge on a day, as the inspections area answers. */
export type EarlyBadgeHold = (
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; on: string },
) => Promise<{ formLabel: string; decidedOn: string; years: number; source: string } | null>;
let earlyBadgeHold: EarlyBadgeHold | null = null;

/** @trusted called once by server/integrations.ts: the inspections area answers for discipline. */
export function registerEarlyBadgeHold(fn: EarlyBadgeHold): void {
  earlyBadgeHold = fn;
}

interface DueScope {
  unit: { id: number; name: string };
  where: SQL;
  salary: Awaited<ReturnType<typeof bq.baseSalaryOn>>;
}

async function scopeOf(db: Db, actor: Actor, f: DueQuery): Promise<DueScope> {
  const unit = await unitInScope(db, actor, f.orgId);
  const where = q.readableIn(actor, await scopeUnitIds(db, actor, unit.id));
  return { unit, where, salary: await bq.baseSalaryOn(db, f.on) };
}

const header = (on: string) => ({
  on,
  occasion: occasionOf(on)?.label ?? null,
  nextOccasion: nextOccasion(on),
});

/** One page of the members of a unit's subtree due a badge on a date (the highest milestone not yet awarded). */
export async function due(deps: Deps, ctx: RequestCtx, f: DuePage): Promise<BadgeDueList> {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  const s = await scopeOf(db, actor, f);
  const rows = await bq.duePage(db, s.where, f.on, decodeCursor(f.cursor), f.limit + 1);
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  const next =
    rows.length > f.limit && last ? encodeCursor({ key: last.sort_key, id: last.member_id }) : null;
  return presentDue(header(f.on), s.unit, s.salary, page, next);
}

/** How many are due, per milestone, and the cash gifts of all of them: the list's heading. */
export async function dueSummary(deps: Deps, ctx: RequestCtx, f: DueQuery): Promise<BadgeDueSummary> {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  const s = await scopeOf(db, actor, f);
  return presentDueSummary(header(f.on), s.unit, s.salary, await bq.dueCounts(db, s.where, f.on));
}

/** Every member due, page after page of the name order (the proposals: Excel streamed, Word). */
async function* allDue(db: Db, s: DueScope, on: string): AsyncGenerator<BadgeDueList['items']> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await bq.duePage(db, s.where, on, after, EXPORT_PAGE);
    if (rows.length > 0) yield presentDue(header(on), s.unit, s.salary, rows, null).items;
    const last = rows[rows.length - 1];
    if (!last || rows.length < EXPORT_PAGE) return;
    after = { key: last.sort_key, id: last.member_id };
  }
}

export async function award(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof awardBody>,
): Promise<MemberDetailJson> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const row = await managed(tx, actor, id);
    const years = input.years as BadgeYears;
    if (input.awardedOn > todayVn())
      throw new RuleError(
        'date_in_future',
        'Ngày trao Huy hiệu không được ở tương lai (chỉ ghi nhận huy hiệu đã trao).',
      );
    const interruptions = (await q.interruptionsOf(tx, id)).map((i) => ({ from: i.from_on, to: i.to_on }));
    const dead = row.died_on !== null && row.died_on <= input.awardedOn;
    const ageOn = dead ? (row.died_on as string) : input.awardedOn;
    const reachedOn = milestoneDate({ admittedOn: row.admitted_on, interruptions }, years, ageOn);
    const kind = dead ? 'posthumous' : row.seriously_ill ? 'ill' : null;
    const eligibleFrom = addMonths(reachedOn, -earlyMonths(years, kind));
    if (eligibleFrom > ageOn) {
      throw new RuleError(
        'badge_not_reached',
        `Đảng viên «${row.full_name}» chưa đủ ${years} năm tuổi đảng vào ngày ${formatDateVi(input.awardedOn)} (đủ vào ngày ${formatDateVi(reachedOn)}).`,
      );
    }
    const early = reachedOn > ageOn;
    const held = early && earlyBadgeHold ? await earlyBadgeHold(tx, ctx, { memberId: id, on: ageOn }) : null;
    if (held) {
      throw new RuleError(
        'badge_early_discipline',
        `Không tặng sớm Huy hiệu cho đảng viên «${row.full_name}»: bị kỷ luật ${held.formLabel.toLowerCase()} ngày ${formatDateVi(held.decidedOn)}, trong ${held.years} năm trước ngày trao (${held.source}). Huy hiệu được xét khi đủ ${years} năm tuổi Đảng (ngày ${formatDateVi(reachedOn)}).`,
      );
    }
    const inserted = await bq.insertAward(tx, {
      memberId: id,
      years,
      awardedOn: input.awardedOn,
      decisionNo: input.decisionNo || null,
      earlyReason: early ? kind : null,
      by: actor.userId,
    });
    if (!inserted)
      throw new ConflictError(
        'badge_already_awarded',
        `Đảng viên «${row.full_name}» đã được ghi nhận Huy hiệu ${years} năm tuổi Đảng.`,
      );
    const after = { years, awardedOn: input.awardedOn, decisionNo: input.decisionNo ?? null };
    await q.addHistory(tx, id, actor, 'badge', { badge: { from: null, to: after } });
    await recordAudit(tx, ctx, {
      action: 'member.badge',
      entity: 'member',
      entityId: id,
      orgId: row.org_id,
      after,
    });
    return detailById(tx, actor, id);
  });
}

/** The base salaries with their dates and the multiples of the cash gift (any account reads them). */
export async function salaries(deps: Deps, ctx: RequestCtx): Promise<BaseSalaries> {
  signedIn(ctx);
  return presentSalaries(await bq.baseSalaries(deps.database.db));
}

export async function setSalary(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof baseSalaryBody>,
): Promise<BaseSalaries> {
  authorize(ctx, 'settings.manage');
  return transact(deps, async (tx) => {
    await bq.upsertBaseSalary(tx, input.effectiveFrom, input.amount, input.note || null);
    await recordAudit(tx, ctx, {
      action: 'member.base_salary',
      entity: 'base_salary',
      entityId: input.effectiveFrom,
      after: input,
    });
    return presentSalaries(await bq.baseSalaries(tx));
  });
}

const money = (n: number | null) => (n === null ? '' : n.toLocaleString('vi-VN'));
const fileDate = (on: string) => formatDateVi(on).replace(/\//g, '-');

const PROPOSAL_COLUMNS: Column[] = [
  { header: 'STT', key: 'stt', width: 6 },
  { header: 'Họ và tên', key: 'fullName', width: 28 },
  { header: 'Ngày sinh', key: 'birthDate', date: true },
  { header: 'Chi bộ', key: 'orgName', width: 30 },
  { header: 'Ngày vào Đảng', key: 'admittedOn', date: true, width: 15 },
  { header: 'Số thẻ đảng viên', key: 'partyCardNo', width: 16 },
  { header: 'Huy hiệu', key: 'badge', width: 10 },
  { header: 'Ghi chú', key: 'note', width: 20 },
  { header: 'Hệ số', key: 'multiple', width: 8 },
  { header: 'Tiền thưởng (đồng)', key: 'cashGift', money: true, width: 18 },
];

/**
 * The proposal list as Excel: one row per member, the cash gift from the base salary in force.
 * Streamed page by page of the name order, so that a city's list is never held whole; the total
 * row is summed on the way.
 */
export async function proposalXlsx(deps: Deps, ctx: RequestCtx, f: DueQuery) {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const s = await scopeOf(db, actor, f);
  const base = s.salary ? Number(s.salary.amount) : null;
  const occasion = occasionOf(f.on)?.label ?? null;
  const caption = [
    `DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG — ${s.unit.name}`,
    `Đợt ${occasion ?? `ngày ${formatDateVi(f.on)}`}`,
    s.salary && base !== null
      ? `Mức lương cơ sở: ${money(base)} đồng (từ ${formatDateVi(s.salary.effective_from)})`
      : 'Chưa có mức lương cơ sở cho ngày này',
  ];
  const body = streamWorkbook(
    'Đề nghị Huy hiệu',
    PROPOSAL_COLUMNS,
    async (add, drained) => {
      let n = 0;
      let total = 0;
      for await (const items of allDue(db, s, f.on)) {
        for (const it of items) {
          n++;
          total += it.cashGift ?? 0;
          add({
            stt: n,
            fullName: it.fullName,
            birthDate: it.birthDate,
            orgName: it.orgName,
            admittedOn: it.admittedOn,
            partyCardNo: it.partyCardNo,
            badge: `${it.years} năm`,
            note: it.posthumous ? 'Truy tặng' : it.early ? 'Tặng sớm (ốm nặng)' : '',
            multiple: multipleOf(it.years),
            cashGift: it.cashGift,
          });
        }
        await drained();
      }
      return { fullName: `Cộng: ${n} đồng chí`, cashGift: total };
    },
    (err) => deps.log.error({ err }, 'badge proposal export failed'),
    { caption },
  );
  return { name: `Đề nghị Huy hiệu Đảng ${fileDate(f.on)}.xlsx`, body };
}

/** The proposal list as Word, in the Party layout, for signature. */
export async function proposalDocx(deps: Deps, ctx: RequestCtx, f: DueQuery) {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const s = await scopeOf(db, actor, f);
  // A signed proposal is read on paper: its rows are held to build the document (Word has no
  // streaming writer here), fetched page by page like the Excel list.
  const items: BadgeDueList['items'] = [];
  for await (const page of allDue(db, s, f.on)) items.push(...page);
  const d = { ...presentDue(header(f.on), s.unit, s.salary, [], null), items };
  const body = await proposalWord(d, await placeOf(db, ctx, d.orgId));
  return { name: `Đề nghị Huy hiệu Đảng ${fileDate(f.on)}.docx`, body };
}
