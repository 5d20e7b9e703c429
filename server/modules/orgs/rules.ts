// The rules every change of the tree obeys (creation, renames, moves, merges, splits, dissolution):
// a unit in the admin's scope, active, of a kind its parent may hold, a free name under that parent,
// and dates that neither lie in the future nor rewrite history. Shared by service.ts and
// reorganise/service.ts; the role is checked by their callers.
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import { canBeChildOf, ORG_KIND_LABELS, type OrgKind } from '../../../domain/orgs.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import * as q from './queries.ts';

export const NOT_FOUND = 'Đơn vị';

/** A unit the actor may manage: in scope, else 404 as if it did not exist. Locked for the transaction. */
export async function managed(tx: Db, actor: Actor, id: number): Promise<q.OrgRow> {
  const org = await q.byIdInScope(tx, actor, id);
  if (!org) throw notFound(NOT_FOUND);
  return (await q.byIdForUpdate(tx, id)) as q.OrgRow;
}

export function requireActive(org: q.OrgRow): void {
  if (!org.active) {
    throw new RuleError(
      'org_inactive',
      `Đơn vị «${org.name}» đã ngừng hoạt động từ ${formatDateVi(org.valid_to)}.`,
    );
  }
}

export function requireNotRoot(org: q.OrgRow, what: string): void {
  if (org.parent_id === null)
    throw new RuleError('org_is_root', `Không thể ${what} đơn vị gốc «${org.name}».`);
}

export function requireKindUnder(kind: OrgKind, parent: q.OrgRow): void {
  if (!canBeChildOf(kind, parent.kind)) {
    throw new RuleError(
      'org_kind_not_allowed',
      `${ORG_KIND_LABELS[kind]} không thể trực thuộc ${ORG_KIND_LABELS[parent.kind].toLowerCase()} «${parent.name}».`,
    );
  }
}

export async function requireFreeName(
  tx: Db,
  parentId: number,
  name: string,
  exceptId?: number,
): Promise<void> {
  const siblings = await q.activeChildNames(tx, parentId);
  const clash = siblings.find(
    (s) => s.id !== exceptId && s.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'),
  );
  if (clash) throw new ConflictError('org_exists', `Đơn vị cấp trên đã có một đơn vị tên «${name}».`);
}

/** A unit (and its subtree) may not go under itself or one of its own units. */
export function isWithin(unit: q.OrgRow, ancestor: q.OrgRow): boolean {
  return unit.path === ancestor.path || unit.path.startsWith(`${ancestor.path}.`);
}

/**
 * Changes are recorded when they take effect: a date after today would change the current tree
 * before its time.
 */
export function requireNotFuture(on: string): void {
  const today = todayVn();
  if (on > today) {
    throw new RuleError(
      'date_in_future',
      `Ngày hiệu lực ${formatDateVi(on)} sau hôm nay (${formatDateVi(today)}): hãy ghi nhận thay đổi khi nó có hiệu lực.`,
    );
  }
}

/** Dated changes must come after the unit's last change; history is not rewritten. */
export async function requireAfterLastChange(tx: Db, org: q.OrgRow, on: string): Promise<void> {
  requireNotFuture(on);
  const open = await q.openVersion(tx, org.id);
  const since = open?.valid_from ?? org.valid_from;
  if (on < since) {
    throw new RuleError(
      'date_before_last_change',
      `Ngày hiệu lực ${formatDateVi(on)} phải từ ngày ${formatDateVi(since)} (lần thay đổi gần nhất của «${org.name}») trở đi.`,
    );
  }
}
