// Who acts and what they may see in the archives area. A request has an actor; the console (CLI)
// and jobs act as the system, which sees everything but still obeys every archival rule.
import { type SQL, sql } from 'drizzle-orm';
import { type Action, roleCan } from '../../../domain/roles.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';

/** An account, or null for the system (console commands, jobs). */
export type Who = Actor | null;

export function whoOf(ctx: RequestCtx): Who {
  return ctx.actor;
}

/** 403 for a role that may never do this; the system may do everything. */
export function may(who: Who, action: Action, message?: string): void {
  if (who && !roleCan(who.role, action)) throw forbidden(message);
}

/** The access rule on a file row aliased `f` (its unit and secrecy). */
export function fileVisible(who: Who, alias = 'f'): SQL {
  if (!who) return sql`true`;
  return visibleTo(who, {
    entity: 'archive_file',
    id: sql.raw(`${alias}.id`),
    ownerOrgId: sql.raw(`${alias}.owner_org_id`),
    secrecy: sql.raw(`${alias}.secrecy`),
  });
}

/** The access rule on a row aliased `alias` with owner_org_id and secrecy (batches, lists, holds). */
export function ownedVisible(
  who: Who,
  entity: string,
  alias: string,
  secrecy: SQL = sql.raw(`${alias}.secrecy`),
): SQL {
  if (!who) return sql`true`;
  return visibleTo(who, {
    entity,
    id: sql.raw(`${alias}.id`),
    ownerOrgId: sql.raw(`${alias}.owner_org_id`),
    secrecy,
  });
}

/** A unit the actor may act for (its scope), active; 404 otherwise. */
export async function unitFor(db: Db, who: Who, orgId: number) {
  const org = await one<{ id: number; name: string; short_code: string; active: boolean; path: string }>(
    db,
    sql`SELECT id, name, short_code, active, path::text AS path FROM orgs
         WHERE id = ${orgId} ${who ? sql`AND ${inScope(who, sql`id`)}` : sql``}`,
  );
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

export function userId(who: Who): number | null {
  return who?.userId ?? null;
}
