// Member records: create, change (with history), status changes, recognition, reading (audited),
// the filtered list and its export. Rules come from domain/members; every write is one transaction
// with its history row and its audit row.
import { todayVn } from '../../../domain/dates.ts';
import { recognitionProblem } from '../../../domain/members/admission.ts';
import { memberDatesProblem } from '../../../domain/members/member-rules.ts';
import { nameSortKey } from '../../../domain/members/name-key.ts';
import { totalInterruptionDays } from '../../../domain/members/party-age.ts';
import { ACTIVE_STATUSES, EXPORT_COLUMNS, normaliseCardNo } from '../../../domain/members/records.ts';
import type {
  createMemberBody,
  recognizeBody,
  statusBody,
  updateMemberBody,
} from '../../../domain/members/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, requireSecrecyWithin } from '../../auth/authorize.ts';
import { activeUnitInScope, scopeUnitIds } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, readDb, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import {
  type Cursor,
  decodeCursor,
  diff,
  encodeCursor,
  type MemberDetailJson,
  type MemberHistoryEntry,
  type MemberRecord,
  presentHistory,
  presentListItem,
  presentMember,
} from './presenter.ts';
import * as q from './queries.ts';
import { detailById, detailOf, feeFromOf, identityKey, managed, recordOf, visible } from './record.ts';
import { type Column, streamWorkbook } from './xlsx.ts';

async function requireFreeCard(tx: Db, card: string | null, exceptId?: number): Promise<void> {
  if (!card) return;
  if (await q.cardTaken(tx, card, exceptId)) {
    throw new ConflictError(
      'party_card_taken',
      `Số thẻ đảng viên ${card} đã được cấp cho một đảng viên khác.`,
    );
  }
}

async function requireLinkableUser(tx: Db, actor: Actor, userId: number | null, exceptId?: number) {
  if (userId === null) return;
  if (!(await q.userInScope(tx, actor, userId))) throw notFound('Tài khoản');
  if (await q.userLinked(tx, userId, exceptId)) {
    throw new ConflictError('user_already_linked', 'Tài khoản này đã gắn với hồ sơ của một đảng viên khác.');
  }
}

function requireDates(m: Parameters<typeof memberDatesProblem>[0], today: string): void {
  const problem = memberDatesProblem(m, today);
  if (problem) throw new RuleError('member_dates_invalid', problem);
}

type CreateInput = z.infer<typeof createMemberBody>;

export async function create(deps: Deps, ctx: RequestCtx, input: CreateInput): Promise<MemberRecord> {
  authorize(ctx, 'member.manage');
  return transact(deps, (tx) => createIn(tx, ctx, input));
}

/** Creates a record inside the caller's transaction (also a transfer in from outside, an admission). */
export async function createIn(
  tx: Db,
  ctx: RequestCtx,
  input: CreateInput,
  opts: { action?: string } = {},
): Promise<MemberRecord> {
  const actor = authorize(ctx, 'member.manage');
  const today = todayVn();
  const unit = await activeUnitInScope(tx, actor, input.orgId);
  const interruptions = input.interruptions ?? [];
  requireDates({ ...input, interruptions }, today);
  const card = input.partyCardNo ? normaliseCardNo(input.partyCardNo) : null;
  await requireFreeCard(tx, card);
  await requireLinkableUser(tx, actor, input.userId ?? null);
  requireSecrecyWithin(actor, input.secrecy ?? 0);
  const id = await q.insert(tx, {
    orgId: unit.id,
    secrecy: input.secrecy ?? 0,
    userId: input.userId ?? null,
    fullName: input.fullName,
    sortKey: nameSortKey(input.fullName),
    birthDate: input.birthDate,
    gender: input.gender ?? null,
    ethnicity: input.ethnicity || null,
    religion: input.religion || null,
    homeTown: input.homeTown || null,
    residence: input.residence || null,
    education: input.education || null,
    theoryLevel: input.theoryLevel || null,
    occupation: input.occupation || null,
    position: input.position || null,
    admittedOn: input.admittedOn,
    officialOn: input.officialOn ?? null,
    partyCardNo: card,
    status: input.officialOn ? 'chinh_thuc' : 'du_bi',
    seriouslyIll: input.seriouslyIll ?? false,
    interruptionDays: totalInterruptionDays(interruptions),
    feeBasis: input.feeBasis ?? 'salary',
    feeBase: input.feeBase ?? null,
    feeFrom: feeFromOf(input.admittedOn, today),
    identityKey: identityKey(input.fullName, input.birthDate, input.admittedOn),
  });
  await q.replaceInterruptions(tx, id, interruptions);
  const out = await recordOf(tx, actor, id, today);
  await q.addHistory(tx, id, actor, opts.action ?? 'create', {});
  await recordAudit(tx, ctx, {
    action: 'member.create',
    entity: 'member',
    entityId: id,
    orgId: unit.id,
    after: out,
  });
  return out;
}

type UpdateInput = z.infer<typeof updateMemberBody>;

export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: UpdateInput,
): Promise<MemberRecord> {
  const actor = authorize(ctx, 'member.manage');
  const today = todayVn();
  return transact(deps, async (tx) => {
    const row = await managed(tx, actor, id);
    const before = presentMember(row, await q.interruptionsOf(tx, id), today);
    const pick = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
    const fullName = pick(input.fullName, row.full_name);
    const birthDate = pick(input.birthDate, row.birth_date);
    const admittedOn = pick(input.admittedOn, row.admitted_on);
    const officialOn = pick(input.officialOn, row.official_on);
    const interruptions = input.interruptions ?? before.interruptions;
    requireDates({ birthDate, admittedOn, officialOn, interruptions }, today);
    const card =
      input.partyCardNo === undefined
        ? row.party_card_no
        : input.partyCardNo
          ? normaliseCardNo(input.partyCardNo)
          : null;
    if (card !== row.party_card_no) await requireFreeCard(tx, card, id);
    const userId = pick(input.userId, row.user_id);
    if (userId !== row.user_id) await requireLinkableUser(tx, actor, userId, id);
    const secrecy = pick(input.secrecy, row.secrecy);
    requireSecrecyWithin(actor, secrecy);
    // A probationary member with a recognition date entered here becomes a full member.
    const status =
      row.status === 'du_bi' && officialOn
        ? 'chinh_thuc'
        : row.status === 'chinh_thuc' && !officialOn
          ? 'du_bi'
          : row.status;
    const text = (v: string | undefined, old: string | null) => (v === undefined ? old : v || null);
    await q.update(tx, id, {
      orgId: row.org_id,
      secrecy,
      userId,
      fullName,
      sortKey: nameSortKey(fullName),
      birthDate,
      gender: input.gender === undefined ? row.gender : input.gender,
      ethnicity: text(input.ethnicity, row.ethnicity),
      religion: text(input.religion, row.religion),
      homeTown: text(input.homeTown, row.home_town),
      residence: text(input.residence, row.residence),
      education: text(input.education, row.education),
      theoryLevel: text(input.theoryLevel, row.theory_level),
      occupation: text(input.occupation, row.occupation),
      position: text(input.position, row.position),
      admittedOn,
      officialOn,
      partyCardNo: card,
      status,
      seriouslyIll: pick(input.seriouslyIll, row.seriously_ill),
      interruptionDays: totalInterruptionDays(interruptions),
      feeBasis: pick(input.feeBasis, row.fee_basis),
      feeBase:
        input.feeBase === undefined ? (row.fee_base === null ? null : Number(row.fee_base)) : input.feeBase,
      feeFrom: row.fee_from,
      identityKey: identityKey(fullName, birthDate, admittedOn),
    });
    if (input.interruptions) await q.replaceInterruptions(tx, id, interruptions);
    const after = await recordOf(tx, actor, id, today);
    const changes = diff(before, after);
    if (Object.keys(changes).length > 0) {
      await q.addHistory(tx, id, actor, 'update', changes);
      await recordAudit(tx, ctx, {
        action: 'member.update',
        entity: 'member',
        entityId: id,
        orgId: row.org_id,
        before,
        after,
      });
    }
    return after;
  });
}

export async function setStatus(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof statusBody>,
): Promise<MemberDetailJson> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const row = await managed(tx, actor, id);
    if (!ACTIVE_STATUSES.includes(row.status))
      throw new RuleError(
        'member_not_active',
        `Đảng viên «${row.full_name}» không còn sinh hoạt tại đơn vị.`,
      );
    if (input.on < row.admitted_on)
      throw new RuleError('date_before_admission', 'Ngày không được trước ngày vào Đảng.');
    if (input.on > todayVn()) throw new RuleError('date_in_future', 'Ngày không được ở tương lai.');
    await q.setStatus(tx, id, {
      status: input.status,
      statusOn: input.on,
      ...(input.status === 'tu_tran' ? { diedOn: input.on } : {}),
    });
    const changes = {
      status: { from: row.status, to: input.status },
      statusOn: { from: row.status_on, to: input.on },
    };
    await q.addHistory(
      tx,
      id,
      actor,
      input.status === 'tu_tran' ? 'died' : 'removed',
      changes,
      input.reason || null,
    );
    await recordAudit(tx, ctx, {
      action: 'member.status',
      entity: 'member',
      entityId: id,
      orgId: row.org_id,
      after: { ...changes, reason: input.reason },
    });
    return detailById(tx, actor, id);
  });
}

export async function recognize(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof recognizeBody>,
): Promise<MemberDetailJson> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const row = await managed(tx, actor, id);
    if (row.status !== 'du_bi')
      throw new RuleError(
        'member_not_probationary',
        `Đảng viên «${row.full_name}» không phải đảng viên dự bị.`,
      );
    const problem = recognitionProblem(row.admitted_on, input.officialOn);
    if (problem) throw new RuleError('probation_not_over', problem);
    if (input.officialOn > todayVn())
      throw new RuleError('date_in_future', 'Ngày công nhận không được ở tương lai.');
    await q.setStatus(tx, id, { status: 'chinh_thuc', statusOn: null, officialOn: input.officialOn });
    const changes = {
      status: { from: 'du_bi', to: 'chinh_thuc' },
      officialOn: { from: null, to: input.officialOn },
    };
    await q.addHistory(
      tx,
      id,
      actor,
      'recognized',
      changes,
      input.decisionNo ? `Quyết định số ${input.decisionNo}` : null,
    );
    await recordAudit(tx, ctx, {
      action: 'member.recognize',
      entity: 'member',
      entityId: id,
      orgId: row.org_id,
      after: { ...changes, decisionNo: input.decisionNo },
    });
    return detailById(tx, actor, id);
  });
}

/** A member's record; the read itself is audited (personal data). */
export async function get(deps: Deps, ctx: RequestCtx, id: number): Promise<MemberDetailJson> {
  const actor = authorize(ctx, 'member.read');
  return transact(deps, async (tx) => {
    const row = await visible(tx, actor, id);
    await recordAudit(tx, ctx, { action: 'member.read', entity: 'member', entityId: id, orgId: row.org_id });
    return detailOf(tx, row);
  });
}

export async function history(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  const row = await visible(db, actor, id);
  const items: MemberHistoryEntry[] = (await q.historyOf(db, id)).map(presentHistory);
  // Members created by an import have no history row of their own (450,000 rows would double the
  // import's work): the import itself is their creation entry.
  if (row.import_id !== null) {
    const imp = await q.importOf(db, row.import_id);
    if (imp) {
      items.push({
        ...presentHistory({
          id: 0,
          at: imp.created_at,
          actor_id: imp.actor_id,
          actor_name: imp.actor_name,
          action: 'import',
          changes: {},
          note: null,
        }),
        note: `Nhập từ tệp Excel${imp.file_name ? ` «${imp.file_name}»` : ''} (lần nhập số ${imp.id})`,
      });
    }
  }
  return { items };
}

export type ListInput = q.ListFilters & { limit: number; cursor?: string | undefined };

/** The ids of the units a list reads: the actor's scope, within the chosen unit unless `shared`. */
function listUnits(db: Db, actor: Actor, f: q.ListFilters): Promise<number[]> {
  return scopeUnitIds(db, actor, f.shared ? undefined : f.orgId);
}

export async function list(deps: Deps, ctx: RequestCtx, f: ListInput) {
  const actor = authorize(ctx, 'member.read');
  const db = await readDb(deps, ctx);
  const today = todayVn();
  const where = q.listWhere(actor, f, await listUnits(db, actor, f), today);
  const after = decodeCursor(f.cursor);
  const [items, total] = await Promise.all([
    q.page(db, where, after, f.limit + 1),
    after ? Promise.resolve(null) : q.count(db, where),
  ]);
  const pageRows = items.slice(0, f.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) => presentListItem(r, today)),
    nextCursor: items.length > f.limit && last ? encodeCursor({ key: last.sort_key, id: last.id }) : null,
    total,
  };
}

const EXPORT_PAGE = 5_000;
const EXPORT_DATES = new Set(['birthDate', 'admittedOn', 'officialOn']);

/**
 * Any filtered list as Excel with Vietnamese headers, streamed in pages of the list's own keyset
 * order, so a city-wide export never holds 450,000 records in memory. The export is audited with
 * its filters and size (personal data leaves).
 */
export async function exportList(deps: Deps, ctx: RequestCtx, filters: q.ListFilters) {
  const actor = authorize(ctx, 'member.read');
  const db = await readDb(deps, ctx);
  const today = todayVn();
  const where = q.listWhere(actor, filters, await listUnits(db, actor, filters), today);
  const total = await q.count(db, where);
  await transact(deps, (tx) =>
    recordAudit(tx, ctx, { action: 'member.export', entity: 'member', after: { filters, total } }),
  );
  const columns: Column[] = EXPORT_COLUMNS.map(([key, header]) => ({
    key,
    header,
    date: EXPORT_DATES.has(key),
    width: key === 'fullName' || key === 'orgName' ? 28 : 16,
  }));
  const body = streamWorkbook(
    'Danh sách đảng viên',
    columns,
    async (add, drained): Promise<undefined> => {
      let after: Cursor | null = null;
      for (;;) {
        const rows = await q.page(db, where, after, EXPORT_PAGE);
        for (const row of rows) {
          add({
            ...presentListItem(row, today),
            ethnicity: row.ethnicity,
            religion: row.religion,
            homeTown: row.home_town,
            education: row.education,
            theoryLevel: row.theory_level,
            occupation: row.occupation,
            position: row.position,
          });
        }
        const last = rows[rows.length - 1];
        if (!last || rows.length < EXPORT_PAGE) return undefined;
        after = { key: last.sort_key, id: last.id };
        await drained();
      }
    },
    (err) => deps.log.error({ err }, 'member export failed'),
  );
  return { name: `Danh sách đảng viên ${today}.xlsx`, body };
}
