// The overview for the committee above (tổng hợp sinh hoạt chi bộ): for every chi bộ of a unit's
// subtree in a year, which met and when, the attendance rate, and the months without a regular
// meeting and the quarters without a thematic one by the frequency rule in force in each period (a
// period is judged once it is over and when it lies wholly in the unit's life). JSON and Excel.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { unitGaps } from '../../../../domain/meetings/rules.ts';
import { versionInForce } from '../../../../domain/rules/in-force.ts';
import { compareVi } from '../../../../domain/text.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import type { Deps } from '../../../deps.ts';
import { ruleVersions } from '../../rules/service.ts';
import { visibleCondition } from '../record.ts';
import { fileName, sheetXlsx } from '../xlsx.ts';
import type { MeetingsOverview, OverviewUnit } from './presenter.ts';
import * as q from './queries.ts';

const REFUSAL = 'Tổng hợp sinh hoạt chi bộ dành cho cấp ủy và cán bộ văn phòng.';

export async function overview(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number },
): Promise<MeetingsOverview> {
  const actor = authorize(ctx, 'meeting.manage', REFUSAL);
  const db = deps.database.db;
  const top = await unitInScope(db, actor, f.orgId);
  const ids = await scopeUnitIds(db, actor, top.id);
  const [units, held, frequency] = await Promise.all([
    q.units(db, ids, f.year),
    q.meetings(db, await visibleCondition(db, ctx, actor), ids, f.year),
    ruleVersions(db, ctx, 'meetings.frequency'),
  ]);
  const versions = frequency.map((v) => ({ ...v, id: v.versionId }));
  const today = todayVn();
  const items: OverviewUnit[] = units
    .sort((a, b) => compareVi(a.name, b.name))
    .map((u) => {
      const mine = held.filter((m) => Number(m.org_id) === Number(u.id));
      const present = mine.reduce((a, m) => a + m.present, 0);
      const expected = mine.reduce((a, m) => a + m.expected, 0);
      const scored = mine.filter((m) => m.quality_total !== null);
      const gaps = unitGaps({
        year: f.year,
        activeFrom: u.valid_from,
        activeTo: u.valid_to,
        today,
        meetings: mine.map((m) => ({ meetingOn: m.meeting_on, kind: m.kind, combined: m.combined })),
        frequencyOn: (day) =>
          (versionInForce(versions, day) ?? versions[versions.length - 1])?.value ?? {
            regularPerMonth: 1,
            thematicPerQuarter: 1,
          },
      });
      return {
        orgId: Number(u.id),
        orgName: u.name,
        meetings: mine.length,
        held: mine.filter((m) => m.meeting_on <= today).length,
        regular: mine.filter((m) => m.kind === 'regular' || m.combined).length,
        thematic: mine.filter((m) => m.kind === 'thematic' || m.combined).length,
        dates: mine.map((m) => m.meeting_on),
        present,
        expected,
        attendanceRate: expected === 0 ? null : present / expected,
        qualityAverage:
          scored.length === 0
            ? null
            : Math.round((scored.reduce((a, m) => a + (m.quality_total ?? 0), 0) / scored.length) * 10) / 10,
        ...gaps,
      };
    });
  const inForce = versionInForce(versions, today);
  return { orgId: top.id, orgName: top.name, year: f.year, frequencySource: inForce?.source ?? '', items };
}

export async function overviewXlsx(deps: Deps, ctx: RequestCtx, f: { orgId: number; year: number }) {
  authorize(ctx, 'meeting.manage', REFUSAL);
  const o = await overview(deps, ctx, f);
  const body = await sheetXlsx({
    name: `Tổng hợp ${f.year}`,
    caption: [`TỔNG HỢP SINH HOẠT CHI BỘ NĂM ${f.year}`, o.orgName, `Căn cứ: ${o.frequencySource}`],
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Chi bộ', width: 34 },
      { header: 'Số cuộc', width: 8 },
      { header: 'Thường kỳ', width: 10 },
      { header: 'Chuyên đề', width: 10 },
      { header: 'Ngày sinh hoạt', width: 40 },
      { header: 'Tỷ lệ tham dự', width: 10, percent: true },
      { header: 'Điểm chất lượng bình quân', width: 12 },
      { header: 'Tháng không sinh hoạt thường kỳ', width: 18 },
      { header: 'Quý không sinh hoạt chuyên đề', width: 16 },
    ],
    rows: o.items.map((u, i) => [
      i + 1,
      u.orgName,
      u.meetings,
      u.regular,
      u.thematic,
      u.dates.map((d) => formatDateVi(d)).join(', '),
      u.attendanceRate,
      u.qualityAverage,
      u.monthsWithoutRegular.join(', '),
      u.quartersWithoutThematic.map((x) => `Quý ${x}`).join(', '),
    ]),
  });
  return { name: fileName(`Tổng hợp sinh hoạt chi bộ ${f.year} - ${o.orgName}`, 'xlsx'), body };
}
