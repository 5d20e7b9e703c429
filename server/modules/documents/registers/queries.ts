// SQL of the registers (sổ đăng ký văn bản đến / đi) for a date range.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { DOC_COLS, type DocRow, docVisible } from '../queries.ts';

export interface RegisterRow extends DocRow {
  directions: string | null;
  handlers: string | null;
  recipient_names: string | null;
}

export function registerRows(
  db: Db,
  actor: Actor,
  f: { direction: 'in' | 'out'; from: string; to: string; orgId?: number | undefined },
) {
  const conds: SQL[] = [docVisible(actor)];
  if (f.orgId) conds.push(sql`d.owner_org_id = ${f.orgId}`);
  return rows<RegisterRow>(
    db,
    f.direction === 'in'
      ? sql`SELECT ${DOC_COLS},
                   (SELECT string_agg(r.text, '; ' ORDER BY r.id) FROM document_directions r WHERE r.document_id = d.id) AS directions,
                   (SELECT string_agg(DISTINCT ho.name, '; ') FROM document_handling h JOIN orgs ho ON ho.id = h.org_id
                     WHERE h.document_id = d.id AND h.role IN ('lead','coordinate')) AS handlers,
                   NULL AS recipient_names
              FROM documents d JOIN orgs o ON o.id = d.owner_org_id
             WHERE d.direction = 'in' AND d.received_on BETWEEN ${f.from}::date AND ${f.to}::date AND ${sql.join(conds, sql` AND `)}
             ORDER BY d.owner_org_id, d.incoming_year, d.incoming_number`
      : sql`SELECT ${DOC_COLS}, NULL AS directions, NULL AS handlers,
                   (SELECT string_agg(r.name, '; ' ORDER BY r.id) FROM document_recipients r WHERE r.document_id = d.id) AS recipient_names
              FROM documents d JOIN orgs o ON o.id = d.owner_org_id
             WHERE d.direction <> 'in' AND d.number IS NOT NULL AND d.issued_on BETWEEN ${f.from}::date AND ${f.to}::date
               AND ${sql.join(conds, sql` AND `)}
             ORDER BY d.issuer_org_id, d.type_code, d.number`,
  );
}
