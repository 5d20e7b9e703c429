// Member records: create, change (with history), status changes, recognition, reading (audited),
// the filtered list. Rules come from domain/members; every write is one transaction with its
// history row and its audit row.
import { todayVn } from '../../../domain/dates.ts';
import { recognitionDue, recognitionProblem } from '../../../domain/members/admission.ts';
import { badgeDue } from '../../../domain/members/badges.ts';
import { monthStart } from '../../../domain/members/calendar.ts';
import { memberDatesProblem } from '../../../domain/members/member-rules.ts';
import { nameSortKey } from '../../../domain/members/name-key.ts';
import { totalInterruptionDays } from '../../../domain/members/party-age.ts';
import { ACTIVE_STATUSES, normaliseCardNo } from '../../../domain/members/records.ts';
import type {
  createMemberBody,
  recognizeBody,
  statusBody,
  updateMemberBody,
} from '../../../domain/members/schemas.ts';
import { fold } from '../../../domain/text.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { awardedYears } from './badges-queries.ts';
import { importById } from './import-queries.ts';
import * as list from './list-queries.ts';
import { diff, type MemberDetailJson, presentHistory, presentListItem, presentMember } from './presenter.ts';
import * as q from './queries.ts';

export const NOT_FOUND = 'Đảng viên';

export function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new Error('member changes need an actor');
  return ctx.actor;
}

/** Folded name + birth date + admission date: the same person entered twice without a card number. */
export function identityKey(fullName: string, birthDate: string, admittedOn: string): string {
  return `${fold(fullName).replace(/\s+/g, ' ').trim()}|${birthDate}|${admittedOn}`;
}

/** First month a fee is owed: from admission, but not before the record entered the system. */
export function feeFromOf(admittedOn: string, today: string): string {
  const a = monthStart(admittedOn);
  const t = monthStart(today);
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text; Math.max would give NaN
  return a > t ? a : t;
}

/** A member the actor may change (locked), or 404. */
export async function managed(tx: Db, actor: Actor, id: number): Promise<q.MemberRow> {
  const row = await q.managedForUpdate(tx, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** A member the actor may read, or 404. */
export async function visible(db: Db, actor: Actor, id: number): Promise<q.MemberRow> {
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

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

export async function detailOf(db: Db, row: q.MemberRow) {
  const today = todayVn();
  const [interruptions, awarded] = await Promise.all([
    q.interruptionsOf(db, row.id),
    awardedYears(db, row.id),
  ]);
  const out = presentMember(row, interruptions, today);
  const due = badgeDue(
    {
      admittedOn: row.admitted_on,
      interruptions: out.interruptions,
      seriouslyIll: row.seriously_ill,
      diedOn: row.died_on,
      awarded: awarded.map((a) => a.years),
    },
    today,
  );
  return {
    ...out,
    badges: awarded.map((a) => ({ years: a.years, awardedOn: a.awarded_on, decisionNo: a.decision_no })),
    badgeDueToday: due,
    recognitionDue: row.status === 'du_bi' ? recognitionDue(row.admitted_on) : null,
  };
}

export async function create(deps: Deps, ctx: RequestCtx, input: CreateInput): Promise<MemberDetailJson> {
  return transact(deps, (tx) => createIn(tx, ctx, input));
}

/** Creates a record inside the caller's transaction (also used by transfers in from outside). */
export async function createIn(
  tx: Db,
  ctx: RequestCtx,
  input: CreateInput,
  opts: { action?: string } = {},
): Promise<MemberDetailJson> {
  const actor = actorOf(ctx);
  const today = todayVn();
  const unit = await q.unitInScope(tx, actor, input.orgId);
  if (!unit) throw notFound('Đơn vị');
  if (!unit.active) throw new RuleError('org_inactive', `Đơn vị «${unit.name}» đã ngừng hoạt động.`);
  const interruptions = input.interruptions ?? [];
  requireDates({ ...input, interruptions }, today);
  const card = input.partyCardNo ? normaliseCardNo(input.partyCardNo) : null;
  await requireFreeCard(tx, card);
  await requireLinkableUser(tx, actor, input.userId ?? null);
  if ((input.secrecy ?? 0) > actor.clearance)
    throw new RuleError('secrecy_above_clearance', 'Không thể đặt độ mật cao hơn mức được tiếp cận của bạn.');
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
  const out = presentMember(
    (await q.visibleById(tx, actor, id)) as q.MemberRow,
    await q.interruptionsOf(tx, id),
    today,
  );
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
): Promise<MemberDetailJson> {
  const actor = actorOf(ctx);
  const today = todayVn();
  return transact(deps, async (tx) => {
    const row = await managed(tx, actor, id);
    const beforeInterruptions = await q.interruptionsOf(tx, id);
    const before = presentMember(row, beforeInterruptions, today);
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
    if (secrecy > actor.clearance)
      throw new RuleError(
        'secrecy_above_clearance',
        'Không thể đặt độ mật cao hơn mức được tiếp cận của bạn.',
      );
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
    const after = presentMember(
      (await q.visibleById(tx, actor, id)) as q.MemberRow,
      await q.interruptionsOf(tx, id),
      today,
    );
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

export async function setStatus(deps: Deps, ctx: RequestCtx, id: number, input: z.infer<typeof statusBody>) {
  const actor = actorOf(ctx);
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
      action: `member.status`,
      entity: 'member',
      entityId: id,
      orgId: row.org_id,
      after: { ...changes, reason: input.reason },
    });
    return detailOf(tx, (await q.visibleById(tx, actor, id)) as q.MemberRow);
  });
}

export async function recognize(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof recognizeBody>,
) {
  const actor = actorOf(ctx);
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
    return detailOf(tx, (await q.visibleById(tx, actor, id)) as q.MemberRow);
  });
}

/** A member's record; the read itself is audited (personal data). */
export async function get(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const row = await visible(tx, actor, id);
    await recordAudit(tx, ctx, { action: 'member.read', entity: 'member', entityId: id, orgId: row.org_id });
    return detailOf(tx, row);
  });
}

export async function history(db: Db, actor: Actor, id: number) {
  const row = await visible(db, actor, id);
  const items = (await q.historyOf(db, id)).map(presentHistory);
  // Members created by an import have no history row of their own (450,000 rows would double the
  // import's work): the import itself is their creation entry.
  if (row.import_id !== null) {
    const imp = await importById(db, row.import_id);
    if (imp) {
      items.push({
        id: 0,
        at: toIso(imp.created_at),
        actorId: imp.actor_id,
        actorName: imp.actor_name,
        action: 'import',
        changes: {},
        note: `Nhập từ tệp Excel${imp.file_name ? ` «${imp.file_name}»` : ''} (lần nhập số ${imp.id})`,
      });
    }
  }
  return { items };
}

export async function listMembers(
  db: Db,
  actor: Actor,
  f: list.ListFilters & { limit: number; cursor?: string | undefined },
) {
  const today = todayVn();
  const where = await list.listWhere(db, actor, f, today);
  const after = list.decodeCursor(f.cursor);
  const [items, total] = await Promise.all([
    list.page(db, where, after, f.limit + 1),
    after ? Promise.resolve(null) : list.count(db, where),
  ]);
  const pageRows = items.slice(0, f.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) => presentListItem(r, today)),
    nextCursor:
      items.length > f.limit && last ? list.encodeCursor({ key: last.sort_key, id: last.id }) : null,
    total,
  };
}
