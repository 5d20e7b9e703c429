// Helpers the meetings services share: the meeting the actor may read or change (404 otherwise), the
// rule versions a meeting keeps, its warnings and what the account may do with it. No SQL here
// (queries.ts) and no role check (each service checks its caller first).
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../../../domain/meetings/labels.ts';
import { meetingWarnings, type Warning } from '../../../domain/meetings/rules.ts';
import type { QualitySheet } from '../../../domain/rules/catalog.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { may } from '../../auth/authorize.ts';
import type { Db } from '../../db/client.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { memberOfAccount } from '../members/roster/service.ts';
import { type RuleInForce, ruleVersion } from '../rules/service.ts';
import { iso } from './presenter.ts';
import * as q from './queries.ts';

export const NOT_FOUND = 'Cuộc sinh hoạt';

/** For an account with role member: its member record (the meetings of its chi bộ are its to see). */
export async function ownRecordOf(db: Db, ctx: RequestCtx, actor: Actor): Promise<q.OwnRecord | null> {
  if (actor.role !== 'member') return null;
  const own = await memberOfAccount(db, ctx);
  return own ? { memberId: own.id, orgId: own.orgId } : null;
}

/** The access condition of the actor on meetings aliased `m`. */
export async function visibleCondition(db: Db, ctx: RequestCtx, actor: Actor) {
  return q.meetingVisible(actor, await ownRecordOf(db, ctx, actor));
}

/** A meeting the actor may read, or 404. */
export async function visibleMeeting(
  db: Db,
  ctx: RequestCtx,
  actor: Actor,
  id: number,
): Promise<q.MeetingRow> {
  const row = await q.byId(db, id, await visibleCondition(db, ctx, actor));
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** A meeting the actor may change, locked for the transaction, or 404. */
export async function managedMeeting(tx: Db, actor: Actor, id: number): Promise<q.MeetingRow> {
  const row = await q.byId(tx, id, q.meetingManaged(actor), true);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** Refuses a change to a meeting in one of the given states (422 `meeting_<state>`). */
export function requireNotIn(row: q.MeetingRow, states: readonly MeetingStatus[], what: string): void {
  if (states.includes(row.status)) {
    throw new RuleError(
      `meeting_${row.status}`,
      `Cuộc sinh hoạt «${row.title}» ${MEETING_STATUS_LABELS[row.status].toLocaleLowerCase('vi')}: không ${what} được nữa.`,
    );
  }
}

export interface MeetingRuleValues {
  duration: RuleInForce<{ single: number; combined: number }>;
  documents: RuleInForce<number>;
  report: RuleInForce<number>;
  quality: RuleInForce<QualitySheet>;
}

/** The rule versions a meeting keeps (read once per request: `cache` by version id). */
export async function rulesOf(
  db: Db,
  ctx: RequestCtx,
  row: q.MeetingRow,
  cache: Map<number, Promise<RuleInForce<unknown>>> = new Map(),
): Promise<MeetingRuleValues> {
  const get = <T>(id: number, key: Parameters<typeof ruleVersion>[3]) => {
    let p = cache.get(id);
    if (!p) {
      p = ruleVersion(db, ctx, id, key) as Promise<RuleInForce<unknown>>;
      cache.set(id, p);
    }
    return p as Promise<RuleInForce<T>>;
  };
  const [duration, documents, report, quality] = await Promise.all([
    get<{ single: number; combined: number }>(row.duration_rule_version_id, 'meetings.min_duration'),
    get<number>(row.documents_rule_version_id, 'meetings.documents_lead_days'),
    get<number>(row.report_rule_version_id, 'meetings.report_days'),
    get<QualitySheet>(row.quality_rule_version_id, 'meetings.quality'),
  ]);
  return { duration, documents, report, quality };
}

/** The warnings of a meeting by the rule versions it keeps. */
export function warningsOf(row: q.MeetingRow, rules: MeetingRuleValues, now = new Date()): Warning[] {
  return meetingWarnings(
    {
      startsAt: iso(row.starts_at),
      endsAt: row.ends_at ? iso(row.ends_at) : null,
      combined: row.combined,
      status: row.status,
      meetingOn: row.meeting_on,
      materials: Number(row.materials),
      lastMaterialAt: row.last_material_at ? iso(row.last_material_at) : null,
      reportedAt: row.reported_at ? iso(row.reported_at) : null,
      rules: {
        duration: rules.duration.value,
        documentsLeadDays: rules.documents.value,
        reportDays: rules.report.value,
      },
    },
    now,
  );
}

/** What the account may do with a meeting it sees (the buttons that can succeed). */
export function canOf(actor: Actor, row: q.MeetingRow): { manage: boolean; resolve: boolean } {
  const open = row.status !== 'cancelled';
  return {
    manage: open && actor.role !== 'member' && may(actor, 'meeting.manage'),
    resolve: open && actor.role !== 'member' && may(actor, 'meeting.resolve'),
  };
}
