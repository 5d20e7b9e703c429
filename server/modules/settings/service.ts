// Installation-wide settings kept in the database (shared by every app server).
import type { RequestCtx } from '../../auth/actor.ts';
import { authorize } from '../../auth/authorize.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { recordAudit } from '../audit/service.ts';
import type { SettingsJson } from './presenter.ts';
import * as q from './queries.ts';

export type Settings = SettingsJson;

const DEFAULTS: Settings = { requireTotpForPrivileged: false, stalledDays: 14 };

/**
 * The settings in force, defaults filled in.
 * @trusted read by the login and by other areas' rules (no secret in them); the admin's page reads
 * them through readSettings().
 */
export async function getSettings(db: Db): Promise<Settings> {
  const out: Settings = { ...DEFAULTS };
  for (const r of await q.all(db))
    if (r.key in out) (out as unknown as Record<string, unknown>)[r.key] = r.value;
  return out;
}

export async function readSettings(deps: Deps, ctx: RequestCtx): Promise<Settings> {
  authorize(ctx, 'settings.manage');
  return getSettings(deps.database.db);
}

export async function updateSettings(
  deps: Deps,
  ctx: RequestCtx,
  patch: Partial<Settings>,
): Promise<Settings> {
  const actor = authorize(ctx, 'settings.manage');
  return transact(deps, async (tx) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      await q.put(tx, key, value, actor.userId);
    }
    const after = await getSettings(tx);
    await recordAudit(tx, ctx, { action: 'settings.update', entity: 'settings', before, after });
    return after;
  });
}
