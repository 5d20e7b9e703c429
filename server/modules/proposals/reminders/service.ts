// Reminders of consultation deadlines: a daily job (jobs.ts) and the same function run on demand. A
// consulted unit or person that has not answered gets a notice within 3 days of its own deadline, on
// the day, and once overdue — the rhythm of the tasks' reminders (domain/tasks.ts reminderFor), a
// comment counting as done. A unit's notice goes to its leaders and clerks. The key of the last
// reminder is kept on the target, so each is sent once and a new deadline brings fresh ones.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { daysBetween, reminderFor } from '../../../../domain/tasks.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { notify } from '../../notifications/service.ts';
import { proposalLink } from '../presenter.ts';
import type { ProposalReminderRun } from './presenter.ts';
import * as q from './queries.ts';

const BATCH = 500;

function title(kind: string, proposal: string, daysLeft: number): string {
  if (kind === 'overdue') return `Quá hạn góp ý ${-daysLeft} ngày: ${proposal}`;
  if (kind === 'due-0') return `Hôm nay là hạn góp ý: ${proposal}`;
  return `Còn ${daysLeft} ngày đến hạn góp ý: ${proposal}`;
}

/** Sends the reminders due on `today` (default: today in Vietnam). Safe to run any number of times. */
export async function runProposalReminders(
  deps: Deps,
  ctx: RequestCtx,
  input: { today?: string | undefined } = {},
): Promise<ProposalReminderRun> {
  authorizeWho(ctx, 'settings.manage');
  const today = input.today ?? todayVn();
  let afterId = 0;
  let targets = 0;
  let notices = 0;
  for (;;) {
    const batch = await q.candidates(deps.database.db, today, afterId, BATCH);
    if (batch.length === 0) break;
    afterId = batch[batch.length - 1]?.id ?? afterId;
    // One transaction per batch: the notices and the keys that record them commit together.
    await deps.database.db.transaction(async (tx) => {
      const ids: number[] = [];
      const keys: string[] = [];
      for (const t of batch) {
        const r = reminderFor({ progress: 0, dueOn: t.due_on }, today);
        if (!r || r.key === t.last_reminder) continue;
        ids.push(t.id);
        keys.push(r.key);
        if (r.silent) continue;
        const notice = {
          kind: `proposal.${r.kind}`,
          title: title(r.kind, t.title, daysBetween(today, t.due_on)),
          body: `Dự thảo lần ${t.version} — hạn góp ý ${formatDateVi(t.due_on)} — ${t.lead_name}`,
          link: proposalLink(t.proposal_id),
          entity: 'proposal',
          entityId: t.proposal_id,
          dedupeKey: `proposal-target:${t.id}:${r.key}`,
        };
        notices +=
          t.user_id !== null
            ? await notify(tx, { userIds: [t.user_id] }, notice)
            : await notify(tx, { orgId: t.org_id as number, roles: ['leader', 'clerk'] }, notice);
      }
      targets += await q.setReminders(tx, ids, keys);
    });
  }
  deps.log.info({ today, targets, notices }, 'proposal reminders sent');
  return { today, targets, notices };
}
