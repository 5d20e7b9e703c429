// Putting a package in the outbox: its row (pending, due now) and its delivery job, in the caller's
// transaction, so a package exists exactly when the change that sends it commits.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import * as q from '../queries.ts';

export const DELIVER_QUEUE = 'exchange.deliver';
export const SWEEP_QUEUE = 'exchange.sweep';

export type Outgoing = Omit<q.InsertMessage, 'direction' | 'state' | 'messageId'> & { package: string };

export async function enqueueInTx(tx: Db, deps: Deps, m: Outgoing): Promise<number> {
  const id = await q.insertMessage(tx, { ...m, messageId: randomUUID(), direction: 'out', state: 'pending' });
  await deps.jobs.send(DELIVER_QUEUE, { id }, { tx });
  return id;
}
