// The day a task's state is judged on and the stalled threshold (setting `stalledDays`): every
// answer about tasks is computed against one clock read at the start of the request.
import { todayVn } from '../../../domain/dates.ts';
import type { Db } from '../../db/client.ts';
import { getSettings } from '../settings/service.ts';

export interface Clock {
  today: string;
  stalledDays: number;
}

export async function clockOf(db: Db): Promise<Clock> {
  return { today: todayVn(), stalledDays: (await getSettings(db)).stalledDays };
}
