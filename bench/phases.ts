// The measurements through the real server: warm start, search as the city's clerk and a ward's
// leader, the task roll-up, the badge and arrears lists, autocannon runs, the server's memory after
// the load; then, with the server stopped (PGlite allows one process), the CLI import.
import path from 'node:path';
import type { Scale } from './generate.ts';
import { Session } from './lib/http.ts';
import type { BackendResult } from './lib/result.ts';
import { memoryOf, startServer, type Target } from './lib/server.ts';
import { summarise } from './lib/stats.ts';
import type { LoadResult } from './load.ts';
import { cachedGets, type MixedUser, mixedWorkload } from './measure-http.ts';
import { runImport, writeWorkbook } from './measure-import.ts';
import { type SearchSide, searchApi } from './measure-search.ts';
import { measureTreeBrowser } from './measure-tree-browser.ts';

export interface HttpContext {
  target: Target;
  logFile: string;
  loaded: LoadResult;
  reps: number;
  scale: Scale;
  seed: number;
  work: string;
  city: boolean;
  noImport: boolean;
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
): Promise<{ clerk: SearchSide; leader: SearchSide }> {
  const city = c.loaded.city;
  log(`${r.backend}: warm start`);
  const server = await startServer(c.target, c.logFile);
  r.warmStartMs = Math.round(server.startMs);
  let apiClerk: SearchSide;
  let apiLeader: SearchSide;
  try {
    const base = server.base;
    setPhase('search');
    const clerk = await new Session(base, 'vanthu.tu').login();
    const leaderTu = await new Session(base, 'lanhdao.tu').login();
    const leader = await new Session(base, 'lanhdao.dv1').login();
    log(`${r.backend}: search through the API (${c.reps} passes of 20 queries, 2 users)`);
    apiClerk = await searchApi(clerk, c.reps);
    apiLeader = await searchApi(leader, c.reps);

    setPhase('roll-up');
    log(`${r.backend}: task roll-up, badges, arrears`);
    const n = c.city ? 5 : 10;
    r.rollup = {
      root: await repeat(n, () => leaderTu.ok(`/api/tasks/summary?orgId=${city.root.id}`)),
      ward: await repeat(n, () => leader.ok(`/api/tasks/summary?orgId=${city.ward.id}`)),
    };
    setPhase('badges');
    r.badges = await repeat(c.city ? 3 : 5, () =>
      leaderTu.ok(`/api/members/badges?on=${OCCASION}&orgId=${city.root.id}`),
    );
    r.arrears = await repeat(c.city ? 3 : 5, () =>
      clerk.ok(`/api/members/fees/arrears?orgId=${city.root.id}`),
    );

    setPhase('org page in Chromium');
    log(`${r.backend}: the organisation page in Chromium`);
    r.treeBrowser = await measureTreeBrowser(base, clerk, c.city ? 5 : 3);

    setPhase('autocannon');
    const seconds = c.city ? 10 : 3;
    log(`${r.backend}: autocannon, cached GETs (${seconds} s each) and 200 users (${c.city ? 20 : 5} s)`);
    r.cached = await cachedGets(base, clerk, seconds);
    const users: MixedUser[] = [];
    const names = ['vanthu.tu', 'lanhdao.tu'];
    for (let i = 1; i <= Math.min(9, city.direct.length); i++) names.push(`lanhdao.dv${i}`, `vanthu.dv${i}`);
    for (const name of names) {
      const s = await new Session(base, name).login();
      const acc = city.accounts.find((a) => a.username === name);
      const list = await s.ok<{ items: { id: number }[] }>('/api/documents?limit=100');
      users.push({ session: s, orgId: acc?.orgId ?? city.root.id, docIds: list.body.items.map((d) => d.id) });
    }
    r.mixed = await mixedWorkload(base, users, c.city ? 20 : 5);
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
    const cell = city.cells[0];
    if (!cell) throw new Error('no chi bộ to import into');
    r.import = await runImport(c.target, file, cell.id, rows, c.logFile);
    if (r.import.exitCode !== 0)
      throw new Error(`import exited with ${r.import.exitCode} (log: ${c.logFile})`);
  }
  return { clerk: apiClerk, leader: apiLeader };
}
