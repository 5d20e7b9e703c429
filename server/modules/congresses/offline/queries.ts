// SQL of the signing keys: this installation's own key pair and the counting stations it trusts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export interface KeyRow {
  id: number;
  own: boolean;
  name: string;
  public_key: string;
  fingerprint: string;
  private_key: string | null;
  created_at: string | Date;
}

export function own(db: Db) {
  return one<KeyRow>(db, sql`SELECT * FROM congress_keys WHERE own`);
}

/** Stores the installation's key pair unless one exists (two first requests store one). */
export async function insertOwn(
  db: Db,
  v: { name: string; publicKey: string; fingerprint: string; privateKey: string },
): Promise<void> {
  await run(
    db,
    sql`INSERT INTO congress_keys (own, name, public_key, fingerprint, private_key)
        VALUES (true, ${v.name}, ${v.publicKey}, ${v.fingerprint}, ${v.privateKey})
        ON CONFLICT DO NOTHING`,
  );
}

export function byFingerprint(db: Db, fingerprint: string) {
  return one<KeyRow>(db, sql`SELECT * FROM congress_keys WHERE fingerprint = ${fingerprint}`);
}

export async function insertTrusted(
  db: Db,
  v: { name: string; publicKey: string; fingerprint: string; by: number },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congress_keys (own, name, public_key, fingerprint, created_by)
        VALUES (false, ${v.name}, ${v.publicKey}, ${v.fingerprint}, ${v.by}) RETURNING id`,
  );
  return Number(r?.id);
}

export function trusted(db: Db) {
  return rows<KeyRow>(db, sql`SELECT * FROM congress_keys WHERE NOT own ORDER BY id`);
}
