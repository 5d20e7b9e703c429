// The copy-check: one lower programme against its superior's, and the superior's table of every lower
// programme's score (with the units that have not concretised it yet). The measure is
// domain/programs/copycheck.ts, the same code the editor runs as the user types.
import { checkProgramme } from '../../../../domain/programs/copycheck.ts';
import { compareVi } from '../../../../domain/text.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { visibleProgram } from '../service.ts';
import type { ProgramCascade, ProgramCopyCheck } from './presenter.ts';
import * as q from './queries.ts';

function check(own: q.TextRow[], sources: q.TextRow[], names: string[]) {
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
export async function copyCheck(deps: Deps, ctx: RequestCtx, id: number): Promise<ProgramCopyCheck> {
  authorize(ctx, 'program.read');
  const db = deps.database.db;
  const row = await visibleProgram(db, ctx, id);
  const parent = row.parent_program_id ? await q.superior(db, row.parent_program_id) : undefined;
  const texts = await q.texts(db, parent ? [id, parent.id] : [id]);
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
export async function cascadeTable(deps: Deps, ctx: RequestCtx, id: number): Promise<ProgramCascade> {
  const actor = authorize(ctx, 'program.read');
  const db = deps.database.db;
  const row = await visibleProgram(db, ctx, id);
  const children = await q.lower(db, actor, id);
  const texts = await q.texts(db, [id, ...children.map((c) => c.id)]);
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
  const units = await q.childUnits(db, actor, row.owner_org_id);
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
