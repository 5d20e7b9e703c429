// The Word papers of a meeting (office kit): the invitation, the attendance list, the minutes and
// the resolution, written from the record as it stands; the place is the unit's (orgs area).
import { todayVn } from '../../../../domain/dates.ts';
import { vnDay } from '../../../../domain/meetings/time.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { placeOf } from '../../orgs/service.ts';
import { registerFor } from '../attendance/service.ts';
import { filesFor } from '../files/service.ts';
import { iso } from '../presenter.ts';
import { visibleMeeting } from '../record.ts';
import { carryOverBefore, resolutionFor } from '../resolution/service.ts';
import { votesFor } from '../votes/service.ts';
import { fileName } from '../xlsx.ts';
import type { PaperInput } from './input.ts';
import { attendanceDocx, invitationDocx, minutesDocx, resolutionDocx } from './word.ts';

export type Paper = 'invitation' | 'attendance' | 'minutes' | 'resolution';

const NAMES: Record<Paper, string> = {
  invitation: 'Giấy mời',
  attendance: 'Danh sách dự sinh hoạt',
  minutes: 'Biên bản',
  resolution: 'Nghị quyết',
};

export async function paper(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  which: Paper,
): Promise<{ name: string; body: Buffer }> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  const row = await visibleMeeting(db, ctx, actor, meetingId);
  const startsAt = iso(row.starts_at);
  const [place, register, votes, files, resolution, carry] = await Promise.all([
    placeOf(db, ctx, row.org_id),
    registerFor(db, ctx, row),
    votesFor(db, ctx, row),
    filesFor(db, ctx, row),
    resolutionFor(db, ctx, row),
    carryOverBefore(db, ctx, row.org_id, { on: row.meeting_on, startsAt, id: Number(row.id) }),
  ]);
  const input: PaperInput = {
    orgName: row.org_name,
    orgKind: row.org_kind,
    orgCode: row.org_code,
    superiorName: row.parent_name,
    place,
    kind: row.kind,
    combined: row.combined,
    title: row.title,
    topic: row.topic,
    startsAt,
    endsAt: row.ends_at ? iso(row.ends_at) : null,
    meetingOn: row.meeting_on,
    where: row.place,
    videoLink: row.video_link,
    chairName: row.chair_name,
    secretaryName: row.secretary_name,
    agenda: row.agenda,
    secrecy: row.secrecy,
    noticeOn: row.notified_at ? vnDay(iso(row.notified_at)) : todayVn(),
    materials: files.filter((f) => f.kind === 'material').map((f) => f.name),
    // The list is of those on the rolls that day: those marked, and (for those who keep it) the rest.
    entries: register.items.map((e) => ({
      fullName: e.fullName,
      official: e.official,
      status: e.status,
      reason: e.reason,
    })),
    votes,
    discussion: row.minutes_discussion,
    conclusion: row.minutes_conclusion,
    results: resolution.results,
    directions: resolution.directions,
    symbol: resolution.symbol,
    resolutionOn: resolution.issuedOn,
    tasks: resolution.tasks,
    carryOver: carry ? { symbol: carry.fromSymbol, fromOn: carry.fromOn, items: carry.items } : null,
  };
  const build = {
    invitation: invitationDocx,
    attendance: attendanceDocx,
    minutes: minutesDocx,
    resolution: resolutionDocx,
  }[which];
  const body = await build(input);
  return { name: fileName(`${NAMES[which]} - ${row.title} - ${row.org_name}`, 'docx'), body };
}
