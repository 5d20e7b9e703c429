// The access rule is written twice — SQL visibleTo() and TypeScript canSee() — and must agree on
// every pair. fast-check builds random trees (with merges and splits), accounts and records with
// grants; every (account, record) pair is checked, at least 10,000 pairs a run (the access rule:
// docs/design.md).
// The search's form of the rule, visibleToIn() over resolveScope() (the scope read once as constants,
// reduced to the clearance for a whole-tree scope), is held to the same answers.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canSee, type OrgLink, type OrgNode, scopeOrgIds } from '../../domain/access.ts';
import { type RecordColumns, resolveScope, visibleTo, visibleToIn } from '../../server/auth/queries.ts';
import { one, rows } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const world = fc.record({
  parents: fc.array(fc.nat(), { minLength: 4, maxLength: 24 }),
  links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  actors: fc.array(fc.record({ org: fc.nat(), clearance: fc.integer({ min: 0, max: 3 }) }), {
    minLength: 8,
    maxLength: 14,
  }),
  records: fc.array(
    fc.record({
      owner: fc.nat(),
      secrecy: fc.integer({ min: 0, max: 3 }),
      grants: fc.array(fc.oneof(fc.record({ org: fc.nat() }), fc.record({ actor: fc.nat() })), {
        maxLength: 2,
      }),
    }),
    { minLength: 40, maxLength: 80 },
  ),
});

describe('visibleTo (SQL) and canSee (TypeScript) agree', () => {
  it('on random trees, accounts and records', async () => {
    let pairs = 0;
    let disagreements = 0;
    let wholeScopes = 0;
    let resolvedScopes = 0;
    const db = t.rt.database.db;
    const root = await one<{ id: number; path: string }>(
      db,
      sql`SELECT id, path::text AS path FROM orgs WHERE parent_id IS NULL`,
    );
    if (!root) throw new Error('no root');

    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        let failure: string | undefined;
        await db
          .transaction(async (tx) => {
            // Units: unit i hangs under the root or under an earlier unit.
            const orgs: (OrgNode & { idx: number })[] = [];
            for (let i = 0; i < w.parents.length; i++) {
              const parentIdx = (w.parents[i] as number) % (i + 1);
              const parent = parentIdx === 0 ? root : (orgs[parentIdx - 1] as OrgNode);
              const row = await one<{ id: number; path: string }>(
                tx,
                sql`INSERT INTO orgs (id, name, short_code, kind, parent_id, path, valid_from)
                    SELECT n.id, 'Đơn vị ' || n.id, 'ĐU', 'direct_committee', ${parent.id}::integer,
                           ${parent.path}::ltree || ('o' || n.id), '2020-01-01'
                      FROM (SELECT nextval(pg_get_serial_sequence('orgs', 'id')) AS id) n
                    RETURNING id, path::text AS path`,
              );
              orgs.push({ id: row!.id, path: row!.path, idx: i });
            }
            const pick = (n: number) => orgs[n % orgs.length] as OrgNode;
            const links: OrgLink[] = [];
            for (const [a, b] of w.links) {
              const p = pick(a);
              const s = pick(b);
              if (p.id === s.id || links.some((l) => l.predecessorId === p.id && l.successorId === s.id))
                continue;
              await tx.execute(sql`INSERT INTO org_links (predecessor_id, successor_id, kind, effective_on)
                                   VALUES (${p.id}, ${s.id}, 'merge', '2025-07-01')`);
              links.push({ predecessorId: p.id, successorId: s.id });
            }
            const actors: { userId: number; orgId: number; clearance: number }[] = [];
            for (const a of w.actors) {
              // Some accounts sit at the root: their scope is the whole tree (visibleToIn's shortcut).
              const org = a.org % (orgs.length + 1) === 0 ? root : pick(a.org);
              const u = await one<{ id: number }>(
                tx,
                sql`INSERT INTO users (username, password_hash, full_name, org_id, role, clearance)
                    VALUES ('p' || nextval(pg_get_serial_sequence('users', 'id')), 'x', 'Người Thử', ${org.id}, 'clerk', ${a.clearance})
                    RETURNING id`,
              );
              actors.push({ userId: u!.id, orgId: org.id, clearance: a.clearance });
            }
            await tx.execute(
              sql`CREATE TEMP TABLE probe_records (id integer PRIMARY KEY, owner_org_id integer, secrecy integer) ON COMMIT DROP`,
            );
            const records = w.records.map((r, i) => ({
              id: i + 1,
              ownerOrgId: pick(r.owner).id,
              secrecy: r.secrecy,
              grants: r.grants.map((g) =>
                'org' in g
                  ? { orgId: pick(g.org).id }
                  : { userId: (actors[g.actor % actors.length] as { userId: number }).userId },
              ),
            }));
            for (const r of records) {
              await tx.execute(
                sql`INSERT INTO probe_records VALUES (${r.id}, ${r.ownerOrgId}, ${r.secrecy})`,
              );
              for (const g of r.grants) {
                await tx.execute(sql`INSERT INTO access_grants (entity, entity_id, org_id, user_id, reason)
                                     VALUES ('probe', ${r.id}, ${g.orgId ?? null}, ${g.userId ?? null}, 'test')`);
              }
            }
            const allOrgs: OrgNode[] = [root, ...orgs];
            const probe: RecordColumns = {
              entity: 'probe',
              id: sql`r.id`,
              ownerOrgId: sql`r.owner_org_id`,
              secrecy: sql`r.secrecy`,
            };
            const ids = async (where: ReturnType<typeof visibleTo>) =>
              new Set(
                (await rows<{ id: number }>(tx, sql`SELECT r.id FROM probe_records r WHERE ${where}`)).map(
                  (r) => r.id,
                ),
              );
            for (const actor of actors) {
              const visible = await ids(visibleTo(actor, probe));
              const resolved = await resolveScope(tx, actor);
              if (resolved.whole) wholeScopes++;
              else resolvedScopes++;
              const visibleIn = await ids(visibleToIn(resolved, actor, probe));
              const scope = scopeOrgIds(allOrgs, links, actor.orgId);
              for (const r of records) {
                pairs++;
                const expected = canSee(actor, scope, r);
                if (visible.has(r.id) !== expected || visibleIn.has(r.id) !== expected) {
                  disagreements++;
                  failure ??= `actor ${JSON.stringify(actor)} record ${JSON.stringify(r)} visibleTo=${visible.has(r.id)} visibleToIn=${visibleIn.has(r.id)}`;
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
      { numRuns: 24, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    console.log(
      `access property: ${pairs} account–record pairs, ${disagreements} disagreements; resolved scopes: ${wholeScopes} whole tree, ${resolvedScopes} by ids`,
    );
    expect(disagreements).toBe(0);
    // Both branches of visibleToIn were exercised.
    expect(wholeScopes).toBeGreaterThan(0);
    expect(resolvedScopes).toBeGreaterThan(0);
    expect(pairs).toBeGreaterThanOrEqual(10_000);
  });
});
