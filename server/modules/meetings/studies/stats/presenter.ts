// JSON shape of the statistics by unit: per row, how many expected members studied (at the session or
// at a make-up), how many have not, and their reflections.
import { compareVi } from '../../../../../domain/text.ts';
import { z } from '../../../../../domain/validation.ts';
import type { StatsRow } from './queries.ts';

const int = z.number().int();

const StudyStatsLine = z.object({
  expected: int,
  present: int,
  madeUp: int,
  notStudied: int,
  reflections: int,
  marked: int,
  passed: int,
});

export const StudyStats = z
  .object({
    orgId: int,
    orgName: z.string(),
    rows: z.array(
      StudyStatsLine.extend({
        orgId: int,
        orgName: z.string(),
        /** The unit's own members (not those of the units below it). */
        direct: z.boolean(),
        sessions: int,
      }),
    ),
    total: StudyStatsLine,
  })
  .openapi('StudyStats');
export type StudyStats = z.infer<typeof StudyStats>;

function line(r: Pick<StatsRow, 'expected' | 'present' | 'made_up' | 'reflections' | 'marked' | 'passed'>) {
  return {
    expected: r.expected,
    present: r.present,
    madeUp: r.made_up,
    notStudied: r.expected - r.present - r.made_up,
    reflections: r.reflections,
    marked: r.marked,
    passed: r.passed,
  };
}

export function presentStats(org: { id: number; name: string }, found: readonly StatsRow[]): StudyStats {
  const sum = (k: keyof StatsRow) => found.reduce((n, r) => n + Number(r[k]), 0);
  const rowsOut = found
    .filter((r) => r.expected > 0 || !r.direct)
    .map((r) => ({
      ...line(r),
      orgId: r.org_id,
      orgName: r.org_name,
      direct: r.direct,
      sessions: r.sessions,
    }))
    .sort((a, b) => Number(b.direct) - Number(a.direct) || compareVi(a.orgName, b.orgName));
  return {
    orgId: org.id,
    orgName: org.name,
    rows: rowsOut,
    total: line({
      expected: sum('expected'),
      present: sum('present'),
      made_up: sum('made_up'),
      reflections: sum('reflections'),
      marked: sum('marked'),
      passed: sum('passed'),
    }),
  };
}
