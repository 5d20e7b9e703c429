// SQL of the rules facility: the versions of a rule, the one in force on a date, a new version, and
// the catalogue's defaults stored once (two servers starting together store each once: the partial
// unique index on the default row).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';

export interface VersionRow {
  id: number;
  rule_key: string;
  value: unknown;
  source: string;
  effective_from: string;
  note: string | null;
  is_default: boolean;
  created_by_name: string | null;
  created_at: string;
}

const COLS = sql`v.id, v.rule_key, v.value, v.source, v.effective_from::text AS effective_from, v.note, v.is_default,
  u.full_name AS created_by_name, v.created_at`;
const FROM = sql`rule_versions v LEFT JOIN users u ON u.id = v.created_by`;

/** The versions of the given rules (every rule when none is named), newest first. */
export function versions(db: Db, keys?: readonly string[]) {
  return rows<VersionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         ${
           keys
             ? sql`WHERE v.rule_key IN (${sql.join(
                 keys.map((k) => sql`${k}`),
                 sql`, `,
               )})`
             : sql``
         }
         ORDER BY v.rule_key, v.effective_from DESC, v.id DESC`,
  );
}

/** The version of a rule in force on a date (domain/rules/in-force.ts orders the same way). */
export function inForce(db: Db, key: string, on: string) {
  return one<VersionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE v.rule_key = ${key} AND v.effective_from <= ${on}::date
         ORDER BY v.effective_from DESC, v.id DESC LIMIT 1`,
  );
}

export function byId(db: Db, id: number) {
  return one<VersionRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE v.id = ${id}::integer`);
}

export async function insert(
  db: Db,
  v: {
    key: string;
    value: unknown;
    source: string;
    effectiveFrom: string;
    note: string | null;
    by: number | null;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO rule_versions (rule_key, value, source, effective_from, note, created_by)
        VALUES (${v.key}, ${JSON.stringify(v.value)}::jsonb, ${v.source}, ${v.effectiveFrom}::date, ${v.note}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

/** Stores a rule's default unless it is there; returns whether it was added. */
export async function insertDefault(
  db: Db,
  d: { key: string; value: unknown; source: string; effectiveFrom: string },
): Promise<boolean> {
  const r = await rows<{ id: number }>(
    db,
    sql`INSERT INTO rule_versions (rule_key, value, source, effective_from, note, is_default)
        VALUES (${d.key}, ${JSON.stringify(d.value)}::jsonb, ${d.source}, ${d.effectiveFrom}::date,
                'Giá trị mặc định của phần mềm', true)
        ON CONFLICT (rule_key) WHERE is_default DO NOTHING
        RETURNING id`,
  );
  return r.length > 0;
}
