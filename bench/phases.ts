// The measurements through the real server: warm start, search as the city's clerk and a ward's
// leader, the task roll-up, the badge and arrears lists, autocannon runs, the server's memory after
// the load; then, with the server stopped (PGlite allows one process), the CLI import.
import path from 'node:path';
import type { City, Scale } from './generate.ts';
import { Session } from './lib/http.ts';
import type { BackendResult } from './lib/result.ts';
import { memoryOf, startServer, type Target } from './lib/server.ts';
import { summarise } from './lib/stats.ts';
import type { LoadResult } from './load.ts';
import { cachedGets, type MixedUser, openModel, saturation } from './measure-http.ts';
import { runImport, writeWorkbook } from './measure-import.ts';
import { type RandomSide, type SearchSide, searchApi, searchRandomApi } from './measure-search.ts';
import { measureTreeBrowser } from './measure-tree-browser.ts';
import type { RandomQuery } from './random-queries.ts';

export interface RandomResult {
  seed: number;
  clerk: RandomSide;
  leader: RandomSide;
}

export interface HttpContext {
  target: Target;
  logFile: string;
  /** Null when measuring an existing database (`--reuse-db`). */
  loaded: LoadResult | null;
  /** The units and accounts: loaded in this run, or rebuilt from an existing database's ids. */
  units: City | null;
  reps: number;
  scale: Scale;
  seed: number;
  work: string;
  city: boolean;
  noImport: boolean;
  /** Only the search: no roll-up, lists, autocannon or import. */
  searchOnly: boolean;
  randomSet: { seed: number; queries: RandomQuery[] };
}

/** The badge occasion measured: 3/2/2027, the first occasion after the generated data's "today". */
const OCCASION = '2027-02-03';

async function repeat(n: number, fn: () => Promise<{ ms: number; body: unknown }>) {
  const first = await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push((await fn()).ms);
  const items = (first.body as { items?: unknown[] } | unknown[]) ?? [];
  return { ...summarise(samples), items: Array.isArray(items) ? items.length : (items.items?.length ?? 0) };
}

export async function measureOverHttp(
  c: HttpContext,
  r: BackendResult,
  log: (s: string) => void,
  setPhase: (p: string) => void,
): Promise<{ clerk: SearchSide; leader: SearchSide; random: RandomResult }> {
  log(`${r.backend}: warm start`);
  const server = await startServer(c.target, c.logFile);
  r.warmStartMs = Math.round(server.startMs);
  let apiClerk: SearchSide;
  let apiLeader: SearchSide;
  let random: RandomResult;
  try {
    const base = server.base;
    setPhase('search');
    const clerk = await new Session(base, 'vanthu.tu').login();
    const leaderTu = await new Session(base, 'lanhdao.tu').login();
    const leader = await new Session(base, 'lanhdao.dv1').login();
    log(`${r.backend}: search through the API (${c.reps} passes of 20 queries, 2 users)`);
    apiClerk = await searchApi(clerk, c.reps);
    apiLeader = await searchApi(leader, c.reps);
    log(
      `${r.backend}: random query set (seed ${c.randomSet.seed}, ${c.randomSet.queries.length} queries, 2 users)`,
    );
    random = {
      seed: c.randomSet.seed,
      clerk: await searchRandomApi(clerk, c.randomSet.queries),
      leader: await searchRandomApi(leader, c.randomSet.queries),
    };
    if (c.searchOnly || !c.units) return { clerk: apiClerk, leader: apiLeader, random };
    const city = c.units;

    setPhase('roll-up');
    log(`${r.backend}: task roll-up, badges, arrears`);
    const n = c.city ? 5 : 10;
    r.rollup = {
      root: await repeat(n, () => leaderTu.ok(`/api/tasks/summary?orgId=${city.root.id}`)),
      ward: await repeat(n, () => leader.ok(`/api/tasks/summary?orgId=${city.ward.id}`)),
    };
    setPhase('badges');
    r.badges = await repeat(c.city ? 3 : 5, () =>
      leaderTu.ok(`/api/members/badges?on=${OCCASION}&orgId=${city.root.id}&limit=50`),
    );
    r.arrears = await repeat(c.city ? 3 : 5, () =>
      clerk.ok(`/api/members/fees/arrears?orgId=${city.root.id}`),
    );

    setPhase('org page in Chromium');
    log(`${r.backend}: the organisation page in Chromium`);
    r.treeBrowser = await measureTreeBrowser(base, clerk, c.city ? 5 : 3);

    setPhase('autocannon');
    const seconds = c.city ? 10 : 3;
    log(`${r.backend}: autocannon, cached GETs (${seconds} s each)`);
    r.cached = await cachedGets(base, clerk, seconds);
    // 200 sessions of 20 accounts (the city's clerk and leader, and a leader and a clerk of nine
    // wards): each user of the open model is a logged-in browser of its own.
    const names = ['vanthu.tu', 'lanhdao.tu'];
    for (let i = 1; i <= Math.min(9, city.direct.length); i++) names.push(`lanhdao.dv${i}`, `vanthu.dv${i}`);
    const accounts = new Map<string, { orgId: number; docIds: number[] }>();
    const users: MixedUser[] = [];
    for (let k = 0; k < 200; k++) {
      const name = names[k % names.length] as string;
      const s = await new Session(base, name).login();
      let acc = accounts.get(name);
      if (!acc) {
        const list = await s.ok<{ items: { id: number }[] }>('/api/documents?limit=100');
        const orgId = city.accounts.find((a) => a.username === name)?.orgId ?? city.root.id;
        acc = { orgId, docIds: list.body.items.map((d) => d.id) };
        accounts.set(name, acc);
      }
      users.push({ session: s, ...acc });
    }
    const satSeconds = c.city ? 20 : c.scale.fraction >= 0.1 ? 10 : 5;
    const openSeconds = c.city ? 60 : c.scale.fraction >= 0.1 ? 30 : 15;
    log(
      `${r.backend}: saturation (50 connections, ${satSeconds} s), then 200 users working (${openSeconds} s)`,
    );
    r.saturation = await saturation(base, users.slice(0, 50), satSeconds, c.seed);
    r.users200 = await openModel(base, users, openSeconds, c.seed);
    r.serverMemory = server.proc.pid ? memoryOf(server.proc.pid) : null;
  } finally {
    await server.stop();
  }

  if (!c.noImport) {
    setPhase('import');
    const rows = c.scale.members;
    const file = path.join(c.work, `members-${rows}-${c.seed}.xlsx`);
    log(`${r.backend}: writing the ${rows}-row workbook (once) and importing it with the CLI`);
    await writeWorkbook(file, c.seed, rows);
    const cell = c.loaded?.city.cells[0];
    if (!cell) throw new Error('no chi bộ to import into');
    r.import = await runImport(c.target, file, cell.id, rows, c.logFile);
    if (r.import.exitCode !== 0)
      throw new Error(`import exited with ${r.import.exitCode} (log: ${c.logFile})`);
  }
  return { clerk: apiClerk, leader: apiLeader, random };
}
