// SQL of the reconciliation: what a level recorded as received from a unit directly below, per month.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface ReceiptRow {
  id: number;
  org_id: number;
  from_org_id: number;
  month: string;
  amount: number | string;
  received_on: string;
  note: string | null;
}

const COLUMNS = sql`id, org_id, from_org_id, to_char(month, 'YYYY-MM') AS month, amount, received_on::text AS received_on, note`;

/** The unit `childId` when it hangs directly under `parentId`. */
export function directChild(db: Db, parentId: number, childId: number) {
  return one<{ id: number; name: string }>(
    db,
    sql`SELECT id, name FROM orgs WHERE id = ${childId}::integer AND parent_id = ${parentId}::integer`,
  );
}

export function receiptForUpdate(db: Db, fromOrgId: number, month: string) {
  return one<ReceiptRow>(
    db,
    sql`SELECT ${COLUMNS} FROM finance_receipts
         WHERE from_org_id = ${fromOrgId}::integer AND month = ${`${month}-01`}::date FOR UPDATE`,
  );
}

export function upsertReceipt(
  db: Db,
  r: {
    orgId: number;
    fromOrgId: number;
    month: string;
    amount: number;
    receivedOn: string;
    note: string | null;
    by: number;
  },
) {
  return one<ReceiptRow>(
    db,
    sql`INSERT INTO finance_receipts (org_id, from_org_id, month, amount, received_on, note, recorded_by)
        VALUES (${r.orgId}::integer, ${r.fromOrgId}::integer, ${`${r.month}-01`}::date, ${r.amount}::bigint,
                ${r.receivedOn}::date, ${r.note}, ${r.by}::integer)
        ON CONFLICT (from_org_id, month) DO UPDATE SET org_id = excluded.org_id, amount = excluded.amount,
          received_on = excluded.received_on, note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = now()
        RETURNING ${COLUMNS}`,
  );
}

/** What `orgId` recorded as received for the months `from`–`to` (`YYYY-MM`). */
export function receiptsOf(db: Db, orgId: number, from: string, to: string) {
  return rows<ReceiptRow>(
    db,
    sql`SELECT ${COLUMNS} FROM finance_receipts
         WHERE org_id = ${orgId}::integer AND month >= ${`${from}-01`}::date AND month <= ${`${to}-01`}::date`,
  );
}
