// SQL of the tellers' own entries of an election's ballots.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { rows, run } from '../../../db/sql.ts';

export interface EntryRow {
  teller: number;
  seq: number;
  valid: boolean;
  marks: string;
  entered_by: number | null;
  entered_by_name: string | null;
}

export function entries(db: Db, electionId: number) {
  return rows<EntryRow>(
    db,
    sql`SELECT t.teller, t.seq, t.valid, t.marks, t.entered_by, u.full_name AS entered_by_name
          FROM election_tally_entries t LEFT JOIN users u ON u.id = t.entered_by
         WHERE t.election_id = ${electionId}::integer ORDER BY t.teller, t.seq`,
  );
}

export function clear(db: Db, electionId: number, teller?: number) {
  return run(
    db,
    sql`DELETE FROM election_tally_entries WHERE election_id = ${electionId}::integer
        ${teller === undefined ? sql`` : sql`AND teller = ${teller}::smallint`}`,
  );
}

export async function insert(
  db: Db,
  electionId: number,
  teller: number,
  items: readonly { valid: boolean; marks: string }[],
  by: number,
): Promise<void> {
  for (let i = 0; i < items.length; i += 500) {
    const values = items
      .slice(i, i + 500)
      .map((b, j) => sql`(${electionId}, ${teller}, ${i + j + 1}, ${b.valid}, ${b.marks}, ${by})`);
    await run(
      db,
      sql`INSERT INTO election_tally_entries (election_id, teller, seq, valid, marks, entered_by)
          VALUES ${sql.join(values, sql`, `)}`,
    );
  }
}
