// `node --import tsx bench/render.ts FILE.json …`: the chart docs/benchmarks-search.svg (search p95 per
// query, per backend and user) and the Markdown tables of docs/benchmarks.md, from the result files.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BackendResult, checks } from './lib/result.ts';
import { ROOT } from './lib/server.ts';
import { barChart, type Series } from './svg.ts';

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: bench/render.ts RESULT.json …');
const results = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BackendResult);
const name = (r: BackendResult) => `${r.backend === 'postgres' ? 'PostgreSQL' : 'PGlite'} ${r.scale.name}`;
const colors = ['#1f5fa8', '#6fa8dc', '#b45f06', '#f6b26b', '#38761d', '#93c47d'];

const withSearch = results.filter((r) => r.search);
const labels = withSearch[0]?.search?.clerk.api.perQuery.map((q) => q.label) ?? [];
const series: Series[] = [];
for (const r of withSearch)
  for (const who of ['clerk', 'leader'] as const)
    series.push({
      name: `${name(r)} — ${who === 'clerk' ? 'văn thư TU' : 'lãnh đạo phường'}`,
      color: colors[series.length % colors.length] as string,
      values: r.search?.[who].api.perQuery.map((q) => q.p95) ?? [],
    });
const svg = barChart({
  title: 'Tìm kiếm văn bản qua API, p95 theo truy vấn / document search p95 per query',
  labels,
  series,
  target: 100,
});
writeFileSync(path.join(ROOT, 'docs/benchmarks-search.svg'), svg);

const pg = results.find((r) => r.backend === 'postgres');
const out: string[] = [];
// Side by side: every figure of every result file, with its target and whether each one meets it.
const table = results.map((r) =>
  checks(r, pg && pg.scale.name === r.scale.name ? pg.search?.clerk.api.all.p95 : undefined),
);
const rowLabels = [...new Set(table.flat().map((c) => c.label))];
out.push(
  `| figure | target | ${results.map(name).join(' | ')} |`,
  `| --- | --- |${results.map(() => ' --- |').join('')}`,
);
for (const label of rowLabels) {
  const cells = table.map((list) => list.find((c) => c.label === label));
  const target = cells.find((c) => c?.target)?.target ?? '';
  const shown = cells.map((c) =>
    c ? `${c.value}${c.met === false ? ' **missed**' : c.met ? ' ✓' : ''}` : '—',
  );
  out.push(`| ${label} | ${target} | ${shown.join(' | ')} |`);
}
for (const r of results) {
  const list = checks(r, pg && pg.scale.name === r.scale.name ? pg.search?.clerk.api.all.p95 : undefined);
  out.push(
    `\n#### ${name(r)} (${r.date.slice(0, 10)})\n`,
    '| figure | value | target | met |',
    '| --- | --- | --- | --- |',
  );
  for (const c of list)
    out.push(
      `| ${c.label} | ${c.value} | ${c.target} | ${c.met === null ? '' : c.met ? 'met' : '**missed**'} |`,
    );
  out.push(
    '',
    `Load: ${r.load.totalSeconds} s in all (indexes rebuilt ${r.load.indexSeconds} s, VACUUM ANALYZE ${r.load.analyzeSeconds} s); database ${r.dbSizeMb} MB; benchmark process peak RSS while loading ${r.load.benchRssMb} MB.`,
  );
  out.push('', '| table | rows | seconds |', '| --- | --- | --- |');
  for (const s of r.load.steps) out.push(`| ${s.table} | ${s.rows} | ${s.seconds} |`);
  if (r.search) {
    out.push(
      '',
      '| query | matches (share) | clerk API p50 / p95 | clerk raw p50 | ward API p50 / p95 | ward raw p50 |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    r.search.clerk.api.perQuery.forEach((q, i) => {
      const m = r.matches[i];
      const cr = r.search?.clerk.raw.perQuery[i];
      const la = r.search?.leader.api.perQuery[i];
      const lr = r.search?.leader.raw.perQuery[i];
      out.push(
        `| ${q.label} | ${m?.matches} (${m?.share}%) | ${q.p50} / ${q.p95} | ${cr?.p50} | ${la?.p50} / ${la?.p95} | ${lr?.p50} |`,
      );
    });
  }
  if (r.searchRandom) {
    const rs = r.searchRandom;
    out.push(
      '',
      `Random query set (seed ${rs.seed}): API p50 / p95 / max per band, ms (second pages followed a cursor).`,
      '',
      '| band | clerk p50 / p95 / max | ward leader p50 / p95 / max |',
      '| --- | --- | --- |',
    );
    const fmt = (x?: { p50: number; p95: number; max: number; n: number }) =>
      x && x.n > 0 ? `${x.p50} / ${x.p95} / ${x.max} (${x.n})` : '—';
    for (const b of rs.clerk.bands)
      out.push(
        `| ${b.band} | ${fmt(b.summary)} | ${fmt(rs.leader.bands.find((x) => x.band === b.band)?.summary)} |`,
      );
    out.push(`| **all** | ${fmt(rs.clerk.all)} | ${fmt(rs.leader.all)} |`);
  }
  for (const g of r.grep) {
    out.push(
      '',
      `${g.tool} over ${g.folder}: p50 ${g.all.p50} ms, p95 ${g.all.p95} ms, max ${g.all.max} ms; diacritic-free queries it missed: ${g.missedNoDiacritics}.`,
    );
    out.push('', '| query | files | p50 ms |', '| --- | --- | --- |');
    for (const q of g.perQuery) out.push(`| ${q.label} | ${q.files} | ${q.p50} |`);
  }
  if (r.saturation)
    out.push(
      '',
      `Saturation (50 connections, office mix): ${r.saturation.requests} requests in ${r.saturation.seconds} s (${r.saturation.reqPerSec} req/s), p50 ${r.saturation.p50} ms, p95 ${r.saturation.p95} ms, max ${r.saturation.max} ms.`,
    );
  if (r.users200)
    out.push(
      '',
      `200 users working (one request every 3–6 s): ${r.users200.requests} requests in ${r.users200.seconds} s, p50 ${r.users200.p50} ms, p95 ${r.users200.p95} ms, max ${r.users200.max} ms, ${r.users200.errors} errors.`,
    );
  if (r.mixed)
    out.push(
      '',
      `Mixed workload: ${r.mixed.requests} requests in ${r.mixed.seconds} s (${r.mixed.reqPerSec} req/s), p50 ${r.mixed.p50} ms, p95 ${r.mixed.p95} ms, max ${r.mixed.max} ms.`,
    );
  if (r.failure) out.push('', `**Stopped at ${r.failure.phase}:** ${r.failure.message}`);
}
process.stdout.write(`${out.join('\n')}\n`);
