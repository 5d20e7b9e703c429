// Early warning of hot issues (docs/intel.md): the counts of a subtree read once, the parameters
// in force on the day (rules intel.detector and intel.neighbours), and domain/intel/warnings.ts
// deciding. The series endpoint gives the weekly counts a warning rests on, for the chart.
import { addDays, todayVn } from '../../../../domain/dates.ts';
import { windowWeeks } from '../../../../domain/intel/detector.ts';
import { detectorParams, neighbourParams } from '../../../../domain/intel/params.ts';
import type { seriesQuery, warningsQuery } from '../../../../domain/intel/schemas.ts';
import { computeWarnings, weekRanges } from '../../../../domain/intel/warnings.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { resolvedScope, unitInScope } from '../../../auth/scope.ts';
import type { Deps } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { ruleInForce } from '../../rules/service.ts';
import { categoryNames, requireCategory } from '../service.ts';
import { type IntelSeries, presentWarning } from './presenter.ts';
import * as q from './queries.ts';

export async function warnings(deps: Deps, ctx: RequestCtx, f: z.infer<typeof warningsQuery>) {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const on = f.on ?? addDays(todayVn(), 1);
  if (on > addDays(todayVn(), 1)) throw new RuleError('date_in_future', 'Ngày xét chưa đến.');
  const detector = detectorParams((await ruleInForce(db, ctx, 'intel.detector', on)).value);
  const neighbours = neighbourParams((await ruleInForce(db, ctx, 'intel.neighbours', on)).value);
  const scope = await resolvedScope(db, actor);
  const [units, counts, since, recurred, categories] = await Promise.all([
    q.units(db, unit.id),
    q.weekCounts(db, { orgId: unit.id, on, ranges: weekRanges(detector), scope, viewer: actor }),
    q.since(db),
    q.recurred(db, {
      orgId: unit.id,
      from: addDays(on, -detector.windowDays),
      viewer: actor,
      scope,
    }),
    categoryNames(db, ctx),
  ]);
  const items = computeWarnings({
    on,
    units: units.map((u) => ({
      id: Number(u.id),
      parentId: u.parent_id === null ? null : Number(u.parent_id),
      name: u.name,
      active: u.active,
      mergedInto: u.merged_into === null ? null : Number(u.merged_into),
    })),
    counts: counts.map((c) => ({ orgId: Number(c.org_id), category: c.category, week: c.week, n: c.n })),
    since: since.map((s) => ({ orgId: Number(s.org_id), since: s.since })),
    categories,
    recurred: recurred.map((r) => ({
      id: Number(r.id),
      title: r.title,
      orgId: Number(r.org_id),
      category: r.category,
      resolvedOn: r.resolved_on,
      recurredOn: r.recurred_on,
    })),
    detector,
    neighbours,
  });
  return {
    orgId: unit.id,
    on,
    windowDays: detector.windowDays,
    baselineWeeks: detector.baselineWeeks,
    items: items.map(presentWarning),
  };
}

export async function series(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof seriesQuery>,
): Promise<IntelSeries> {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const categoryName = await requireCategory(db, ctx, f.category);
  const on = f.on ?? addDays(todayVn(), 1);
  const p = detectorParams((await ruleInForce(db, ctx, 'intel.detector', on)).value);
  const w = windowWeeks(p);
  const weeks = Math.max(f.weeks ?? 52, w + p.baselineWeeks);
  const scope = await resolvedScope(db, actor);
  const counts = new Map(
    (
      await q.series(db, {
        orgId: unit.id,
        category: f.category,
        on,
        weeks,
        scope,
        viewer: actor,
      })
    ).map((r) => [r.week, r.n]),
  );
  const points = [];
  let baselineTotal = 0;
  for (let k = weeks - 1; k >= 0; k--) {
    const n = counts.get(k) ?? 0;
    const part = k < w ? 'window' : k < w + p.baselineWeeks ? 'baseline' : 'before';
    if (part === 'baseline') baselineTotal += n;
    points.push({ weekStart: addDays(on, -7 * (k + 1)), weekEnd: addDays(on, -7 * k - 1), n, part } as const);
  }
  return {
    orgId: unit.id,
    orgName: unit.name,
    category: f.category,
    categoryName,
    on,
    windowDays: p.windowDays,
    baselineWeeks: p.baselineWeeks,
    baselinePerWeek: Math.round((baselineTotal / p.baselineWeeks) * 100) / 100,
    points,
  };
}
