// Written reflections (bài thu hoạch) on a studied text: a member submits its own (PDF or Word; the
// text is read as a document's is), the organisers or the staff of the member's unit may submit a
// paper one for it and mark it Đạt or Chưa đạt with an optional score and a comment. Every version is
// kept; a new one is taken until the newest is marked Đạt. A member sees only its own. Reflections
// belong to the main session (a make-up session's members submit to the session they made up for).
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { markBody } from '../../../../../domain/studies/schemas.ts';
import type { z } from '../../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../../auth/actor.ts';
import { authorize, may } from '../../../../auth/authorize.ts';
import type { Db } from '../../../../db/client.ts';
import { type Deps, transact } from '../../../../deps.ts';
import { closeIntent } from '../../../../files/references.ts';
import { MIME, sniffUpload } from '../../../../files/sniff.ts';
import { storeWithIntent } from '../../../../files/stored.ts';
import { forbidden, notFound, RuleError, ValidationError } from '../../../../http/errors.ts';
import type { Upload } from '../../../../http/upload.ts';
import { recordAudit } from '../../../audit/service.ts';
import { uploadText } from '../../../documents/files/service.ts';
import type { HomeStudiesSection, HomeStudy, HomeWeek } from '../../../home/presenter.ts';
import { memberOfAccount } from '../../../members/roster/service.ts';
import { presentAttendee, presentSession, vnDayOfSession } from '../presenter.ts';
import * as sq from '../queries.ts';
import { sessionFor } from '../service.ts';
import {
  type MyStudy,
  type MyStudyList,
  presentBrief,
  presentReflection,
  type StudyReflection,
  type StudyReflectionList,
} from './presenter.ts';
import * as q from './queries.ts';

const ALLOWED = new Set<string>([MIME.pdf, MIME.docx]);
const OWN_ONLY = 'Chỉ nộp và xem được bài thu hoạch của chính mình.';

/**
 * Whether the actor acts for this member's reflection: the member itself, or staff who run the
 * session (its unit in scope) or whose scope holds the member's unit.
 */
async function actsFor(
  db: Db,
  ctx: RequestCtx,
  actor: Actor,
  row: sq.SessionRow,
  memberOrgId: number,
  memberId: number,
) {
  const me = await memberOfAccount(db, ctx);
  if (me?.id === memberId) return 'self' as const;
  if (!may(actor, 'study.manage') || actor.role === 'member') return null;
  const mine =
    (await sq.unitIsMine(db, actor, row.owner_org_id)) || (await sq.unitIsMine(db, actor, memberOrgId));
  return mine ? ('staff' as const) : null;
}

/** The member's row at the main session of `sessionId` (422 when not expected there). */
async function expectedAt(db: Db, row: sq.SessionRow, memberId: number) {
  const mainId = row.makeup_of ?? row.id;
  const found = await q.expected(db, mainId, memberId);
  if (!found) {
    throw new RuleError('not_expected', 'Đảng viên này không có trong danh sách học tập của buổi này.');
  }
  return { mainId, found };
}

/** Checked before the file is read: the session is visible and the account is a member expected at it, or staff. */
export async function checkCanSubmit(deps: Deps, ctx: RequestCtx, sessionId: number): Promise<void> {
  const actor = authorize(ctx, 'study.reflect');
  const db = deps.database.db;
  await sessionFor(db, ctx, sessionId);
  if (!(await memberOfAccount(db, ctx)) && !(may(actor, 'study.manage') && actor.role !== 'member')) {
    throw forbidden('Tài khoản của bạn chưa gắn với hồ sơ đảng viên nên không nộp bài thu hoạch được.');
  }
}

export async function submit(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: number,
  upload: Upload,
): Promise<StudyReflection> {
  const actor = authorize(ctx, 'study.reflect');
  try {
    const db = deps.database.db;
    const row = await sessionFor(db, ctx, sessionId);
    const me = await memberOfAccount(db, ctx);
    const raw = upload.fields.memberId;
    const memberId = raw ? Number(raw) : me?.id;
    if (memberId === undefined || !Number.isSafeInteger(memberId) || memberId <= 0) {
      throw new ValidationError(raw ? 'Đảng viên (memberId): không hợp lệ.' : OWN_ONLY);
    }
    if (memberId !== me?.id && (!may(actor, 'study.manage') || actor.role === 'member'))
      throw forbidden(OWN_ONLY);
    const { mainId, found } = await expectedAt(db, row, memberId);
    if (!(await actsFor(db, ctx, actor, row, found.member_org_id, memberId))) throw forbidden(OWN_ONLY);
    const mime = await sniffUpload(upload, ALLOWED, 'PDF hoặc Word (.docx)');
    const text = await uploadText(ctx, upload.tempPath, mime);
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    return await transact(deps, async (tx) => {
      await q.lockMember(tx, mainId, memberId);
      const newest = (await q.versionsOf(tx, mainId, memberId))[0];
      if (newest?.grade === 'dat') {
        throw new RuleError('reflection_passed', 'Bài thu hoạch đã được chấm Đạt: không nộp lại được.');
      }
      const id = await q.insert(tx, {
        sessionId: mainId,
        memberId,
        name: upload.filename,
        mime,
        size: upload.size,
        sha256: upload.sha256,
        text,
        by: actor.userId,
      });
      await closeIntent(tx, stored.intent);
      const out = presentReflection((await q.byId(tx, mainId, id)) as q.ReflectionRow);
      await recordAudit(tx, ctx, {
        action: 'study.reflection',
        entity: sq.ENTITY,
        entityId: mainId,
        orgId: row.owner_org_id,
        after: { ...out, memberName: found.member_name },
      });
      return out;
    });
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

/** A reflection the actor may read (its own, or staff who act for the member); 404 otherwise. */
async function readable(db: Db, ctx: RequestCtx, actor: Actor, sessionId: number, id: number) {
  const row = await sessionFor(db, ctx, sessionId);
  const r = await q.byId(db, row.makeup_of ?? row.id, id);
  if (!r) throw notFound('Bài thu hoạch');
  const exp = await q.expected(db, r.session_id, r.member_id);
  if (!exp || !(await actsFor(db, ctx, actor, row, exp.member_org_id, r.member_id))) {
    throw notFound('Bài thu hoạch');
  }
  return { row, r };
}

export async function file(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: number,
  id: number,
): Promise<{ reflection: StudyReflection; stream: Readable }> {
  const actor = authorize(ctx, 'study.read');
  const { r } = await readable(deps.database.db, ctx, actor, sessionId, id);
  return { reflection: presentReflection(r), stream: deps.files.read(r.sha256) };
}

/** Every version of one member's reflection (the member's own, or staff who act for it), newest first. */
export async function versions(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: number,
  memberId: number | undefined,
): Promise<StudyReflectionList> {
  const actor = authorize(ctx, 'study.read');
  const db = deps.database.db;
  const row = await sessionFor(db, ctx, sessionId);
  const me = await memberOfAccount(db, ctx);
  const target = memberId ?? me?.id;
  if (target === undefined) throw new ValidationError('Đảng viên (memberId): bắt buộc.');
  const { mainId, found } = await expectedAt(db, row, target);
  if (!(await actsFor(db, ctx, actor, row, found.member_org_id, target))) throw notFound('Bài thu hoạch');
  return { items: (await q.versionsOf(db, mainId, target)).map(presentReflection) };
}

/** Marking: Đạt or Chưa đạt, an optional score out of 10, a comment. Only the newest version is marked. */
export async function mark(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: number,
  id: number,
  input: z.infer<typeof markBody>,
): Promise<StudyReflection> {
  const actor = authorize(ctx, 'study.manage');
  return transact(deps, async (tx) => {
    const { row, r } = await readable(tx, ctx, actor, sessionId, id);
    const me = await memberOfAccount(tx, ctx);
    if (me?.id === r.member_id) throw forbidden('Không tự chấm bài thu hoạch của chính mình.');
    await q.lockOne(tx, id);
    const newest = (await q.versionsOf(tx, r.session_id, r.member_id))[0];
    if (newest?.id !== id) {
      throw new RuleError('not_newest', 'Đã có bản nộp mới hơn: hãy chấm bản mới nhất.');
    }
    await q.mark(tx, id, {
      grade: input.grade,
      score: input.score ?? null,
      comment: input.comment || null,
      by: actor.userId,
    });
    const out = presentReflection((await q.byId(tx, r.session_id, id)) as q.ReflectionRow);
    await recordAudit(tx, ctx, {
      action: 'study.mark',
      entity: sq.ENTITY,
      entityId: r.session_id,
      orgId: row.owner_org_id,
      before: presentReflection(r),
      after: out,
    });
    return out;
  });
}

/**
 * The sessions the signed-in member is expected at, newest first, each with its own row (attendance,
 * what its study came to, its reflection) and whether a reflection may be submitted: the member's
 * home page and its "học tập của tôi".
 */
export async function studiesForMember(
  db: Db,
  ctx: RequestCtx,
  opts: { limit?: number } = {},
): Promise<MyStudyList> {
  const actor = authorize(ctx, 'study.read');
  const me = await memberOfAccount(db, ctx);
  if (!me) return { linked: false, items: [] };
  const sessions = await sq.ofMember(db, actor, me.id, Math.min(opts.limit ?? 50, 200));
  const items: MyStudy[] = [];
  for (const s of sessions) {
    const mainId = s.makeup_of ?? s.id;
    const [own] = await sq.attendees(db, s.id, sq.attendeeIs(me.id));
    if (!own) continue;
    const newest = (await q.newest(db, mainId, [me.id]))[0];
    const mainRow = s.makeup_of ? (await sq.attendees(db, mainId, sq.attendeeIs(me.id)))[0] : own;
    items.push({
      session: presentSession(s),
      mine: presentAttendee(mainRow ?? own, newest ? presentBrief(newest) : null, false),
      canSubmit: may(actor, 'study.reflect') && newest?.grade !== 'dat',
    });
  }
  return { linked: true, items };
}

export async function mine(deps: Deps, ctx: RequestCtx): Promise<MyStudyList> {
  authorize(ctx, 'study.read');
  return studiesForMember(deps.database.db, ctx);
}

const HOME_ITEMS = 5;

/** What the member's home says of one session's reflection (the newest version counts). */
function homeReflection(item: MyStudy, today: string): Pick<HomeStudy, 'reflection' | 'reflectionLabel'> {
  // A make-up's members write for the main session, which is listed too: its item carries the state.
  if (item.session.makeupOf !== null) {
    return { reflection: 'not_required', reflectionLabel: 'Bài thu hoạch nộp ở buổi học tập chính' };
  }
  const r = item.mine.reflection;
  if (r?.grade === 'dat') {
    return {
      reflection: 'written',
      reflectionLabel: r.score === null ? 'Thu hoạch: Đạt' : `Thu hoạch: Đạt (${r.score} điểm)`,
    };
  }
  if (r?.grade === 'chua_dat') return { reflection: 'due', reflectionLabel: 'Thu hoạch chưa đạt: viết lại' };
  if (r) return { reflection: 'written', reflectionLabel: 'Đã nộp thu hoạch, chờ chấm' };
  // Before the session there is nothing to write yet; an account that may not submit is not asked.
  if (!item.canSubmit || vnDayOfSession(item.session) > today) {
    return { reflection: 'not_required', reflectionLabel: 'Chưa đến hạn viết thu hoạch' };
  }
  return { reflection: 'due', reflectionLabel: 'Chưa nộp bài thu hoạch' };
}

/**
 * The member's home section «Học tập, thu hoạch»: its newest sessions (a make-up with the rest), each
 * with where its reflection stands. Registered in server/integrations.ts as 'member.studies'.
 */
export async function homeStudies(deps: Deps, ctx: RequestCtx, week: HomeWeek): Promise<HomeStudiesSection> {
  authorize(ctx, 'study.read');
  const mineList = await studiesForMember(deps.database.db, ctx, { limit: HOME_ITEMS });
  return {
    items: mineList.items.map((item) => ({
      id: item.session.id,
      title: item.session.title,
      on: vnDayOfSession(item.session),
      orgName: item.session.orgName,
      ...homeReflection(item, week.today),
      link: `/hoc-tap/${item.session.id}`,
    })),
  };
}
