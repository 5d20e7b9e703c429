// Login throttling on failed attempts only: per account and, more loosely, per address. Counters live
// in PostgreSQL so that several app servers share them.
import type { Db } from '../db/client.ts';
import { countThrottleFailure, deleteThrottle, throttleLockSeconds } from './queries.ts';

export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  perAccount: 5,
  perAddress: 30,
};

export function throttleKeys(username: string, ip: string | null): { key: string; limit: number }[] {
  const keys = [{ key: `u:${username.toLowerCase()}`, limit: THROTTLE.perAccount }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: THROTTLE.perAddress });
  return keys;
}

/** Seconds until the first of these keys is unlocked, or 0 when none is locked. */
export async function lockedFor(db: Db, keys: { key: string }[]): Promise<number> {
  let wait = 0;
  for (const { key } of keys) {
    const secs = await throttleLockSeconds(db, key);
    if (secs !== undefined) wait = Math.max(wait, secs);
  }
  return wait;
}

export async function recordFailure(db: Db, keys: { key: string; limit: number }[]): Promise<void> {
  for (const { key, limit } of keys) {
    await countThrottleFailure(db, key, limit, THROTTLE.windowMinutes, THROTTLE.lockMinutes);
  }
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await deleteThrottle(db, `u:${username.toLowerCase()}`);
}
