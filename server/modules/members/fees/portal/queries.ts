// SQL of the portal statements: members by card number (within what the actor manages), the import
// row, the lines (each transaction once: its reference is unique), payments added to members' months,
// and the lines waiting for a person.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { array, one, rows, run } from '../../../../db/sql.ts';

/** Members matching `where` (alias m) whose card number, without spaces, dots or dashes, is in `cards`. */
export function membersByCard(db: Db, where: SQL, cards: readonly string[]) {
  return rows<{ id: number; card: string }>(
    db,
    sql`SELECT m.id, upper(regexp_replace(m.party_card_no, '[[:space:].-]', '', 'g')) AS card
          FROM members m
         WHERE ${where} AND m.party_card_no IS NOT NULL
           AND upper(regexp_replace(m.party_card_no, '[[:space:].-]', '', 'g')) = ANY(${array(cards)}::text[])`,
  );
}

export async function insertImport(
  db: Db,
  r: { orgId: number; fileName: string; sha256: string; by: number },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO member_fee_portal_imports (org_id, file_name, file_sha256, lines_read, added, duplicates, matched, unmatched, actor_id)
        VALUES (${r.orgId}::integer, ${r.fileName}, ${r.sha256}, 0, 0, 0, 0, 0, ${r.by}::integer) RETURNING id`,
  );
  return Number(row?.id);
}

export async function setImportCounts(
  db: Db,
  id: number,
  c: { linesRead: number; added: number; duplicates: number; matched: number; unmatched: number },
): Promise<void> {
  await run(
    db,
    sql`UPDATE member_fee_portal_imports SET lines_read = ${c.linesRead}::integer, added = ${c.added}::integer,
          duplicates = ${c.duplicates}::integer, matched = ${c.matched}::integer, unmatched = ${c.unmatched}::integer
        WHERE id = ${id}::integer`,
  );
}

export interface NewLine {
  ref: string;
  paidOn: string;
  month: string;
  cardNo: string | null;
  payerName: string | null;
  amount: number;
  memberId: number | null;
}

/** Inserts the lines whose reference is new; returns those inserted (the others are duplicates). */
export function insertLines(db: Db, importId: number, orgId: number, lines: readonly NewLine[]) {
  return rows<{ txn_ref: string }>(
    db,
    sql`INSERT INTO member_fee_portal_lines (import_id, org_id, txn_ref, paid_on, month, card_no, payer_name, amount, member_id, status)
        SELECT ${importId}::integer, ${orgId}::integer, x.ref, x.pon, x.mon, nullif(x.card, ''), nullif(x.payer, ''), x.amt,
               nullif(x.mid, 0), CASE WHEN x.mid = 0 THEN 'unmatched' ELSE 'matched' END
          FROM unnest(${array(lines.map((l) => l.ref))}::text[], ${array(lines.map((l) => l.paidOn))}::date[],
                      ${array(lines.map((l) => `${l.month}-01`))}::date[], ${array(lines.map((l) => l.cardNo ?? ''))}::text[],
                      ${array(lines.map((l) => l.payerName ?? ''))}::text[], ${array(lines.map((l) => l.amount))}::bigint[],
                      ${array(lines.map((l) => l.memberId ?? 0))}::integer[])
               AS x(ref, pon, mon, card, payer, amt, mid)
        ON CONFLICT (txn_ref) DO NOTHING
        RETURNING txn_ref`,
  );
}

/**
 * Adds portal payments to the members' months (one entry per member and month; the caller sums
 * the lines): a month already paid in cash or by an earlier line gets the amount added.
 */
export async function addPayments(
  db: Db,
  list: readonly { memberId: number; month: string; amount: number; paidOn: string }[],
  by: number,
): Promise<void> {
  if (list.length === 0) return;
  await run(
    db,
    sql`INSERT INTO member_fee_payments (member_id, month, amount, paid_on, recorded_by, channel, org_id)
        SELECT x.mid, x.mon, x.amt, x.pon, ${by}::integer, 'portal', m.org_id
          FROM unnest(${array(list.map((p) => p.memberId))}::integer[], ${array(list.map((p) => `${p.month}-01`))}::date[],
                      ${array(list.map((p) => p.amount))}::bigint[], ${array(list.map((p) => p.paidOn))}::date[])
               AS x(mid, mon, amt, pon)
          JOIN members m ON m.id = x.mid
        ON CONFLICT (member_id, month) DO UPDATE SET amount = member_fee_payments.amount + excluded.amount,
          paid_on = greatest(member_fee_payments.paid_on, excluded.paid_on), channel = 'portal',
          recorded_by = excluded.recorded_by, recorded_at = now()`,
  );
}

export interface LineRow {
  id: number;
  import_id: number;
  org_id: number;
  txn_ref: string;
  paid_on: string;
  month: string;
  card_no: string | null;
  payer_name: string | null;
  amount: number | string;
  member_id: number | null;
  full_name: string | null;
  status: 'matched' | 'unmatched' | 'resolved' | 'dismissed';
  note: string | null;
}

const LINE = sql`l.id, l.import_id, l.org_id, l.txn_ref, l.paid_on::text AS paid_on, to_char(l.month, 'YYYY-MM') AS month,
  l.card_no, l.payer_name, l.amount, l.member_id, m.full_name, l.status, l.note`;

/** Lines imported into the given units, oldest first, optionally of one status. */
export function linesOf(db: Db, orgIds: readonly number[], status: string | undefined) {
  return rows<LineRow>(
    db,
    sql`SELECT ${LINE} FROM member_fee_portal_lines l LEFT JOIN members m ON m.id = l.member_id
         WHERE l.org_id = ANY(${array(orgIds)}::integer[]) ${status ? sql`AND l.status = ${status}` : sql``}
         ORDER BY l.id LIMIT 2000`,
  );
}

export function lineForUpdate(db: Db, id: number) {
  return one<LineRow>(
    db,
    sql`SELECT ${LINE} FROM member_fee_portal_lines l LEFT JOIN members m ON m.id = l.member_id
         WHERE l.id = ${id}::integer FOR UPDATE OF l`,
  );
}

export async function settleLine(
  db: Db,
  id: number,
  s: { status: 'resolved' | 'dismissed'; memberId: number | null; note: string | null; by: number },
): Promise<void> {
  await run(
    db,
    sql`UPDATE member_fee_portal_lines SET status = ${s.status}, member_id = ${s.memberId}::integer, note = ${s.note},
          resolved_by = ${s.by}::integer, resolved_at = now()
        WHERE id = ${id}::integer`,
  );
}
