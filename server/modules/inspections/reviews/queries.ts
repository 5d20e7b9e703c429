// SQL of the unit review: the discipline decisions on members of a unit's subtree in a period.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';

export function disciplinedIn(db: Db, path: string, from: string, to: string) {
  return one<{ n: number }>(
    db,
    sql`SELECT count(DISTINCT d.member_id)::integer AS n
          FROM discipline_decisions d JOIN orgs o ON o.id = d.owner_org_id
         WHERE o.path <@ ${path}::ltree AND d.decided_on BETWEEN ${from}::date AND ${to}::date
           AND d.appeal_outcome IS DISTINCT FROM 'annulled'`,
  );
}
