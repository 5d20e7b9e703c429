// The shape of a run's results (bench/results/<date>-<backend>-<scale>.json), the targets of the
// issue, and the table the benchmark prints. Targets are goals to report, never assertions.
import type { ExchangeResult } from '../measure-exchange.ts';
import type { GrepResult } from '../measure-grep.ts';
import type { LoadRun, OpenRun } from '../measure-http.ts';
import type { ImportResult } from '../measure-import.ts';
import type { SearchSide } from '../measure-search.ts';
import type { TreeBrowserResult } from '../measure-tree-browser.ts';
import type { RandomResult } from '../phases.ts';
import type { Summary } from './stats.ts';

export interface BackendResult {
  version: 1;
  date: string;
  backend: 'embedded' | 'postgres';
  scale: { name: string; fraction: number };
  seed: number;
  machine: Record<string, string | number>;
  versions: Record<string, string>;
  counts: Record<string, number>;
  load: {
    steps: { table: string; rows: number; seconds: number }[];
    indexSeconds: number;
    analyzeSeconds: number;
    totalSeconds: number;
    benchRssMb?: number;
  };
  dbSizeMb: number | null;
  coldStartMs: number;
  warmStartMs: number | null;
  search: Record<
    'clerk' | 'leader',
    { user: string; api: SearchSide; raw: SearchSide; ratio: number }
  > | null;
  matches: { label: string; matches: number; share: number }[];
  /** The random query set of this run (bench/random-queries.ts), through the API. */
  searchRandom?: RandomResult;
  rollup: Record<'root' | 'ward', Summary> | null;
  badges: (Summary & { items: number }) | null;
  arrears: (Summary & { items: number }) | null;
  cached: LoadRun[];
  /** Results before December 2026: 200 connections in a closed loop (replaced by the two below). */
  mixed?: LoadRun | null;
  /** A closed loop of 50 connections on the office mix (bench/measure-http.ts MIX). */
  saturation?: LoadRun | null;
  /** 200 users each sending a request of the mix every 3–6 s (an open model). */
  users200?: OpenRun | null;
  serverMemory: { rssMb: number; peakMb: number } | null;
  import: ImportResult | null;
  grep: GrepResult[];
  /** The organisation page in Chromium (bench/measure-tree-browser.ts); null when skipped. */
  treeBrowser?: TreeBrowserResult | null;
  /** Packages between two installations over HTTP (docs/exchange.md). */
  exchange?: ExchangeResult | null;
  notes: string[];
  /** Where the run stopped, when it did not finish (PGlite beyond its memory). */
  failure?: { phase: string; message: string };
}

export interface Check {
  label: string;
  value: string;
  target: string;
  met: boolean | null;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : `${x} ms`);

/** Each figure with its target; `pgSearchP95` is PostgreSQL's at the same scale, for PGlite's 2× rule. */
export function checks(r: BackendResult, pgSearchP95?: number): Check[] {
  const out: Check[] = [];
  const add = (label: string, value: string, target: string, met: boolean | null) =>
    out.push({ label, value, target, met });
  for (const who of ['clerk', 'leader'] as const) {
    const s = r.search?.[who];
    if (!s) continue;
    const name = who === 'clerk' ? 'văn thư Thành ủy / city clerk' : 'lãnh đạo phường / ward leader';
    add(`Tìm kiếm API p50 / search API p50 — ${name}`, ms(s.api.all.p50), '≤ 30 ms', s.api.all.p50 <= 30);
    add(`Tìm kiếm API p95 / search API p95 — ${name}`, ms(s.api.all.p95), '≤ 100 ms', s.api.all.p95 <= 100);
    add(`Tìm kiếm API max / search API max — ${name}`, ms(s.api.all.max), '', null);
    add(`SQL thuần p95 / raw SQL p95 — ${name}`, ms(s.raw.all.p95), '', null);
    add(`API/SQL thuần / API/raw — ${name}`, s.ratio.toFixed(2), '≤ 1.3', s.ratio <= 1.3);
    const rnd = r.searchRandom?.[who];
    if (rnd) {
      add(
        `Tìm kiếm ngẫu nhiên p50 / random set p50 — ${name}`,
        ms(rnd.all.p50),
        '≤ 30 ms',
        rnd.all.p50 <= 30,
      );
      add(
        `Tìm kiếm ngẫu nhiên p95 / random set p95 — ${name}`,
        ms(rnd.all.p95),
        '≤ 100 ms',
        rnd.all.p95 <= 100,
      );
      add(`Tìm kiếm ngẫu nhiên max / random set max — ${name}`, ms(rnd.all.max), '', null);
    }
    if (r.backend === 'embedded' && pgSearchP95 !== undefined && who === 'clerk')
      add(
        'PGlite / PostgreSQL (search p95)',
        (s.api.all.p95 / pgSearchP95).toFixed(2),
        '≤ 2',
        s.api.all.p95 <= 2 * pgSearchP95,
      );
  }
  for (const g of r.grep)
    add(`${g.tool} -ril (${g.folder}) p50 / p95`, `${g.all.p50} / ${g.all.p95} ms`, '', null);
  if (r.rollup) {
    add(
      'Tổng hợp nhiệm vụ gốc / roll-up root p95',
      ms(r.rollup.root.p95),
      '≤ 200 ms',
      r.rollup.root.p95 <= 200,
    );
    add(
      'Tổng hợp nhiệm vụ phường / roll-up ward p95',
      ms(r.rollup.ward.p95),
      '≤ 200 ms',
      r.rollup.ward.p95 <= 200,
    );
  }
  if (r.badges)
    add(
      `Huy hiệu Đảng toàn thành phố, một trang / city badge list, one page p95 (${r.badges.items} rows)`,
      ms(r.badges.p95),
      '≤ 500 ms',
      r.badges.p95 <= 500,
    );
  if (r.arrears) add(`Nợ đảng phí / fee arrears p95 (${r.arrears.items} rows)`, ms(r.arrears.p95), '', null);
  if (r.exchange) {
    const x = r.exchange;
    add(
      `Liên thông A→B / exchange A→B (${x.packages} gói / packages)`,
      `${x.perSecond} gói/s (${x.seconds} s)`,
      '',
      null,
    );
    add(
      'Liên thông trạng thái B→A / status B→A',
      `${x.statusPerSecond} gói/s (${x.statusSeconds} s)`,
      '',
      null,
    );
    add(
      'Liên thông mất, trùng / exchange lost, doubled',
      `${x.lost + x.statusesLost}, ${x.doubled}`,
      '0, 0',
      x.lost === 0 && x.doubled === 0 && x.statusesLost === 0,
    );
  }
  if (r.import) {
    add(
      `Nhập Excel / import ${r.import.rows} rows`,
      `${r.import.seconds} s`,
      '≤ 90 s',
      r.import.exitCode === 0 && r.import.seconds <= 90,
    );
    add(
      'Nhập Excel RSS đỉnh / import peak RSS',
      `${r.import.peakRssMb} MB`,
      '≤ 1024 MB',
      r.import.peakRssMb <= 1024,
    );
  }
  for (const c of r.cached) add(`${c.label} req/s`, String(c.reqPerSec), '≥ 2000', c.reqPerSec >= 2000);
  if (r.saturation) {
    const pgCity = r.backend === 'postgres' && r.scale.fraction >= 1;
    add(
      'Bão hòa, 50 kết nối / saturation, 50 connections (req/s)',
      String(r.saturation.reqPerSec),
      pgCity ? '≥ 400' : '',
      pgCity ? r.saturation.reqPerSec >= 400 : null,
    );
    add(
      'Bão hòa lỗi / saturation errors (non-2xx)',
      `${r.saturation.errors} (${r.saturation.non2xx})`,
      '0',
      r.saturation.errors + r.saturation.non2xx === 0,
    );
  }
  if (r.users200) {
    const u = r.users200;
    add('200 người làm việc p50 / 200 users working p50', ms(u.p50), '', null);
    add('200 người làm việc p95 / 200 users working p95', ms(u.p95), '≤ 300 ms', u.p95 <= 300);
    add('200 người làm việc max / 200 users working max', ms(u.max), '', null);
    add(
      `200 người làm việc lỗi / 200 users working errors (${u.requests} req)`,
      String(u.errors),
      '0',
      u.errors === 0,
    );
  }
  if (r.mixed) {
    add('200 người dùng p95 / 200 users p95', ms(r.mixed.p95), '≤ 300 ms', r.mixed.p95 <= 300);
    add(
      '200 người dùng lỗi / 200 users errors (non-2xx)',
      `${r.mixed.errors} (${r.mixed.non2xx})`,
      '0',
      r.mixed.errors + r.mixed.non2xx === 0,
    );
  }
  if (r.treeBrowser)
    add(
      `Trang Tổ chức, Chromium / org page first paint (tree shown), p50 of ${r.treeBrowser.passes}`,
      `${ms(r.treeBrowser.firstPaint.p50)} (${ms(r.treeBrowser.treeShown.p50)})`,
      '≤ 1000 ms',
      r.treeBrowser.firstPaint.p50 <= 1000,
    );
  add('Khởi động lần đầu / cold start', ms(Math.round(r.coldStartMs)), '', null);
  if (r.warmStartMs !== null)
    add('Khởi động lại / warm start', ms(Math.round(r.warmStartMs)), '≤ 5000 ms', r.warmStartMs <= 5000);
  if (r.serverMemory)
    add(
      'RSS máy chủ sau tải / server RSS after load (peak)',
      `${r.serverMemory.rssMb} MB (${r.serverMemory.peakMb} MB)`,
      '',
      null,
    );
  return out;
}

export function printTable(r: BackendResult, list: Check[]): string {
  const w = Math.max(...list.map((c) => c.label.length), 20);
  const lines = [
    `\n== ${r.backend === 'postgres' ? 'PostgreSQL' : 'PGlite'} · ${r.scale.name} · ${r.counts.documents ?? 0} văn bản / documents ==`,
    `${'Chỉ số / figure'.padEnd(w)}  ${'giá trị / value'.padEnd(22)}  ${'mục tiêu / target'.padEnd(12)}  đạt / met`,
  ];
  for (const c of list)
    lines.push(
      `${c.label.padEnd(w)}  ${c.value.padEnd(22)}  ${c.target.padEnd(12)}  ${c.met === null ? '' : c.met ? 'đạt / met' : 'CHƯA ĐẠT / missed'}`,
    );
  if (r.failure) lines.push(`Dừng ở / stopped at: ${r.failure.phase}: ${r.failure.message}`);
  return lines.join('\n');
}
