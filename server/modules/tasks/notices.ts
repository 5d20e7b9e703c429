// The notices of a task: to the person assigned, or to the leaders of the holding unit when no one
// is (or the account is disabled).
import type { Db } from '../../db/client.ts';
import { notify } from '../notifications/service.ts';

export function taskLink(id: number): string {
  return `/chuong-trinh/nhiem-vu/${id}`;
}

export async function notifyHolder(
  tx: Db,
  task: { id: number; dueOn: string; orgId: number; orgName: string; assigneeId: number | null },
  title: string,
  key: string,
): Promise<void> {
  const notice = { kind: 'task', title, link: taskLink(task.id), entity: 'task', entityId: task.id };
  const body = `Hạn ${task.dueOn.split('-').reverse().join('/')} — ${task.orgName}`;
  if (task.assigneeId) {
    const n = await notify(tx, { userIds: [task.assigneeId] }, { ...notice, body, dedupeKey: key });
    if (n > 0) return;
  }
  await notify(tx, { orgId: task.orgId, roles: ['leader'] }, { ...notice, body, dedupeKey: key });
}
