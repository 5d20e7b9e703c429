// Asks the SQL access rule directly whether an account would see a record owned by a unit: the
// foundation has no record type of its own yet, and org changes must move visibility at once.
import { sql } from 'drizzle-orm';
import { visibleTo } from '../../server/auth/queries.ts';
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
