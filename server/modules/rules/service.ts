// The rules facility: regulation values as versioned data (domain/rules/catalog.ts lists them). The
// value in force on a date is the newest version that has taken effect by then; records that depend
// on a rule keep the id of the version they used (ruleVersion reads it back), so a later version
// never rewrites them. Administrators add versions; every one is checked by the rule's own schema
// and audited. The software's defaults are stored at start (ensureRuleDefaults, from bootstrap) and,
// should a database lack one (a backup of an older version restored), when it is first asked for.
import { todayVn } from '../../../domain/dates.ts';
import {
  DEFAULTS_FROM,
  isRuleKey,
  RULE_KEYS,
  RULES,
  type RuleDef,
  type RuleKey,
  type RuleValue,
  type ruleVersionBody,
} from '../../../domain/rules/catalog.ts';
import { describeIssues, type z } from '../../../domain/validation.ts';
import { type RequestCtx, whoOf } from '../../auth/actor.ts';
import { authorize, authorizeWho, signedIn } from '../../auth/authorize.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, ValidationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { presentRule, presentVersion, type RuleJson, type RuleList } from './presenter.ts';
import * as q from './queries.ts';

/** A version as other areas use it: its id (to keep on their record), its value, where it comes from. */
export interface RuleInForce<T> {
  versionId: number;
  key: RuleKey;
  value: T;
  source: string;
  effectiveFrom: string;
}

/** Names of the value's fields in messages ("Điểm tối đa (dòng 2): …"). */
const VALUE_LABELS: Record<string, string> = {
  value: 'Giá trị',
  criteria: 'Tiêu chí',
  grades: 'Mức xếp loại',
  code: 'Mã',
  label: 'Tên',
  maxPoints: 'Điểm tối đa',
  minPoints: 'Điểm tối thiểu',
};

function labelsOf(def: RuleDef): Record<string, string> {
  const fields = def.form.kind === 'fields' ? def.form.fields : [];
  return { ...VALUE_LABELS, ...Object.fromEntries(fields.map((f) => [f.name, f.label])) };
}

/** The value checked by the rule's schema; 400 naming the field otherwise. */
function checkedValue(def: RuleDef, value: unknown): unknown {
  const parsed = def.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ ...i, path: ['value', ...i.path] }));
  const labels = labelsOf(def);
  throw new ValidationError(describeIssues(issues, labels), {
    fields: issues.slice(0, 20).map((i) => ({
      path: i.path.map(String).join('.'),
      label: labels[String(i.path.filter((p) => typeof p === 'string').at(-1))] ?? 'Giá trị',
      message: i.message,
    })),
  });
}

function asInForce<K extends RuleKey>(key: K, row: q.VersionRow): RuleInForce<RuleValue<K>> {
  const parsed = (RULES[key] as RuleDef).schema.safeParse(row.value);
  // Versions are checked when stored; a row that no longer parses was written outside the app.
  if (!parsed.success) throw new Error(`rule version ${row.id} (${key}) does not match its schema`);
  return {
    versionId: Number(row.id),
    key,
    value: parsed.data as RuleValue<K>,
    source: row.source,
    effectiveFrom: row.effective_from,
  };
}

async function storeDefaults(db: Db, keys: readonly RuleKey[]): Promise<number> {
  let added = 0;
  for (const key of keys) {
    const def = RULES[key] as RuleDef;
    const stored = await q.insertDefault(db, {
      key,
      value: def.defaultValue,
      source: def.source,
      effectiveFrom: DEFAULTS_FROM,
    });
    if (stored) added++;
  }
  return added;
}

/**
 * Stores the catalogue's defaults that are not stored yet (at every start; idempotent, and two
 * servers starting together store each once). They are the software's values, not anyone's change:
 * no audit row; every version an administrator adds is audited.
 */
export async function ensureRuleDefaults(tx: Db, ctx: RequestCtx): Promise<number> {
  authorizeWho(ctx, 'rules.manage');
  return storeDefaults(tx, RULE_KEYS);
}

/**
 * The version of a rule in force on a date (`YYYY-MM-DD`), with its value checked by the schema.
 * Other areas call it inside their transaction and keep `versionId` on their record.
 */
export async function ruleInForce<K extends RuleKey>(
  db: Db,
  ctx: RequestCtx,
  key: K,
  on: string,
): Promise<RuleInForce<RuleValue<K>>> {
  whoOf(ctx);
  // A day before the defaults take effect (before the Party was founded: only a typing slip or a
  // probe) is judged by the first version rather than left without a rule.
  const day = on < DEFAULTS_FROM ? DEFAULTS_FROM : on;
  let row = await q.inForce(db, key, day);
  if (!row) {
    await storeDefaults(db, [key]);
    row = await q.inForce(db, key, day);
  }
  if (!row) throw new Error(`no version of rule ${key} in force on ${on}`);
  return asInForce(key, row);
}

/** A version a record keeps (by its id), checked to be of the rule the caller expects. */
export async function ruleVersion<K extends RuleKey>(
  db: Db,
  ctx: RequestCtx,
  versionId: number,
  key: K,
): Promise<RuleInForce<RuleValue<K>>> {
  whoOf(ctx);
  const row = await q.byId(db, versionId);
  if (!row || row.rule_key !== key) throw new Error(`rule version ${versionId} is not a version of ${key}`);
  return asInForce(key, row);
}

/** Every rule of the catalogue with the version in force on `on` (today), its source and history. */
export async function listRules(
  deps: Deps,
  ctx: RequestCtx,
  input: { on?: string | undefined },
): Promise<RuleList> {
  signedIn(ctx);
  const on = input.on ?? todayVn();
  const rows = await q.versions(deps.database.db);
  return {
    on,
    items: RULE_KEYS.map((key) =>
      presentRule(
        RULES[key] as RuleDef,
        rows.filter((r) => r.rule_key === key),
        on,
      ),
    ),
  };
}

/** Adds a version of a rule (admins): the value must pass the rule's schema (400, nothing stored). */
export async function addVersion(
  deps: Deps,
  ctx: RequestCtx,
  key: string,
  input: z.infer<typeof ruleVersionBody>,
): Promise<RuleJson> {
  const actor = authorize(ctx, 'rules.manage');
  if (!isRuleKey(key)) throw notFound('Quy định');
  const def = RULES[key] as RuleDef;
  const value = checkedValue(def, input.value);
  return transact(deps, async (tx) => {
    await storeDefaults(tx, [key]);
    const id = await q.insert(tx, {
      key,
      value,
      source: input.source,
      effectiveFrom: input.effectiveFrom,
      note: input.note || null,
      by: actor.userId,
    });
    const added = presentVersion((await q.byId(tx, id)) as q.VersionRow);
    await recordAudit(tx, ctx, {
      action: 'rule.version',
      entity: 'rule',
      entityId: id,
      after: added,
    });
    return presentRule(def, await q.versions(tx, [key]), todayVn());
  });
}

/** Every version of a rule, parsed (a report over a year picks the one in force on each period's day). */
export async function ruleVersions<K extends RuleKey>(
  db: Db,
  ctx: RequestCtx,
  key: K,
): Promise<RuleInForce<RuleValue<K>>[]> {
  whoOf(ctx);
  let found = await q.versions(db, [key]);
  if (found.length === 0) {
    await storeDefaults(db, [key]);
    found = await q.versions(db, [key]);
  }
  return found.map((r) => asInForce(key, r));
}
