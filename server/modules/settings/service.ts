// Installation-wide settings kept in the database (shared by every app server).
import { sql } from 'drizzle-orm';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { recordAudit } from '../audit/service.ts';

export interface Settings {
  /** Leaders and admins must enrol a TOTP second factor before using the app. */
  requireTotpForPrivileged: boolean;
  /** A task with no progress report for this many days is stalled (programs area). */
  stalledDays: number;
}

const DEFAULTS: Settings = { requireTotpForPrivileged: false, stalledDays: 14 };

export async function getSettings(db: Db): Promise<Settings> {
  const stored = await rows<{ key: string; value: unknown }>(db, sql`SELECT key, value FROM settings`);
  const out: Settings = { ...DEFAULTS };
  for (const r of stored) if (r.key in out) (out as unknown as Record<string, unknown>)[r.key] = r.value;
  return out;
}

export async function updateSettings(
  deps: Deps,
  ctx: RequestCtx,
  patch: Partial<Settings>,
): Promise<Settings> {
  return transact(deps, async (tx) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      await tx.execute(sql`
        INSERT INTO settings (key, value, updated_by) VALUES (${key}, ${JSON.stringify(value)}::jsonb, ${ctx.actor?.userId ?? null})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now(), updated_by = excluded.updated_by`);
    }
    const after = await getSettings(tx);
    await recordAudit(tx, ctx, { action: 'settings.update', entity: 'settings', before, after });
    return after;
  });
}
