// SQL of documents received from another system: the duplicate check when the installation itself
// registers a package (no account, so no access filter: the receiving unit's own register).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import type { DuplicateRow } from '../queries.ts';

export function duplicatesInUnit(
  db: Db,
  orgId: number,
  symbol: string,
  issuedOn: string,
  issuer: string | null,
) {
  return rows<DuplicateRow>(
    db,
    sql`SELECT d.id, d.symbol, d.issued_on, d.issuer_name, d.incoming_number FROM documents d
         WHERE d.direction = 'in' AND d.owner_org_id = ${orgId}
           AND vn_fold(coalesce(d.symbol, '')) = vn_fold(${symbol}) AND d.issued_on = ${issuedOn}::date
           AND (${issuer}::text IS NULL OR vn_fold(coalesce(d.issuer_name, '')) = vn_fold(${issuer}::text))
         ORDER BY d.id`,
  );
}
