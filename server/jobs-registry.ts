// Every module's background jobs, defined in one place before the queue starts.
import type { Deps } from './deps.ts';
import { defineArchiveJobs } from './modules/archive/jobs.ts';
import { defineDocumentJobs } from './modules/documents/jobs.ts';
import { defineExchangeJobs } from './modules/exchange/jobs.ts';
import { defineIntelJobs } from './modules/intel/calendar/jobs.ts';
import { defineMemberJobs } from './modules/members/jobs.ts';
import { defineProposalJobs } from './modules/proposals/reminders/jobs.ts';
import { defineTaskJobs } from './modules/tasks/reminders/jobs.ts';

export function defineJobs(deps: Deps): void {
  defineDocumentJobs(deps);
  defineArchiveJobs(deps);
  defineMemberJobs(deps);
  defineTaskJobs(deps);
  defineProposalJobs(deps);
  defineIntelJobs(deps);
  defineExchangeJobs(deps);
}
