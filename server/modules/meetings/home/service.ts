// The meetings' sections of the home page (registered in server/integrations.ts): for a member, the
// next meeting of their chi bộ with its agenda and the materials posted for it (their addresses and
// hashes, so the phone may keep them offline); for staff, the meetings of this week in their scope.
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import type { HomeCount, HomeMeetingSection, HomeWeek } from '../../home/presenter.ts';
import { filesFor } from '../files/service.ts';
import { presentMeeting } from '../presenter.ts';
import * as mq from '../queries.ts';
import { visibleCondition } from '../record.ts';
import * as q from './queries.ts';

/** The account's next meeting (from today on), or null. */
export async function homeNextMeeting(
  deps: Deps,
  ctx: RequestCtx,
  week: HomeWeek,
): Promise<HomeMeetingSection> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  const allowed = await visibleCondition(db, ctx, actor);
  const found = await q.nextMeetingId(db, allowed, week.today);
  const row = found ? await mq.byId(db, Number(found.id), allowed) : undefined;
  if (!row) return { next: null };
  const m = presentMeeting(row, [], { manage: false, resolve: false });
  const files = await filesFor(db, ctx, row);
  return {
    next: {
      id: m.id,
      title: m.title,
      kindLabel: m.kindLabel,
      orgName: m.orgName,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      place: [m.place, m.videoLink].filter(Boolean).join('; ') || null,
      agenda: (m.agenda ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      documents: files
        .filter((f) => f.kind === 'material')
        .map((f) => ({ name: f.name, url: f.url, size: f.size, sha256: f.sha256 })),
      link: `/sinh-hoat/${m.id}`,
    },
  };
}

/** Staff: the meetings of this week in the account's scope. */
export async function homeCounts(deps: Deps, ctx: RequestCtx, week: HomeWeek): Promise<HomeCount[]> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  const count = await q.countBetween(
    db,
    await visibleCondition(db, ctx, actor),
    week.weekStart,
    week.weekEnd,
  );
  return [
    {
      key: 'meetings.week',
      group: 'meetings',
      label: 'Cuộc sinh hoạt trong tuần',
      count,
      link: `/sinh-hoat?from=${week.weekStart}&to=${week.weekEnd}`,
      tone: 'normal',
    },
  ];
}
