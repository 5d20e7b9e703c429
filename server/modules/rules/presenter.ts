// JSON shapes of the rules facility: a version, and a rule of the catalogue with the version in
// force today, its source and its history.
import { z } from '@hono/zod-openapi';
import type { RuleDef } from '../../../domain/rules/catalog.ts';
import { newestFirst, versionInForce } from '../../../domain/rules/in-force.ts';
import { toIso } from '../../db/sql.ts';
import type { VersionRow } from './queries.ts';

const date = () => z.string().openapi({ format: 'date' });

export const RuleVersion = z
  .object({
    id: z.number().int(),
    key: z.string(),
    /** Checked by the rule's own schema when it was added. */
    value: z.unknown(),
    source: z.string(),
    effectiveFrom: date(),
    note: z.string().nullable(),
    /** The software's default, stored at the first start. */
    isDefault: z.boolean(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('RuleVersion');
export type RuleVersion = z.infer<typeof RuleVersion>;

const RuleField = z.object({
  name: z.string(),
  label: z.string(),
  unit: z.string(),
  min: z.number(),
  max: z.number(),
});

export const RuleForm = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('number'),
      label: z.string(),
      unit: z.string(),
      min: z.number(),
      max: z.number(),
    }),
    z.object({ kind: z.literal('fields'), fields: z.array(RuleField) }),
    z.object({ kind: z.literal('criteria') }),
  ])
  .openapi('RuleForm');

export const RuleJson = z
  .object({
    key: z.string(),
    area: z.string(),
    label: z.string(),
    description: z.string(),
    /** Whether a public source confirms the software's default ("to verify" otherwise). */
    verified: z.boolean(),
    form: RuleForm,
    defaultValue: z.unknown(),
    /** The version in force on `on` (today unless asked). */
    inForce: RuleVersion.or(z.null()),
    /** Every version, newest first (versions that take effect later come first). */
    versions: z.array(RuleVersion),
  })
  .openapi('Rule');
export type RuleJson = z.infer<typeof RuleJson>;

export const RuleList = z.object({ on: date(), items: z.array(RuleJson) }).openapi('RuleList');
export type RuleList = z.infer<typeof RuleList>;

export function presentVersion(r: VersionRow): RuleVersion {
  return {
    id: Number(r.id),
    key: r.rule_key,
    value: r.value,
    source: r.source,
    effectiveFrom: r.effective_from,
    note: r.note,
    isDefault: r.is_default,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
  };
}

export function presentRule(def: RuleDef, rows: readonly VersionRow[], on: string): RuleJson {
  const versions = newestFirst(rows.map(presentVersion));
  return {
    key: def.key,
    area: def.area,
    label: def.label,
    description: def.description,
    verified: def.verified,
    form: def.form,
    defaultValue: def.defaultValue,
    inForce: versionInForce(versions, on) ?? null,
    versions,
  };
}
