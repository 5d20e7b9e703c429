// Discipline of party organisations (Quy định 69-QĐ/TW, amended by 264-QĐ/TW): khiển trách, cảnh
// cáo or giải tán, decided by a unit above the organisation (recorded with the decision), refused
// when the limitation period of the form (a versioned rule of its own) has passed on the day of the
// decision; giải tán has none. The decision is owned by the disciplined unit, so the access rule
// shows it to that unit's people and to those above it (GET with orgId: the unit's record).
import { isUnder } from '../../../../domain/access.ts';
import { formatDateVi } from '../../../../domain/dates.ts';
import {
  limitationEnds,
  limitationExpired,
  ORG_FORM_LABELS,
  type OrgForm,
} from '../../../../domain/inspections/discipline.ts';
import type { orgDisciplineBody, orgDisciplineListQuery } from '../../../../domain/inspections/schemas.ts';
import type { OrgLimitationYears } from '../../../../domain/rules/inspections.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { ruleInForce, ruleVersion } from '../../rules/service.ts';
import { type OrgDisciplineJson, presentOrgDecision } from './presenter.ts';
import * as q from './queries.ts';

async function present(db: Db, ctx: RequestCtx, found: readonly q.OrgDecisionRow[]) {
  const years = new Map<number, OrgLimitationYears>();
  const out: OrgDisciplineJson[] = [];
  for (const r of found) {
    const v = Number(r.limitation_version_id);
    let y = years.get(v);
    if (!y) {
      y = (await ruleVersion(db, ctx, v, 'inspections.org_limitation_years')).value;
      years.set(v, y);
    }
    out.push(presentOrgDecision(r, limitationEnds(r.form as OrgForm, r.violated_on, y)));
  }
  return out;
}

export async function decideOrg(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof orgDisciplineBody>,
): Promise<OrgDisciplineJson> {
  const actor = authorize(ctx, 'discipline.decide');
  if (input.decidedOn < input.violatedOn) {
    throw new ValidationError('Ngày quyết định: không được trước ngày vi phạm.');
  }
  const id = await transact(deps, async (tx) => {
    const org = await unitInScope(tx, actor, input.orgId);
    if (org.kind === 'board') {
      throw new RuleError(
        'not_party_organisation',
        `«${org.name}» là cơ quan tham mưu, giúp việc, không phải tổ chức đảng.`,
      );
    }
    const authority = await unitInScope(tx, actor, input.authorityOrgId);
    if (authority.id === org.id || !isUnder(org.path, authority.path)) {
      throw new RuleError(
        'authority_not_above',
        `«${authority.name}» không phải là cấp trên của «${org.name}»: kỷ luật tổ chức đảng do cấp trên quyết định.`,
      );
    }
    const limitation = await ruleInForce(tx, ctx, 'inspections.org_limitation_years', input.decidedOn);
    if (limitationExpired(input.form, input.violatedOn, input.decidedOn, limitation.value)) {
      const end = limitationEnds(input.form, input.violatedOn, limitation.value) as string;
      throw new RuleError(
        'limitation_expired',
        `Đã hết thời hiệu xử lý kỷ luật tổ chức đảng bằng hình thức «${ORG_FORM_LABELS[input.form]}» (${limitation.value[input.form as keyof OrgLimitationYears]} năm, hết ngày ${formatDateVi(end)}; ${limitation.source}).`,
      );
    }
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    const id = await q.insert(tx, {
      orgId: org.id,
      orgName: org.name,
      authorityOrgId: authority.id,
      form: input.form,
      violatedOn: input.violatedOn,
      decidedOn: input.decidedOn,
      reason: input.reason,
      decisionNo: input.decisionNo ?? null,
      limitationVersionId: limitation.versionId,
      secrecy,
      by: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'discipline.decide_org',
      entity: q.ORG_DECISION_ENTITY,
      entityId: id,
      orgId: org.id,
      after: { ...input, orgName: org.name },
    });
    return id;
  });
  return getOrgDecision(deps, ctx, id);
}

export async function getOrgDecision(deps: Deps, ctx: RequestCtx, id: number): Promise<OrgDisciplineJson> {
  const actor = authorize(ctx, 'discipline.read');
  const db = deps.database.db;
  const row = await q.byId(db, id, actor);
  if (!row) throw notFound('Quyết định kỷ luật');
  return (await present(db, ctx, [row]))[0] as OrgDisciplineJson;
}

/** The decisions on a unit and the units below it, as the account sees them (the unit's record). */
export async function listOrgDecisions(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof orgDisciplineListQuery>,
): Promise<{ items: OrgDisciplineJson[] }> {
  const actor = authorize(ctx, 'discipline.read');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  return { items: await present(db, ctx, await q.list(db, actor, { path: unit.path, limit: f.limit })) };
}

/**
 * The decisions on one unit made on or before a day: the awards area's check of a collective's
 * proposal keeps those in force in the years it counts. Like the members' (decisionsBetween), it counts
 * every decision whatever its secrecy, and its callers name only the form and the day.
 */
export async function orgDecisionsUpTo(
  db: Db,
  ctx: RequestCtx,
  f: { orgId: number; to: string },
): Promise<{ form: OrgForm; formLabel: string; decidedOn: string }[]> {
  authorizeWho(ctx, 'discipline.read');
  const found = await q.ofOrgUpTo(db, f.orgId, f.to);
  return found.map((r) => ({
    form: r.form as OrgForm,
    formLabel: ORG_FORM_LABELS[r.form as OrgForm],
    decidedOn: r.decided_on,
  }));
}
