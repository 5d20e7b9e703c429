// SQL of the member import: the import row, duplicate look-ups and the batch insert (one statement
// per batch through unnest, so 450,000 rows are a few hundred statements, not 450,000).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';

export async function createImport(
  db: Db,
  i: { orgId: number; actorId: number | null; fileName: string | null; sha256: string },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO member_imports (org_id, actor_id, file_name, file_sha256)
        VALUES (${i.orgId}, ${i.actorId}, ${i.fileName}, ${i.sha256}) RETURNING id`,
  );
  return (r as { id: number }).id;
}

export async function finishImport(
  db: Db,
  id: number,
  c: { rowsRead: number; imported: number; rejected: number },
) {
  await db.execute(sql`
    UPDATE member_imports SET rows_read = ${c.rowsRead}, imported = ${c.imported}, rejected = ${c.rejected}
     WHERE id = ${id}`);
}

export async function existingCards(db: Db, cards: string[]): Promise<Set<string>> {
  if (cards.length === 0) return new Set();
  const r = await rows<{ c: string }>(
    db,
    sql`SELECT party_card_no AS c FROM members WHERE party_card_no = ANY(${array(cards)}::text[])`,
  );
  return new Set(r.map((x) => x.c));
}

export async function existingIdentities(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const r = await rows<{ k: string }>(
    db,
    sql`SELECT identity_key AS k FROM members WHERE identity_key = ANY(${array(keys)}::text[])`,
  );
  return new Set(r.map((x) => x.k));
}

export interface ImportRow {
  fullName: string;
  sortKey: string;
  birthDate: string;
  gender: string | null;
  admittedOn: string;
  officialOn: string | null;
  partyCardNo: string | null;
  feeFrom: string;
  identityKey: string;
}

/**
 * Inserts a batch; a card number taken meanwhile by someone else is skipped (ON CONFLICT), and the
 * cards actually inserted are returned so the caller can name the skipped rows.
 */
export async function insertBatch(db: Db, orgId: number, importId: number, batch: ImportRow[]) {
  const col = <K extends keyof ImportRow>(k: K) => array(batch.map((r) => r[k] as string));
  return rows<{ id: number; party_card_no: string | null }>(
    db,
    sql`INSERT INTO members (org_id, full_name, sort_key, birth_date, gender, admitted_on, official_on, party_card_no,
          status, party_start, fee_from, identity_key, import_id)
        SELECT ${orgId}::integer, x.full_name, x.sort_key, x.birth_date, x.gender, x.admitted_on, x.official_on,
               x.card, CASE WHEN x.official_on IS NULL THEN 'du_bi' ELSE 'chinh_thuc' END, x.admitted_on,
               x.fee_from, x.identity_key, ${importId}::integer
          FROM unnest(${col('fullName')}::text[], ${col('sortKey')}::text[], ${col('birthDate')}::date[],
                      ${col('gender')}::text[], ${col('admittedOn')}::date[], ${col('officialOn')}::date[],
                      ${col('partyCardNo')}::text[], ${col('feeFrom')}::date[], ${col('identityKey')}::text[])
               AS x(full_name, sort_key, birth_date, gender, admitted_on, official_on, card, fee_from, identity_key)
        ON CONFLICT (party_card_no) WHERE party_card_no IS NOT NULL DO NOTHING
        RETURNING id, party_card_no`,
  );
}
