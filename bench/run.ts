// `npm run bench -- --scale small|medium|large|city|<fraction> --backend embedded|postgres|both`
// For each backend: a fresh database, the cold start of the real server on it, the city generated and
// loaded, the raw-SQL floor, the warm start, then every measurement through HTTP, the Excel import by
// the CLI, and the grep comparison. Prints a table per backend and writes
// bench/results/<date>-<backend>-<scale>.json. Figures are reported, never asserted: the exit code
// is non-zero only when the benchmark itself fails.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type City, REF, scaleOf } from './generate.ts';
import { type BenchDb, openEmbedded, openPostgres } from './lib/db.ts';
import { machine } from './lib/machine.ts';
import { type BackendResult, checks, printTable } from './lib/result.ts';
import { memoryOf, ROOT, startServer, type Target } from './lib/server.ts';
import { cityOf, type LoadResult, loadCity } from './load.ts';
import { measureExchange } from './measure-exchange.ts';
import { grepFolder, ripgrepPath } from './measure-grep.ts';
import { actorOf, matchCounts, searchRaw } from './measure-search.ts';
import { measureOverHttp } from './phases.ts';
import { randomQueries } from './random-queries.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    backend: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '20261101' },
    work: { type: 'string', default: path.join(os.tmpdir(), 'vanphong-bench') },
    reps: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-import': { type: 'boolean', default: false },
    'no-grep': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
    /** Measure an existing PostgreSQL database (kept with --keep) instead of generating one. */
    'reuse-db': { type: 'string' },
    /** Only the search (fixed and random sets, raw SQL and API): no HTTP load, import or exchange. */
    'search-only': { type: 'boolean', default: false },
    /** Seed of the random query set; drawn anew each run when absent. */
    'search-seed': { type: 'string' },
  },
});

const scale = scaleOf(args.scale);
const seed = Number(args.seed);
const city = scale.fraction >= 0.3;
const reps = Number(args.reps ?? 3);
const backends =
  args.backend === 'both' ? (['postgres', 'embedded'] as const) : [args.backend as 'postgres' | 'embedded'];
if (!backends.every((b) => b === 'postgres' || b === 'embedded'))
  throw new Error('--backend: embedded | postgres | both');
const work = args.work;
const searchSeed = args['search-seed'] ? Number(args['search-seed']) : Math.floor(Math.random() * 2 ** 31);
process.stderr.write(`random query set: seed ${searchSeed} (--search-seed ${searchSeed} to draw it again)\n`);
if (args['reuse-db'] && (backends.length !== 1 || backends[0] !== 'postgres'))
  throw new Error('--reuse-db: PostgreSQL only (--backend postgres)');
mkdirSync(path.join(work, 'logs'), { recursive: true });
/** Bump when the generator's output changes, so that an older folder of texts is not reused. */
const DATA_VERSION = 2;
const corpusDir = path.join(work, `corpus-${scale.name}-${seed}-v${DATA_VERSION}`);
const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const stamp = new Date().toISOString().slice(0, 10);
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

async function prepare(
  backend: 'postgres' | 'embedded',
): Promise<{ target: Target; drop: () => Promise<void> }> {
  const dataDir = path.join(work, `data-${backend}-${scale.name}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  if (backend === 'embedded')
    return {
      target: { backend, dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  if (args['reuse-db']) {
    const u = new URL(adminUrl);
    u.pathname = `/${args['reuse-db']}`;
    return { target: { backend, dataDir, url: u.toString() }, drop: async () => {} };
  }
  const name = `vanphong_bench_${scale.name.replace(/\W/g, '_')}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    target: { backend, dataDir, url: u.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function latestPgSearchP95(): number | undefined {
  if (!existsSync(args.out)) return undefined;
  const f = readdirSync(args.out)
    .filter((x) => x.endsWith(`-postgres-${scale.name}.json`))
    .sort()
    .pop();
  if (!f) return undefined;
  const r = JSON.parse(readFileSync(path.join(args.out, f), 'utf8')) as BackendResult;
  return r.search?.clerk.api.all.p95;
}

async function runBackend(backend: 'postgres' | 'embedded', pgP95?: number): Promise<BackendResult> {
  const { target, drop } = await prepare(backend);
  const logFile = path.join(work, 'logs', `${backend}-${scale.name}-server.log`);
  writeFileSync(logFile, '');
  const r: BackendResult = {
    version: 1,
    date: new Date().toISOString(),
    backend,
    scale: { name: scale.name, fraction: scale.fraction },
    seed,
    machine: machine(),
    versions: {},
    counts: {},
    load: { steps: [], indexSeconds: 0, analyzeSeconds: 0, totalSeconds: 0 },
    dbSizeMb: null,
    coldStartMs: 0,
    warmStartMs: null,
    search: null,
    matches: [],
    rollup: null,
    badges: null,
    arrears: null,
    cached: [],
    saturation: null,
    users200: null,
    serverMemory: null,
    import: null,
    grep: [],
    notes: [
      `data dated up to ${REF}; load average at start ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    ],
  };
  let phase = 'cold start';
  let bdb: BenchDb | undefined;
  try {
    let loaded: LoadResult | null = null;
    let units: City | null = null;
    if (args['reuse-db']) {
      // An existing database (kept by an earlier run): no cold start, no load; the counts as found.
      bdb = await openPostgres(target.url as string);
      for (const t of ['orgs', 'documents', 'tasks', 'members']) {
        const [c] = await bdb.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`);
        r.counts[t] = Number(c?.n ?? 0);
      }
      units = await cityOf(bdb, scale, seed);
      r.notes.push(`measured on the existing database ${args['reuse-db']} (--reuse-db): no load in this run`);
    } else {
      log(`${backend}: cold start on an empty database`);
      const cold = await startServer(target, logFile);
      r.coldStartMs = Math.round(cold.startMs);
      await cold.stop();

      phase = 'load';
      log(
        `${backend}: generating and loading ${scale.name} (${scale.documents} documents, ${scale.members} members, ${scale.tasks} tasks)`,
      );
      bdb =
        backend === 'postgres'
          ? await openPostgres(target.url as string)
          : await openEmbedded(target.dataDir);
      let peak = 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 500);
      loaded = await loadCity(bdb, { scale, seed, corpusDir: args['no-grep'] ? undefined : corpusDir });
      clearInterval(sampler);
      r.load = {
        steps: loaded.steps,
        indexSeconds: loaded.indexSeconds,
        analyzeSeconds: loaded.analyzeSeconds,
        totalSeconds: loaded.totalSeconds,
        // PGlite's COPY blocks the event loop, so the sampler misses peaks: VmHWM has the true one.
        benchRssMb: Math.max(Math.round(peak / 2 ** 20), memoryOf(process.pid)?.peakMb ?? 0),
      };
      r.counts = loaded.counts;
      units = loaded.city;
    }
    const [v] = await bdb.query<{ v: string; size: number | string }>(
      `SELECT version() AS v, pg_database_size(current_database()) AS size`,
    );
    r.versions = {
      node: process.version,
      database: String(v?.v).split(',')[0] ?? '',
      pglite: pgliteVersion(),
    };
    r.dbSizeMb = Math.round(Number(v?.size) / 2 ** 20);
    log(`${backend}: ${loaded ? `loaded in ${loaded.totalSeconds} s; ` : ''}database ${r.dbSizeMb} MB`);

    phase = 'raw SQL';
    const clerk = await actorOf(bdb, 'vanthu.tu');
    const leader = await actorOf(bdb, 'lanhdao.dv1');
    const rawClerk = await searchRaw(bdb, clerk, reps);
    const rawLeader = await searchRaw(bdb, leader, reps);
    r.matches = await matchCounts(bdb);
    await bdb.close();
    bdb = undefined;

    phase = 'warm start';
    const http = await measureOverHttp(
      {
        target,
        logFile,
        loaded,
        units,
        reps,
        scale,
        seed,
        work,
        city,
        // An existing database is measured as found: importing 450,000 members would change it.
        noImport: args['no-import'] || Boolean(args['reuse-db']),
        searchOnly: args['search-only'],
        randomSet: { seed: searchSeed, queries: randomQueries(searchSeed) },
      },
      r,
      log,
      (p) => {
        phase = p;
      },
    );
    r.search = {
      clerk: {
        user: 'vanthu.tu',
        api: http.clerk,
        raw: rawClerk,
        ratio: ratio(http.clerk.perQuery, rawClerk.perQuery),
      },
      leader: {
        user: 'lanhdao.dv1',
        api: http.leader,
        raw: rawLeader,
        ratio: ratio(http.leader.perQuery, rawLeader.perQuery),
      },
    };
    if (http.random) r.searchRandom = http.random;
    if (!args['search-only'] && !args['reuse-db']) {
      phase = 'exchange';
      // 10,000 packages from the medium scale up; a few dozen in the CI-sized run.
      r.exchange = await measureExchange(backend, scale.fraction >= 0.1 ? 10_000 : 50, work, adminUrl, log);
    }
  } catch (err) {
    r.failure = { phase, message: err instanceof Error ? err.message : String(err) };
    log(`${backend}: FAILED during ${phase}: ${r.failure.message}`);
  } finally {
    await bdb?.close().catch(() => {});
    if (!args.keep) await drop().catch((e) => log(`cleanup: ${e}`));
  }
  r.notes.push(
    `load average at end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${stamp}-${backend}-${scale.name}.json`);
  writeFileSync(file, `${JSON.stringify(r, null, 1)}\n`);
  process.stdout.write(`${printTable(r, checks(r, pgP95))}\n→ ${path.relative(ROOT, file)}\n`);
  return r;
}

/** API/raw over the query set: the sum of the per-query medians through HTTP over the same for the SQL alone. */
function ratio(api: { p50: number }[], raw: { p50: number }[]): number {
  const a = api.reduce((s, x) => s + x.p50, 0);
  const b = raw.reduce((s, x) => s + x.p50, 0);
  return Math.round((a / Math.max(b, 0.001)) * 100) / 100;
}

function pgliteVersion(): string {
  const p = path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
}

const t0 = performance.now();
const results: BackendResult[] = [];
let pgP95: number | undefined;
for (const b of backends) {
  const r = await runBackend(b, b === 'embedded' ? (pgP95 ?? latestPgSearchP95()) : undefined);
  if (b === 'postgres') pgP95 = r.search?.clerk.api.all.p95;
  results.push(r);
  // grep once per run, against the documents as files (the same for both backends).
  if (!args['no-grep'] && results.length === 1 && existsSync(path.join(corpusDir, '.complete'))) {
    const dbMatches = new Map(r.matches.map((m) => [m.label, m.matches]));
    const grepReps = city ? 1 : 3;
    log('grep over the shared folder');
    r.grep.push(await grepFolder('grep', corpusDir, grepReps, dbMatches));
    r.grep.push(await grepFolder('grep', path.join(corpusDir, 'dv1'), grepReps, dbMatches));
    if (ripgrepPath()) r.grep.push(await grepFolder('rg', corpusDir, grepReps, dbMatches));
    writeFileSync(path.join(args.out, `${stamp}-${b}-${scale.name}.json`), `${JSON.stringify(r, null, 1)}\n`);
    for (const g of r.grep)
      process.stdout.write(
        `${g.tool} (${g.folder}): p50 ${g.all.p50} ms, p95 ${g.all.p95} ms; diacritic-free queries missed: ${g.missedNoDiacritics}\n`,
      );
  }
}
log(`done in ${Math.round((performance.now() - t0) / 1000)} s`);
process.exitCode = results.some((r) => r.failure) ? 1 : 0;
