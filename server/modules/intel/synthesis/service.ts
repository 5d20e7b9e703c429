// The synthesis of lower units' reports for a period (docs/intel.md): a draft report for the standing
// committee in Word — counts by category and by place (the units directly below), the severe items
// quoted, the open hot issues — read with the account's access rule.
import { isUnder } from '../../../../domain/access.ts';
import { ISSUE_STATUS_LABELS, type IssueStatus, SEVERE_FROM } from '../../../../domain/intel/labels.ts';
import type { synthesisQuery } from '../../../../domain/intel/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Deps } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { placeOf } from '../../orgs/service.ts';
import * as iq from '../issues/queries.ts';
import * as q from './queries.ts';
import { type SynthesisInput, synthesisDocx } from './word.ts';

const MAX_DAYS = 366;
const MAX_SEVERE = 60;

export async function synthesis(deps: Deps, ctx: RequestCtx, f: z.infer<typeof synthesisQuery>) {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  if ((Date.parse(f.to) - Date.parse(f.from)) / 86_400_000 > MAX_DAYS) {
    throw new RuleError('period_too_long', 'Kỳ tổng hợp dài nhất một năm.');
  }
  const period = { path: unit.path, from: f.from, to: f.to };
  const [counts, severe, senders, children, issues, place, parent] = await Promise.all([
    q.counts(db, actor, period),
    q.severe(db, actor, { ...period, from3: SEVERE_FROM, limit: MAX_SEVERE }),
    q.senders(db, actor, { ...period, orgId: unit.id }),
    q.children(db, unit.id),
    iq.openWithin(db, actor, unit.path),
    placeOf(db, ctx, unit.id),
    unit.parent_id === null ? Promise.resolve([]) : q.unitName(db, unit.parent_id),
  ]);
  const byCategory = new Map<string, SynthesisInput['categories'][number]>();
  const byPlace = new Map<string, { name: string; n: number; severe: number; cats: Map<string, number> }>();
  for (const c of counts) {
    const cat = byCategory.get(c.category) ?? { name: c.category_name, n: 0, people: 0, severe: 0 };
    cat.n += c.n;
    cat.people += c.people;
    cat.severe += c.severe;
    byCategory.set(c.category, cat);
    const child = children.find((ch) => isUnder(c.place_path, ch.path));
    const key = child ? child.path : unit.path;
    const pl = byPlace.get(key) ?? { name: child?.name ?? unit.name, n: 0, severe: 0, cats: new Map() };
    pl.n += c.n;
    pl.severe += c.severe;
    pl.cats.set(c.category_name, (pl.cats.get(c.category_name) ?? 0) + c.n);
    byPlace.set(key, pl);
  }
  const input: SynthesisInput = {
    superiorName: parent[0]?.name ?? null,
    orgName: unit.name,
    place,
    from: f.from,
    to: f.to,
    categories: [...byCategory.values()],
    places: [...byPlace.values()]
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'vi'))
      .map((p) => ({
        name: p.name,
        n: p.n,
        severe: p.severe,
        top: [...p.cats.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
      })),
    severe: severe.map((s) => ({
      summary: s.summary,
      severity: s.severity,
      occurredOn: s.occurred_on,
      placeName: s.place_name,
      categoryName: s.category_name,
      people: s.people,
    })),
    issues: issues.map((s) => ({
      title: s.title,
      placeName: s.place_name,
      categoryName: s.category_name,
      statusLabel: ISSUE_STATUS_LABELS[s.status as IssueStatus],
      severity: s.severity,
    })),
    reportingUnits: senders.length,
    reports: senders.reduce((a, s) => a + s.reports, 0),
  };
  return { body: await synthesisDocx(input), name: `tong-hop-tinh-hinh-${f.from}-${f.to}.docx` };
}
