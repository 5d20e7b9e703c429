// Who reads and who changes a party member's record is written twice — the SQL predicates of
// server/modules/members/queries.ts (memberVisible, memberManaged, and the list built on them) and
// the TypeScript twins canSeeMember() and canManageMember() of domain/access.ts — and they must
// agree on every pair. fast-check builds random trees with merges, accounts of every role (some at
// the root) and members, some linked to an account, some granted to a unit or a person (a transfer,
// a residence); every (account, member) pair is checked: the get, the list of one's units and the
// list of records shared with them (each record counted once), and the management check.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canManageMember,
  canSeeMember,
  type MemberAccessRecord,
  type OrgNode,
  scopeOrgIds,
} from '../../domain/access.ts';
import { todayVn } from '../../domain/dates.ts';
import { ROLES, type Role } from '../../domain/roles.ts';
import type { Actor } from '../../server/auth/actor.ts';
import { scopeUnitIds } from '../../server/auth/scope.ts';
import { array, one, rows } from '../../server/db/sql.ts';
import * as q from '../../server/modules/members/queries.ts';
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
  parents: fc.array(fc.nat(), { minLength: 4, maxLength: 20 }),
  links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  accounts: fc.array(
    fc.record({ org: fc.nat(), role: fc.constantFrom(...ROLES), clearance: fc.integer({ min: 0, max: 3 }) }),
    { minLength: 10, maxLength: 16 },
  ),
  members: fc.array(
    fc.record({
      owner: fc.nat(),
      secrecy: fc.integer({ min: 0, max: 3 }),
      /** The account linked to the record (each account to one record at most). */
      account: fc.option(fc.nat(), { nil: null, freq: 3 }),
      grants: fc.array(fc.oneof(fc.record({ org: fc.nat() }), fc.record({ account: fc.nat() })), {
        maxLength: 2,
      }),
    }),
    { minLength: 30, maxLength: 60 },
  ),
});

interface Tally {
  pairs: number;
  disagreements: number;
  seen: number;
  managed: number;
  shared: number;
  roles: Set<Role>;
}

describe('member predicates (SQL) and canSeeMember / canManageMember (TypeScript) agree', () => {
  it('on random trees, accounts of every role, linked and granted members', async () => {
    const tally: Tally = { pairs: 0, disagreements: 0, seen: 0, managed: 0, shared: 0, roles: new Set() };
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
            const actors: Actor[] = [];
            for (const a of w.accounts) {
              // Some accounts sit at the root: their scope is the whole tree.
              const org = a.org % (w.parents.length + 1) === 0 ? root : pick(a.org);
              const u = await one<{ id: number; username: string }>(
                tx,
                sql`INSERT INTO users (username, password_hash, full_name, org_id, role, clearance)
                    VALUES ('m' || nextval(pg_get_serial_sequence('users', 'id')), 'x', 'Người Thử', ${org.id},
                            ${a.role}, ${a.clearance})
                    RETURNING id, username`,
              );
              if (!u) throw new Error('no account');
              actors.push({
                userId: u.id,
                username: u.username,
                fullName: 'Người Thử',
                orgId: org.id,
                orgPath: org.path,
                role: a.role,
                clearance: a.clearance,
              });
            }
            const linked = new Set<number>();
            const members: (MemberAccessRecord & { id: number })[] = [];
            for (const m of w.members) {
              const account = m.account === null ? undefined : actors[m.account % actors.length];
              const userId = account && !linked.has(account.userId) ? account.userId : null;
              if (userId !== null) linked.add(userId);
              const ownerOrgId = pick(m.owner).id;
              const row = await one<{ id: number }>(
                tx,
                sql`INSERT INTO members (org_id, secrecy, user_id, full_name, sort_key, birth_date, admitted_on,
                                         status, party_start, fee_from, identity_key)
                    VALUES (${ownerOrgId}, ${m.secrecy}, ${userId}, 'Nguyễn Văn Thử', 'thu van nguyen', '1960-01-01',
                            '1990-01-01', 'chinh_thuc', '1990-01-01', '2020-01-01', 'thu')
                    RETURNING id`,
              );
              if (!row) throw new Error('no member');
              const grants = m.grants.map((g) =>
                'org' in g
                  ? { orgId: pick(g.org).id }
                  : { userId: (actors[g.account % actors.length] as Actor).userId },
              );
              for (const g of grants) {
                await tx.execute(sql`INSERT INTO access_grants (entity, entity_id, org_id, user_id, reason)
                                     VALUES (${q.MEMBER_ENTITY}, ${row.id}, ${g.orgId ?? null},
                                             ${g.userId ?? null}, 'test')`);
              }
              members.push({ id: row.id, ownerOrgId, secrecy: m.secrecy, userId, grants });
            }
            const ids = array(members.map((m) => m.id));
            const idsWhere = async (where: ReturnType<typeof q.memberVisible>) =>
              new Set(
                (
                  await rows<{ id: number }>(
                    tx,
                    sql`SELECT m.id FROM members m WHERE m.id = ANY(${ids}::integer[]) AND ${where}`,
                  )
                ).map((r) => r.id),
              );
            const listed = async (where: ReturnType<typeof q.memberVisible>) =>
              new Set((await q.page(tx, where, null, 10_000)).map((r) => r.id));

            for (const actor of actors) {
              tally.roles.add(actor.role);
              const scope = scopeOrgIds(orgs, links, actor.orgId);
              const units = await scopeUnitIds(tx, actor);
              const visible = await idsWhere(q.memberVisible(actor));
              const managed = await idsWhere(q.memberManaged(actor));
              const list = await listed(q.listWhere(actor, { status: 'all' }, units, today));
              const shared = await listed(q.listWhere(actor, { status: 'all', shared: true }, units, today));
              // The single-record queries of a get and of a change, on one member per account.
              const probe = members[actor.userId % members.length] as (typeof members)[number];
              const got = (await q.visibleById(tx, actor, probe.id)) !== undefined;
              const locked = (await q.managedForUpdate(tx, actor, probe.id)) !== undefined;
              const count = await q.managedCount(tx, actor, [probe.id]);

              for (const m of members) {
                tally.pairs++;
                const sees = canSeeMember(actor, scope, m);
                const manages = canManageMember(actor, scope, m);
                const ownUnits = scope.has(m.ownerOrgId) || (m.userId !== null && m.userId === actor.userId);
                const checks: [string, boolean, boolean][] = [
                  ['memberVisible', visible.has(m.id), sees],
                  ['memberManaged', managed.has(m.id), manages],
                  ['list', list.has(m.id), sees && ownUnits],
                  ['shared list', shared.has(m.id), sees && !ownUnits],
                ];
                if (m.id === probe.id) {
                  checks.push(['visibleById', got, sees], ['managedForUpdate', locked, manages]);
                  checks.push(['managedCount', count === 1, manages]);
                }
                const wrong = checks.filter(([, sqlSays, tsSays]) => sqlSays !== tsSays);
                if (wrong.length > 0) {
                  tally.disagreements++;
                  failure ??= `${wrong.map(([n, s, x]) => `${n}: SQL ${s}, TypeScript ${x}`).join('; ')} — actor ${JSON.stringify(
                    {
                      userId: actor.userId,
                      orgId: actor.orgId,
                      role: actor.role,
                      clearance: actor.clearance,
                    },
                  )} member ${JSON.stringify(m)}`;
                }
                if (sees) tally.seen++;
                if (manages) tally.managed++;
                if (sees && !ownUnits) tally.shared++;
              }
            }
            throw new Error('rollback');
          })
          .catch((err: Error) => {
            if (err.message !== 'rollback') throw err;
          });
        if (failure) throw new Error(failure);
      }),
      { numRuns: 24, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    console.log(
      `member access property: ${tally.pairs} account–member pairs, ${tally.disagreements} disagreements; ` +
        `${tally.seen} seen, ${tally.managed} managed, ${tally.shared} seen only through a grant`,
    );
    expect(tally.disagreements).toBe(0);
    expect(tally.pairs).toBeGreaterThanOrEqual(5_000);
    // Every role took part, and each kind of answer occurred.
    expect([...tally.roles].sort()).toEqual([...ROLES].sort());
    expect(tally.seen).toBeGreaterThan(0);
    expect(tally.managed).toBeGreaterThan(0);
    expect(tally.shared).toBeGreaterThan(0);
  });
});
