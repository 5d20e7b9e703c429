// The rule versions an election counts under: those in force on the day it was created, kept on the
// record (read back by id), and how they appear in a result.

import { RULES } from '../../../../domain/rules/catalog.ts';
import type { MajorityRule, SurplusRule, ValidityRule } from '../../../../domain/rules/congresses.ts';
import { TIE_RULE } from '../../../../domain/rules/congresses.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { type RuleInForce, ruleInForce, ruleVersion } from '../../rules/service.ts';
import type { ElectionRuleJson } from './presenter.ts';
import type { ElectionRow } from './queries.ts';

export interface ElectionRules {
  surplus: RuleInForce<SurplusRule>;
  majority: RuleInForce<MajorityRule>;
  validity: RuleInForce<ValidityRule>;
}

export async function rulesOn(db: Db, ctx: RequestCtx, on: string): Promise<ElectionRules> {
  return {
    surplus: await ruleInForce(db, ctx, 'congresses.candidate_surplus', on),
    majority: await ruleInForce(db, ctx, 'congresses.majority', on),
    validity: await ruleInForce(db, ctx, 'congresses.ballot_validity', on),
  };
}

export async function rulesOf(db: Db, ctx: RequestCtx, row: ElectionRow): Promise<ElectionRules> {
  return {
    surplus: await ruleVersion(db, ctx, row.surplus_rule_version_id, 'congresses.candidate_surplus'),
    majority: await ruleVersion(db, ctx, row.majority_rule_version_id, 'congresses.majority'),
    validity: await ruleVersion(db, ctx, row.validity_rule_version_id, 'congresses.ballot_validity'),
  };
}

export function rulesJson(r: ElectionRules): ElectionRuleJson[] {
  return [r.surplus, r.majority, r.validity].map((x) => ({
    key: x.key,
    label: RULES[x.key].label,
    value: x.value,
    source: x.source,
    versionId: x.versionId,
  }));
}

export const TIE_TEXT = `${TIE_RULE.text} (${TIE_RULE.source})`;
