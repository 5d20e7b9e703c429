// Study sessions (học tập, quán triệt nghị quyết, chỉ thị — Chỉ thị 01-CT/TW 2016): a unit's session on
// one text, in person or by video bridge; the expected members drawn from the rolls on the day (or a
// chosen list); make-up sessions for those who have not studied; the page with attendance and
// reflections as each reader may see them. Attendance: attendance/; reflections and a member's own
// view: reflections/; statistics and the Excel list: stats/; the action programme: action/.
import type {
  createMakeupBody,
  createStudyBody,
  updateStudyBody,
} from '../../../../domain/studies/schemas.ts';
import { vnDayOf } from '../../../../domain/studies/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { grant, revoke } from '../../../auth/grants.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { studiedText } from '../../documents/service.ts';
import { memberOfAccount, rosterOn } from '../../members/roster/service.ts';
import {
  presentAttendee,
  presentSession,
  type StudySession,
  type StudySessionDetail,
  type StudySessionList,
} from './presenter.ts';
import * as q from './queries.ts';
import { presentBrief } from './reflections/presenter.ts';
import * as rq from './reflections/queries.ts';
import { placeFields, requireTimes } from './rules.ts';

const NOT_FOUND = 'Buổi học tập';

/** A session the account sees (404 otherwise): every reading of a session starts here. */
export async function sessionFor(db: Db, ctx: RequestCtx, id: number): Promise<q.SessionRow> {
  const actor = authorize(ctx, 'study.read');
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/**
 * A session the account runs: its role may (403), it sees the session (404), and the session's unit
 * is in its scope (a superior's session seen through a grant is not: 403). Locked for the transaction.
 */
export async function sessionForChange(tx: Db, ctx: RequestCtx, id: number): Promise<q.SessionRow> {
  const actor = authorize(ctx, 'study.manage');
  const row = await q.visibleById(tx, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  if (!(await q.unitIsMine(tx, actor, row.owner_org_id))) {
    throw forbidden(`Chỉ «${row.org_name}» mới sửa được buổi học tập của mình.`);
  }
  await q.lock(tx, id);
  return (await q.byId(tx, id)) as q.SessionRow;
}

/** The units of the expected members may read the session (each point of a bridge sees its own people). */
async function grantExpectedUnits(tx: Db, sessionId: number, ownerOrgId: number): Promise<void> {
  for (const orgId of await q.expectedUnits(tx, sessionId, ownerOrgId)) {
    await grant(tx, { entity: q.ENTITY, entityId: sessionId, orgId, reason: 'expected' });
  }
}

export async function list(deps: Deps, ctx: RequestCtx, f: q.ListFilters): Promise<StudySessionList> {
  const actor = authorize(ctx, 'study.read');
  return { items: (await q.list(deps.database.db, actor, f)).map(presentSession) };
}

/** Which attendance rows a reader sees: organisers all, other staff those of their units, a member its own. */
async function readerView(db: Db, ctx: RequestCtx, actor: Actor, row: q.SessionRow) {
  const owns = await q.unitIsMine(db, actor, row.owner_org_id);
  const me = await memberOfAccount(db, ctx);
  const only =
    actor.role === 'member'
      ? me
        ? q.attendeeIs(me.id)
        : undefined
      : owns
        ? undefined
        : q.attendeesInScope(actor);
  return { owns, me, only, hidden: actor.role === 'member' && !me };
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<StudySessionDetail> {
  const actor = authorize(ctx, 'study.read');
  const db = deps.database.db;
  const row = await sessionFor(db, ctx, id);
  const mainId = row.makeup_of ?? row.id;
  const view = await readerView(db, ctx, actor, row);
  const found = view.hidden ? [] : await q.attendees(db, id, view.only);
  const mineRows = view.me ? await q.attendees(db, id, q.attendeeIs(view.me.id)) : [];
  const ids = [...new Set([...found, ...mineRows].map((a) => a.member_id))];
  const reflections = new Map((await rq.newest(db, mainId, ids)).map((r) => [r.member_id, presentBrief(r)]));
  const checker = may(actor, 'study.manage') && actor.role !== 'member';
  const present = (a: q.AttendeeRow, canCheck: boolean) =>
    presentAttendee(a, reflections.get(a.member_id) ?? null, canCheck);
  const main = row.makeup_of ? await q.visibleById(db, actor, row.makeup_of) : undefined;
  const mine = mineRows[0];
  return {
    ...presentSession(row),
    main: main ? presentSession(main) : null,
    makeupSessions: row.makeup_of ? [] : (await q.makeupsOf(db, actor, id)).map(presentSession),
    attendees: found.map((a) => present(a, checker)),
    mine: mine ? present(mine, checker && found.some((a) => a.member_id === mine.member_id)) : null,
    can: {
      manage: view.owns && may(actor, 'study.manage'),
      check: checker && found.length > 0,
      reflect: mine !== undefined && may(actor, 'study.reflect'),
    },
  };
}

type CreateInput = z.infer<typeof createStudyBody>;

export async function create(deps: Deps, ctx: RequestCtx, input: CreateInput): Promise<StudySession> {
  const actor = authorize(ctx, 'study.manage');
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, actor, input.orgId);
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    const text = await studiedText(tx, ctx, input.resolution);
    const times = requireTimes(input.startsAt, input.endsAt);
    const day = vnDayOf(times.startsAt);
    const roster = await rosterOn(tx, ctx, { orgId: org.id, on: day, ids: input.memberIds });
    if (input.memberIds) {
      const onRolls = new Set(roster.map((m) => m.id));
      const outside = [...new Set(input.memberIds)].filter((m) => !onRolls.has(m));
      if (outside.length > 0) {
        throw new RuleError(
          'member_not_in_unit',
          `${outside.length} đảng viên được chọn không sinh hoạt ở «${org.name}» (hoặc đơn vị trực thuộc) vào ngày học tập.`,
          { memberIds: outside },
        );
      }
    }
    if (roster.length === 0) {
      throw new RuleError('no_members', `«${org.name}» không có đảng viên nào vào ngày học tập.`);
    }
    const id = await q.insert(tx, {
      orgId: org.id,
      secrecy,
      title: input.title || `Học tập, quán triệt ${text.ref}`,
      documentId: text.documentId,
      resolutionRef: text.ref,
      resolutionTitle: text.title,
      resolutionKey: text.key,
      ...times,
      ...placeFields(input),
      presenter: input.presenter || null,
      makeupOf: null,
      expectedBasis: input.memberIds ? 'chosen' : 'unit',
      note: input.note || null,
      createdBy: actor.userId,
    });
    await q.insertExpected(
      tx,
      id,
      roster.map((m) => ({ memberId: m.id, name: m.fullName, sortKey: m.sortKey, orgId: m.orgId })),
    );
    await grantExpectedUnits(tx, id, org.id);
    const out = presentSession((await q.byId(tx, id)) as q.SessionRow);
    await recordAudit(tx, ctx, {
      action: 'study.create',
      entity: q.ENTITY,
      entityId: id,
      orgId: org.id,
      after: out,
    });
    return out;
  });
}

export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateStudyBody>,
): Promise<StudySession> {
  authorize(ctx, 'study.manage');
  return transact(deps, async (tx) => {
    const row = await sessionForChange(tx, ctx, id);
    const before = presentSession(row);
    const mode = input.mode ?? row.mode;
    const times = requireTimes(
      input.startsAt ?? before.startsAt,
      input.endsAt === undefined ? (before.endsAt ?? undefined) : (input.endsAt ?? undefined),
    );
    const bridge = input.bridge === undefined ? before.bridge : input.bridge;
    const place = input.place === undefined ? row.place : input.place || null;
    if (row.makeup_of) {
      const main = (await q.byId(tx, row.makeup_of)) as q.SessionRow;
      requireAfterMain(main, times.startsAt);
    }
    await q.update(tx, id, {
      title: input.title ?? row.title,
      ...times,
      ...placeFields({ mode, place: place ?? undefined, bridge: bridge ?? undefined }),
      presenter: input.presenter === undefined ? row.presenter : input.presenter || null,
      note: input.note === undefined ? row.note : input.note || null,
    });
    const after = presentSession((await q.byId(tx, id)) as q.SessionRow);
    await recordAudit(tx, ctx, {
      action: 'study.update',
      entity: q.ENTITY,
      entityId: id,
      orgId: row.owner_org_id,
      before,
      after,
    });
    return after;
  });
}

export async function remove(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  authorize(ctx, 'study.manage');
  await transact(deps, async (tx) => {
    const row = await sessionForChange(tx, ctx, id);
    const used = await q.usage(tx, id);
    if (used && (used.checked > 0 || used.reflections > 0 || used.makeups > 0)) {
      throw new ConflictError(
        'study_in_use',
        `Buổi học tập đã có ${used.checked} lượt điểm danh, ${used.reflections} bài thu hoạch và ${used.makeups} buổi học bù: không xóa được.`,
      );
    }
    await recordAudit(tx, ctx, {
      action: 'study.delete',
      entity: q.ENTITY,
      entityId: id,
      orgId: row.owner_org_id,
      before: presentSession(row),
    });
    await revoke(tx, { entity: q.ENTITY, entityId: id });
    await q.remove(tx, id);
  });
}

function requireAfterMain(main: q.SessionRow, startsAt: string): void {
  if (new Date(startsAt) <= new Date(presentSession(main).startsAt)) {
    throw new RuleError('makeup_before_session', 'Buổi học bù phải diễn ra sau buổi học tập chính.');
  }
}

/**
 * A make-up session (học bù) for the members of a main session who have not studied yet (all, or the
 * chosen ones among them). Opened from a make-up, it makes up for the same main session.
 */
export async function createMakeup(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof createMakeupBody>,
): Promise<StudySession> {
  const actor = authorize(ctx, 'study.manage');
  return transact(deps, async (tx) => {
    const first = await sessionForChange(tx, ctx, id);
    const main = first.makeup_of ? await sessionForChange(tx, ctx, first.makeup_of) : first;
    const times = requireTimes(input.startsAt, input.endsAt);
    requireAfterMain(main, times.startsAt);
    const pending = await q.notStudied(tx, main.id);
    let chosen = pending;
    if (input.memberIds) {
      const wanted = new Set(input.memberIds);
      chosen = pending.filter((m) => wanted.has(m.memberId));
      if (chosen.length < wanted.size) {
        throw new RuleError(
          'not_pending',
          'Chỉ mời học bù những đảng viên của buổi học tập chính chưa học (vắng mặt và chưa học bù).',
        );
      }
    }
    if (chosen.length === 0) {
      throw new RuleError(
        'nobody_to_make_up',
        'Mọi đảng viên của buổi học tập này đều đã học: không cần học bù.',
      );
    }
    const newId = await q.insert(tx, {
      orgId: main.owner_org_id,
      secrecy: main.secrecy,
      title: input.title || `Học bù: ${main.title}`,
      documentId: main.document_id === null ? null : Number(main.document_id),
      resolutionRef: main.resolution_ref,
      resolutionTitle: main.resolution_title,
      resolutionKey: main.resolution_key,
      ...times,
      ...placeFields(input),
      presenter: input.presenter || null,
      makeupOf: main.id,
      expectedBasis: 'makeup',
      note: input.note || null,
      createdBy: actor.userId,
    });
    await q.insertExpected(tx, newId, chosen);
    await grantExpectedUnits(tx, newId, main.owner_org_id);
    const out = presentSession((await q.byId(tx, newId)) as q.SessionRow);
    await recordAudit(tx, ctx, {
      action: 'study.makeup',
      entity: q.ENTITY,
      entityId: newId,
      orgId: main.owner_org_id,
      after: { ...out, members: chosen.map((m) => m.memberId) },
    });
    return out;
  });
}
