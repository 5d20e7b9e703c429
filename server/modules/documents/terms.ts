// Committee terms (nhiệm kỳ). Outgoing numbers run per issuing body and type within the term of the
// committee the body belongs to: a board (Văn phòng, Ban Tổ chức …) numbers within its committee's
// term. A committee without a declared term gets one opened on 1 January of the year of its first
// issue, which the admin can then correct (docs/documents.md).
import { sql } from 'drizzle-orm';
import { formatDateVi } from '../../../domain/dates.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';

export interface TermRow {
  id: number;
  org_id: number;
  name: string;
  starts_on: string;
  ends_on: string | null;
}

/** The committee whose term applies to documents issued by a unit: itself, or for a board its parent. */
export async function committeeOf(db: Db, orgId: number): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`SELECT CASE WHEN o.kind = 'board' AND o.parent_id IS NOT NULL THEN o.parent_id ELSE o.id END AS id
          FROM orgs o WHERE o.id = ${orgId}`,
  );
  if (!row) throw notFound('Đơn vị');
  return row.id;
}

export async function termFor(tx: Db, issuerOrgId: number, date: string): Promise<TermRow> {
  const committee = await committeeOf(tx, issuerOrgId);
  const found = await one<TermRow>(
    tx,
    sql`SELECT id, org_id, name, starts_on, ends_on FROM terms
         WHERE org_id = ${committee} AND starts_on <= ${date}::date AND (ends_on IS NULL OR ends_on >= ${date}::date)
         ORDER BY starts_on DESC LIMIT 1`,
  );
  if (found) return found;
  const year = date.slice(0, 4);
  const later = await one<{ starts_on: string }>(
    tx,
    sql`SELECT starts_on FROM terms WHERE org_id = ${committee} AND starts_on > ${date}::date ORDER BY starts_on LIMIT 1`,
  );
  // Two first issues at once both try to open the term: the unique (org, start) keeps one.
  await tx.execute(sql`
    INSERT INTO terms (org_id, name, starts_on, ends_on)
    VALUES (${committee}, ${`Nhiệm kỳ từ năm ${year}`}, ${`${year}-01-01`}::date,
            ${later ? sql`${later.starts_on}::date - 1` : sql`NULL`})
    ON CONFLICT (org_id, starts_on) DO NOTHING`);
  const created = await one<TermRow>(
    tx,
    sql`SELECT id, org_id, name, starts_on, ends_on FROM terms
         WHERE org_id = ${committee} AND starts_on <= ${date}::date AND (ends_on IS NULL OR ends_on >= ${date}::date)
         ORDER BY starts_on DESC LIMIT 1`,
  );
  if (!created) throw new Error('term not created');
  return created;
}

export function presentTerm(t: TermRow) {
  return { id: t.id, orgId: t.org_id, name: t.name, startsOn: t.starts_on, endsOn: t.ends_on };
}

export async function listTerms(db: Db, orgId: number) {
  const committee = await committeeOf(db, orgId);
  const list = await rows<TermRow>(
    db,
    sql`SELECT id, org_id, name, starts_on, ends_on FROM terms WHERE org_id = ${committee} ORDER BY starts_on DESC`,
  );
  return list.map(presentTerm);
}

/** Opens a new term (after a congress); the previous open term ends the day before. */
export async function openTerm(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: { name: string; startsOn: string },
) {
  const actor = ctx.actor;
  if (!actor) throw new Error('actor required');
  return transact(deps, async (tx) => {
    const org = await one<{ id: number }>(
      tx,
      sql`SELECT id FROM orgs WHERE id = ${orgId} AND ${inScope(actor, sql`id`)}`,
    );
    if (!org) throw notFound('Đơn vị');
    const committee = await committeeOf(tx, orgId);
    const clash = await one<TermRow>(
      tx,
      sql`SELECT id, org_id, name, starts_on, ends_on FROM terms WHERE org_id = ${committee} AND starts_on >= ${input.startsOn}::date
           ORDER BY starts_on LIMIT 1`,
    );
    if (clash) {
      throw new RuleError(
        'term_overlap',
        `Đã có nhiệm kỳ «${clash.name}» bắt đầu từ ${formatDateVi(clash.starts_on)}: nhiệm kỳ mới phải bắt đầu sau đó.`,
      );
    }
    await tx.execute(sql`
      UPDATE terms SET ends_on = ${input.startsOn}::date - 1
       WHERE org_id = ${committee} AND (ends_on IS NULL OR ends_on >= ${input.startsOn}::date)`);
    const row = (await one<TermRow>(
      tx,
      sql`INSERT INTO terms (org_id, name, starts_on) VALUES (${committee}, ${input.name}, ${input.startsOn}::date)
          RETURNING id, org_id, name, starts_on, ends_on`,
    )) as TermRow;
    const out = presentTerm(row);
    await recordAudit(tx, ctx, {
      action: 'term.open',
      entity: 'term',
      entityId: row.id,
      orgId: committee,
      after: out,
    });
    return out;
  });
}
