// The task roll-ups count what the access rule lets the account see, and nothing else. The SQL of the
// summary by child unit and of a unit's totals (server/modules/tasks/lists/queries.ts, the statements
// behind GET /api/tasks/summary and /api/tasks/totals) is compared with its TypeScript twin rollUp()
// and rollUpTotals() of domain/tasks.ts, which count with canSee(). fast-check builds random trees
// with merges and retired units, accounts (some at the root) and tasks with secrecy levels, grants
// (the assigning unit, units and people they were sent to) and transfers (the holder now, the units
// that passed the task on, the bounced flag); every (account, unit of its scope) pair is checked, and
// a unit outside the scope is refused as the summary refuses it (404).
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgNode, scopeOrgIds } from '../../domain/access.ts';
import { todayVn } from '../../domain/dates.ts';
import {
  addDays,
  isBounced,
  type RollUpCounts,
  type RollUpTask,
  type RollUpUnit,
  rollUp,
  rollUpTotals,
} from '../../domain/tasks.ts';
import { orgInScope, resolveScope } from '../../server/auth/queries.ts';
import { one } from '../../server/db/sql.ts';
import { rollUpByChild, rollUpTotals as rollUpTotalsSql } from '../../server/modules/tasks/lists/queries.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { insertTree } from '../helpers/visibility.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const world = fc.record({
  parents: fc.array(fc.nat(), { minLength: 4, maxLength: 18 }),
  links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  /** Units that stopped (the predecessors of a merge, a dissolved unit): inactive, with their tasks. */
  retired: fc.array(fc.nat(), { maxLength: 4 }),
  actors: fc.array(fc.record({ org: fc.nat(), clearance: fc.integer({ min: 0, max: 3 }) }), {
    minLength: 6,
    maxLength: 10,
  }),
  stalledDays: fc.constantFrom(7, 14, 30),
  tasks: fc.array(
    fc.record({
      assigner: fc.nat(),
      /** The first holder, then each unit it was passed to. */
      holders: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      secrecy: fc.integer({ min: 0, max: 3 }),
      grants: fc.array(fc.oneof(fc.record({ org: fc.nat() }), fc.record({ actor: fc.nat() })), {
        maxLength: 2,
      }),
      progress: fc.constantFrom(0, 40, 100),
      /** Days from today to the deadline; the day it was done, from the deadline. */
      due: fc.integer({ min: -40, max: 40 }),
      doneAfterDue: fc.integer({ min: -10, max: 10 }),
      reportedDaysAgo: fc.integer({ min: 0, max: 45 }),
    }),
    { minLength: 25, maxLength: 60 },
  ),
});

const FIELDS = ['total', 'done', 'doneOnTime', 'overdue', 'stalled', 'bounced'] as const;

function fromSql(r: {
  total: number;
  done: number;
  done_on_time: number;
  overdue: number;
  stalled: number;
  bounced: number;
}): RollUpCounts {
  return {
    total: r.total,
    done: r.done,
    doneOnTime: r.done_on_time,
    overdue: r.overdue,
    stalled: r.stalled,
    bounced: r.bounced,
  };
}

describe('task roll-ups (SQL) and rollUp (TypeScript, with canSee) agree', () => {
  it('on random trees, accounts and tasks with grants, secrecy and transfers', async () => {
    let rollUps = 0;
    let rows = 0;
    let counted = 0;
    let refused = 0;
    let disagreements = 0;
    const db = t.rt.database.db;
    const root = await one<OrgNode>(db, sql`SELECT id, path::text AS path FROM orgs WHERE parent_id IS NULL`);
    if (!root) throw new Error('no root');
    const today = todayVn();

    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        let failure: string | undefined;
        await db
          .transaction(async (tx) => {
            const { orgs, links, pick } = await insertTree(tx, root, w.parents, w.links);
            const retired = new Set(w.retired.map((n) => pick(n).id));
            for (const id of retired) {
              await tx.execute(sql`UPDATE orgs SET active = false, valid_to = '2025-07-01' WHERE id = ${id}`);
            }
            const byPath = new Map(orgs.map((o) => [o.path, o.id]));
            const units: RollUpUnit[] = orgs.map((o) => ({
              ...o,
              parentId: byPath.get(o.path.split('.').slice(0, -1).join('.')) ?? null,
              active: !retired.has(o.id),
            }));

            const actors: { userId: number; orgId: number; clearance: number }[] = [];
            for (const a of w.actors) {
              const org = a.org % (orgs.length + 1) === 0 ? root : pick(a.org);
              const u = await one<{ id: number }>(
                tx,
                sql`INSERT INTO users (username, password_hash, full_name, org_id, role, clearance)
                    VALUES ('rt' || nextval(pg_get_serial_sequence('users', 'id')), 'x', 'Người Thử', ${org.id}, 'leader', ${a.clearance})
                    RETURNING id`,
              );
              actors.push({ userId: u!.id, orgId: org.id, clearance: a.clearance });
            }

            const tasks: RollUpTask[] = [];
            for (const [i, s] of w.tasks.entries()) {
              // A transfer never goes to the unit that holds the task.
              const holders = s.holders
                .map((n) => pick(n).id)
                .filter((id, k, all) => k === 0 || id !== all[k - 1]);
              const transfers = holders
                .slice(1)
                .map((to, k) => ({ fromOrgId: holders[k] as number, toOrgId: to }));
              const owner = holders[holders.length - 1] as number;
              const assigner = pick(s.assigner).id;
              const dueOn = addDays(today, s.due);
              const doneOn = s.progress === 100 ? addDays(dueOn, s.doneAfterDue) : null;
              const lastReportOn = addDays(today, -s.reportedDaysAgo);
              const bounced = isBounced(transfers);
              const row = await one<{ id: number }>(
                tx,
                sql`INSERT INTO tasks (title, owner_org_id, assigner_org_id, secrecy, due_on, original_due_on,
                                       progress, done_on, transfer_count, bounced, last_report_at)
                    VALUES (${`Nhiệm vụ ${i}`}, ${owner}, ${assigner}, ${s.secrecy}, ${dueOn}::date, ${dueOn}::date,
                            ${s.progress}, ${doneOn}::date, ${transfers.length}, ${bounced},
                            ((${lastReportOn}::date + time '05:00')::timestamp AT TIME ZONE 'UTC'))
                    RETURNING id`,
              );
              const id = row!.id;
              // The grants the tasks area gives: the assigning unit, the units that passed it on,
              // and units or people it was sent to.
              const grants: { orgId?: number; userId?: number }[] = [
                { orgId: assigner },
                ...transfers.map((x) => ({ orgId: x.fromOrgId })),
                ...s.grants.map((g) =>
                  'org' in g
                    ? { orgId: pick(g.org).id }
                    : { userId: (actors[g.actor % actors.length] as { userId: number }).userId },
                ),
              ];
              for (const g of grants) {
                await tx.execute(sql`INSERT INTO access_grants (entity, entity_id, org_id, user_id, reason)
                                     VALUES ('task', ${id}, ${g.orgId ?? null}, ${g.userId ?? null}, 'test')`);
              }
              tasks.push({
                ownerOrgId: owner,
                secrecy: s.secrecy,
                grants,
                progress: s.progress,
                dueOn,
                doneOn,
                bounced,
                lastReportOn,
              });
            }

            const clock = { today, stalledDays: w.stalledDays };
            for (const actor of actors) {
              const scope = scopeOrgIds(orgs, links, actor.orgId);
              const resolved = await resolveScope(tx, actor);
              for (const unit of units) {
                if (!scope.has(unit.id)) {
                  // The summary of a unit outside the scope is 404, whatever it holds.
                  // (the lookup the summary makes: server/auth/scope.ts unitInScope).
                  const inScope = (await orgInScope(tx, actor, unit.id)) !== undefined;
                  refused++;
                  if (inScope) {
                    disagreements++;
                    failure ??= `actor ${JSON.stringify(actor)}: unit ${unit.id} outside the scope was accepted`;
                  }
                  continue;
                }
                rollUps++;
                const expected = rollUp(actor, scope, units, unit.id, tasks, today, w.stalledDays);
                const got = await rollUpByChild(tx, actor, resolved, unit, clock);
                const want = new Map(expected.map((r) => [r.orgId, r]));
                const mismatch =
                  got.length !== expected.length ||
                  got.some((g) => {
                    const e = want.get(g.org_id);
                    const c = fromSql(g);
                    return !e || e.active !== g.active || FIELDS.some((f) => e[f] !== c[f]);
                  });
                const totals = rollUpTotals(actor, scope, units, unit.id, tasks, today, w.stalledDays);
                const gotTotals = fromSql(
                  (await rollUpTotalsSql(tx, actor, resolved, unit.path, clock)) ?? {
                    total: 0,
                    done: 0,
                    done_on_time: 0,
                    overdue: 0,
                    stalled: 0,
                    bounced: 0,
                  },
                );
                rows += expected.length;
                counted += totals.total;
                if (mismatch || FIELDS.some((f) => totals[f] !== gotTotals[f])) {
                  disagreements++;
                  failure ??= `actor ${JSON.stringify(actor)} unit ${unit.id}: SQL ${JSON.stringify(got)} totals ${JSON.stringify(gotTotals)}, rule ${JSON.stringify(expected)} totals ${JSON.stringify(totals)}`;
                }
              }
            }
            throw new Error('rollback');
          })
          .catch((err: Error) => {
            if (err.message !== 'rollback') throw err;
          });
        if (failure) throw new Error(failure);
      }),
      { numRuns: 12, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    console.log(
      `task roll-up property: ${rollUps} roll-ups (${rows} child rows, ${counted} tasks counted), ${refused} units refused, ${disagreements} disagreements`,
    );
    expect(disagreements).toBe(0);
    expect(rollUps).toBeGreaterThan(100);
    expect(counted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
