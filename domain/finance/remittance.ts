// The path of party fees up the tree (docs/finance.md). Every amount is a whole number of đồng and
// every step is integer arithmetic: what a unit collects in a month is what its own members paid
// plus what each unit directly below remitted to it; it keeps its share (a percentage by the kind of
// unit, a versioned rule) rounded down to the đồng, and remits the rest to the level above. So
// `collected = kept + remitted` holds at every unit to the đồng, and nothing is created or lost: the
// shares kept in a subtree plus what its top remits equal what its members paid.
import type { OrgKind } from '../orgs.ts';

/** Percentage (0–100, whole) of what reaches a unit that the unit keeps, by kind of unit. */
export type KeptShares = Record<OrgKind, number>;

export interface FlowUnit {
  id: number;
  parentId: number | null;
  kind: OrgKind;
}

export interface Flow {
  orgId: number;
  collected: number;
  kept: number;
  remitted: number;
}

/** A month as `YYYY-MM`. */
export type Month = string;

function checkAmount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number of đồng ≥ 0`);
}

/** The kept share of `collected` at `percent`, rounded down to the đồng (the remainder goes up). */
export function keptOf(collected: number, percent: number): number {
  checkAmount(collected, 'collected');
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new RangeError('percent must be a whole number 0–100');
  return Number((BigInt(collected) * BigInt(percent)) / 100n);
}

/**
 * The units of the subtree of `rootId` from the bottom up (children before parents), each once.
 * Units whose parent is outside the list count as tops only when they are the root.
 */
export function bottomUp(units: readonly FlowUnit[], rootId: number): FlowUnit[] {
  const children = new Map<number, FlowUnit[]>();
  let root: FlowUnit | undefined;
  for (const u of units) {
    if (u.id === rootId) root = u;
    else if (u.parentId !== null) {
      const list = children.get(u.parentId) ?? [];
      list.push(u);
      children.set(u.parentId, list);
    }
  }
  if (!root) return [];
  const pre: FlowUnit[] = [];
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const u = stack.pop() as FlowUnit;
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    pre.push(u);
    for (const c of children.get(u.id) ?? []) stack.push(c);
  }
  return pre.reverse();
}

/**
 * One month's flow in the subtree of `rootId`: `own` maps a unit to what its own members paid that
 * month. Every unit of the subtree has a flow (zero when nothing passed through it).
 */
export function monthFlows(
  units: readonly FlowUnit[],
  rootId: number,
  own: ReadonlyMap<number, number>,
  shares: KeptShares,
): Map<number, Flow> {
  const flows = new Map<number, Flow>();
  const fromBelow = new Map<number, number>();
  for (const u of bottomUp(units, rootId)) {
    const paid = own.get(u.id) ?? 0;
    checkAmount(paid, 'own collection');
    const collected = paid + (fromBelow.get(u.id) ?? 0);
    checkAmount(collected, 'collected');
    const kept = keptOf(collected, shares[u.kind]);
    const remitted = collected - kept;
    flows.set(u.id, { orgId: u.id, collected, kept, remitted });
    if (u.id !== rootId && u.parentId !== null)
      fromBelow.set(u.parentId, (fromBelow.get(u.parentId) ?? 0) + remitted);
  }
  return flows;
}

export interface Remittance {
  collected: number;
  kept: number;
  remitted: number;
  /** Every unit of the subtree, the top first, then the tree in order of `units`. */
  lines: Flow[];
}

/**
 * The flows of a range of months, summed per unit: each month is computed on its own (the monthly
 * remittance is what moves) with the shares in force that month, then added up.
 */
export function rangeRemittance(
  units: readonly FlowUnit[],
  rootId: number,
  months: readonly Month[],
  ownByMonth: (month: Month) => ReadonlyMap<number, number>,
  sharesOf: (month: Month) => KeptShares,
): Remittance {
  const inTree = new Set(bottomUp(units, rootId).map((u) => u.id));
  const order = [
    ...units.filter((u) => u.id === rootId),
    ...units.filter((u) => u.id !== rootId && inTree.has(u.id)),
  ];
  const total = new Map<number, Flow>(
    order.map((u) => [u.id, { orgId: u.id, collected: 0, kept: 0, remitted: 0 }]),
  );
  for (const m of months) {
    for (const f of monthFlows(units, rootId, ownByMonth(m), sharesOf(m)).values()) {
      const t = total.get(f.orgId) as Flow;
      t.collected += f.collected;
      t.kept += f.kept;
      t.remitted += f.remitted;
    }
  }
  const lines = order.map((u) => total.get(u.id) as Flow);
  const top = lines[0] ?? { collected: 0, kept: 0, remitted: 0 };
  return { collected: top.collected, kept: top.kept, remitted: top.remitted, lines };
}

// ---- Months and quarters -------------------------------------------------------------------------

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

function index(m: Month): number {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

function fromIndex(i: number): Month {
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(fromIndex(i));
  return out;
}

/** Number of months from `from` to `to`, both included. */
export function monthSpan(from: Month, to: Month): number {
  return index(to) - index(from) + 1;
}

export function addMonth(m: Month, n: number): Month {
  return fromIndex(index(m) + n);
}

/** The quarter (1–4) of a month. */
export function quarterOf(m: Month): number {
  return Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1;
}

/** The three months of a quarter. */
export function quarterMonths(year: number, quarter: number): Month[] {
  const first = fromIndex(year * 12 + (quarter - 1) * 3);
  return monthsBetween(first, addMonth(first, 2));
}
