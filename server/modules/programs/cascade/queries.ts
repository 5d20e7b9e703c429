// SQL of the copy-check: the items' texts of several programmes, the lower programmes that concretise
// one, and the units below that have not done so yet.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import { COLS, FROM, type ProgramRow, visible } from '../queries.ts';

export interface TextRow {
  id: number;
  program_id: number;
  title: string;
  description: string | null;
  source_item_id: number | null;
}

/** Items of several programmes at once: id, programme, text and source only. */
export function texts(db: Db, programIds: readonly number[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return rows<TextRow>(
    db,
    sql`SELECT id, program_id, title, description, source_item_id FROM program_items
         WHERE program_id = ANY(${array(programIds)}::integer[]) ORDER BY program_id, position, id`,
  );
}

/** The superior programme compared with (its id and its unit's name). */
export function superior(db: Db, id: number) {
  return one<{ id: number; org_name: string }>(
    db,
    sql`SELECT p.id, o.name AS org_name FROM programs p JOIN orgs o ON o.id = p.owner_org_id WHERE p.id = ${id}`,
  );
}

/** Programmes that concretise this one (the cascade), visible to the actor. */
export function lower(db: Db, actor: Actor, id: number) {
  return rows<ProgramRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE p.parent_program_id = ${id} AND ${visible(actor)} ORDER BY o.name`,
  );
}

/** The active units directly under a unit, within the actor's scope. */
export function childUnits(db: Db, actor: Actor, orgId: number) {
  return rows<{ id: number; name: string }>(
    db,
    sql`SELECT o.id, o.name FROM orgs o WHERE o.parent_id = ${orgId} AND o.active AND ${inScope(actor, sql`o.id`)}`,
  );
}
