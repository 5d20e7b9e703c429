// SQL of the grassroots fund book: entries are only inserted; an entry counts in the balance unless a
// later entry corrects it.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface EntryRow {
  id: number;
  org_id: number;
  entry_date: string;
  direction: 'receipt' | 'spending';
  category: string;
  amount: number | string;
  description: string;
  corrects_id: number | null;
  corrected_by: number | null;
  rule_version_id: number;
  recorded_at: string;
}

const COLUMNS = sql`e.id, e.org_id, e.entry_date::text AS entry_date, e.direction, e.category, e.amount, e.description,
  e.corrects_id, (SELECT c.id FROM finance_fund_entries c WHERE c.corrects_id = e.id) AS corrected_by,
  e.rule_version_id, e.recorded_at::text AS recorded_at`;

export function insertEntry(
  db: Db,
  e: {
    orgId: number;
    entryDate: string;
    direction: string;
    category: string;
    amount: number;
    description: string;
    correctsId: number | null;
    ruleVersionId: number;
    by: number;
  },
) {
  return one<{ id: number }>(
    db,
    sql`INSERT INTO finance_fund_entries (org_id, entry_date, direction, category, amount, description, corrects_id, rule_version_id, recorded_by)
        VALUES (${e.orgId}::integer, ${e.entryDate}::date, ${e.direction}, ${e.category}, ${e.amount}::bigint, ${e.description},
                ${e.correctsId}::integer, ${e.ruleVersionId}::integer, ${e.by}::integer)
        RETURNING id`,
  );
}

export function entryById(db: Db, id: number) {
  return one<EntryRow>(db, sql`SELECT ${COLUMNS} FROM finance_fund_entries e WHERE e.id = ${id}::integer`);
}

/** Locks the entry (two corrections of one entry at once: the second waits, then finds the first). */
export function entryForUpdate(db: Db, id: number) {
  return one<EntryRow>(
    db,
    sql`SELECT ${COLUMNS} FROM finance_fund_entries e WHERE e.id = ${id}::integer FOR UPDATE OF e`,
  );
}

/** The unit's entries from `from` to `to` (dates, both optional), in the order written. */
export function entriesOf(db: Db, orgId: number, from: string | null, to: string | null) {
  return rows<EntryRow>(
    db,
    sql`SELECT ${COLUMNS} FROM finance_fund_entries e
         WHERE e.org_id = ${orgId}::integer
           ${from ? sql`AND e.entry_date >= ${from}::date` : sql``}
           ${to ? sql`AND e.entry_date <= ${to}::date` : sql``}
         ORDER BY e.entry_date, e.id LIMIT 10000`,
  );
}

/** Receipts minus spending of the entries that count (not corrected) dated before `before`. */
export async function balanceBefore(db: Db, orgId: number, before: string): Promise<number> {
  const row = await one<{ balance: number | string | null }>(
    db,
    sql`SELECT sum(CASE WHEN e.direction = 'receipt' THEN e.amount ELSE -e.amount END)::bigint AS balance
          FROM finance_fund_entries e
         WHERE e.org_id = ${orgId}::integer AND e.entry_date < ${before}::date
           AND NOT EXISTS (SELECT 1 FROM finance_fund_entries c WHERE c.corrects_id = e.id)`,
  );
  return Number(row?.balance ?? 0);
}
