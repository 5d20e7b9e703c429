// Personal API tokens: only the SHA-256 of a token is stored.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const COLS = sql`id, name, prefix, created_at, last_used_at, revoked_at`;

export async function insert(
  db: Db,
  t: { userId: number; name: string; hash: string; prefix: string },
): Promise<TokenRow> {
  const row = await one<TokenRow>(
    db,
    sql`INSERT INTO api_tokens (user_id, name, token_hash, prefix) VALUES (${t.userId}, ${t.name}, ${t.hash}, ${t.prefix})
        RETURNING ${COLS}`,
  );
  if (!row) throw new Error('insert api token returned nothing');
  return row;
}

export function listOf(db: Db, userId: number) {
  return rows<TokenRow>(db, sql`SELECT ${COLS} FROM api_tokens WHERE user_id = ${userId} ORDER BY id DESC`);
}

/** Revokes one of the account's own tokens (again is harmless); undefined when it is not theirs. */
export function revoke(db: Db, id: number, userId: number) {
  return one<TokenRow>(
    db,
    sql`UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = ${id} AND user_id = ${userId}
        RETURNING ${COLS}`,
  );
}
