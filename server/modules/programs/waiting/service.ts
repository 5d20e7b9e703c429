// What waits on the programmes' approvers: the figure of a staff home («Việc của tôi»).
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, may } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import type { HomeCount } from '../../home/presenter.ts';
import * as q from './queries.ts';

/** For those who approve: the draft programmes waiting for approval, with the list that shows them. */
export async function homeCounts(deps: Deps, ctx: RequestCtx): Promise<HomeCount[]> {
  const actor = authorize(ctx, 'program.read');
  if (!may(actor, 'program.approve')) return [];
  return [
    {
      key: 'programs.to_approve',
      group: 'approvals',
      label: 'Chương trình công tác chờ duyệt',
      count: await q.draftCount(deps.database.db, actor),
      link: '/chuong-trinh?status=draft',
      tone: 'normal',
    },
  ];
}
