// Asks the SQL access rule directly whether an account would see a record owned by a unit: the
// foundation has no record type of its own yet, and org changes must move visibility at once. And
// builds the random trees of the access property tests.
import { sql } from 'drizzle-orm';
import type { OrgLink, OrgNode } from '../../domain/access.ts';
import { visibleTo } from '../../server/auth/queries.ts';
import type { Db } from '../../server/db/client.ts';
import { one } from '../../server/db/sql.ts';
import type { Client, TestApp } from './app.ts';

export async function sees(t: TestApp, who: Client, ownerOrgId: number, secrecy = 0): Promise<boolean> {
  const me = (await who.get('/api/auth/me')).body.user;
  const row = await one<{ ok: boolean }>(
    t.rt.database.db,
    sql`SELECT ${visibleTo(
      { userId: me.id, orgId: me.orgId, clearance: me.clearance },
      {
        entity: 'probe',
        id: sql`0`,
        ownerOrgId: sql`${ownerOrgId}::integer`,
        secrecy: sql`${secrecy}::integer`,
      },
    )} AS ok`,
  );
  return row?.ok === true;
}

/**
 * Random trees for the access property tests: unit i hangs under the root or under an earlier unit
 * (`parents[i]`), and `links` merge a unit into another (org_links), all inside the caller's
 * transaction. Returns the units (root first) and the links as domain/access.ts takes them.
 */
export async function insertTree(
  tx: Db,
  root: OrgNode,
  parents: readonly number[],
  pairs: readonly (readonly [number, number])[],
): Promise<{ orgs: OrgNode[]; links: OrgLink[]; pick: (n: number) => OrgNode }> {
  const units: OrgNode[] = [];
  for (let i = 0; i < parents.length; i++) {
    const parentIdx = (parents[i] as number) % (i + 1);
    const parent = parentIdx === 0 ? root : (units[parentIdx - 1] as OrgNode);
    const row = await one<{ id: number; path: string }>(
      tx,
      sql`INSERT INTO orgs (id, name, short_code, kind, parent_id, path, valid_from)
          SELECT n.id, 'Đơn vị ' || n.id, 'ĐU', 'direct_committee', ${parent.id}::integer,
                 ${parent.path}::ltree || ('o' || n.id), '2020-01-01'
            FROM (SELECT nextval(pg_get_serial_sequence('orgs', 'id')) AS id) n
          RETURNING id, path::text AS path`,
    );
    if (!row) throw new Error('insertTree: no unit');
    units.push({ id: row.id, path: row.path });
  }
  const pick = (n: number) => units[n % units.length] as OrgNode;
  const links: OrgLink[] = [];
  for (const [a, b] of pairs) {
    const p = pick(a);
    const s = pick(b);
    if (p.id === s.id || links.some((l) => l.predecessorId === p.id && l.successorId === s.id)) continue;
    await tx.execute(sql`INSERT INTO org_links (predecessor_id, successor_id, kind, effective_on)
                         VALUES (${p.id}, ${s.id}, 'merge', '2025-07-01')`);
    links.push({ predecessorId: p.id, successorId: s.id });
  }
  return { orgs: [root, ...units], links, pick };
}
