// The copy-check endpoints: one lower programme against its superior's, and the superior's table of
// every lower programme's score (with the units that have not concretised it yet). The measure is
// domain/programs/copycheck.ts, the same code the editor runs as the user types.
import { sql } from 'drizzle-orm';
import { checkProgramme } from '../../../domain/programs/copycheck.ts';
import { compareVi } from '../../../domain/text.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import * as items from './item-queries.ts';
import * as q from './queries.ts';
import { visibleProgram } from './service.ts';

type Texts = Awaited<ReturnType<typeof items.textsOf>>;

function check(own: Texts, sources: Texts, names: string[]) {
  return checkProgramme(
    own.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      sourceItemId: i.source_item_id,
    })),
    sources.map((i) => ({ id: i.id, title: i.title, description: i.description })),
    names,
  );
}

/** GET /api/programs/{id}/copy-check → { copyScore, localItems, copiedItems, … }. */
export async function copyCheck(db: Db, actor: Actor, id: number) {
  const row = await visibleProgram(db, actor, id);
  const parent = row.parent_program_id ? await q.byId(db, row.parent_program_id) : undefined;
  const texts = await items.textsOf(db, parent ? [id, parent.id] : [id]);
  const own = texts.filter((t) => t.program_id === id);
  const sources = parent ? texts.filter((t) => t.program_id === parent.id) : [];
  const names = parent ? [row.org_name, parent.org_name] : [row.org_name];
  const result = check(own, sources, names);
  return {
    programId: id,
    parentProgramId: parent?.id ?? null,
    itemCount: own.length,
    copyScore: result.copyScore,
    localItems: result.localItems,
    copiedItems: result.copiedItems,
    items: result.items,
    threshold: result.threshold,
  };
}

/** The superior's view: each lower programme that concretises this one, with its copy score. */
export async function cascadeTable(db: Db, actor: Actor, id: number) {
  const row = await visibleProgram(db, actor, id);
  const children = await q.children(db, actor, id);
  const texts = await items.textsOf(db, [id, ...children.map((c) => c.id)]);
  const sources = texts.filter((t) => t.program_id === id);
  const lower = children.map((c) => {
    const result = check(
      texts.filter((t) => t.program_id === c.id),
      sources,
      [c.org_name, row.org_name],
    );
    return {
      programId: c.id,
      orgId: c.owner_org_id,
      orgName: c.org_name,
      title: c.title,
      status: c.status,
      itemCount: c.item_count,
      copyScore: result.copyScore,
      localItems: result.localItems,
      copiedItems: result.copiedItems.length,
    };
  });
  const done = new Set(children.map((c) => c.owner_org_id));
  const units = await rows<{ id: number; name: string }>(
    db,
    sql`SELECT o.id, o.name FROM orgs o WHERE o.parent_id = ${row.owner_org_id} AND o.active
          AND ${inScope(actor, sql`o.id`)}`,
  );
  return {
    programId: id,
    title: row.title,
    orgName: row.org_name,
    sourceItems: sources.length,
    items: lower.sort((a, b) => b.copyScore - a.copyScore || compareVi(a.orgName, b.orgName)),
    missing: units
      .filter((u) => !done.has(u.id))
      .map((u) => ({ orgId: u.id, orgName: u.name }))
      .sort((a, b) => compareVi(a.orgName, b.orgName)),
  };
}
