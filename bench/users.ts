// `node --import tsx bench/users.ts --url postgres://…/db` (or `--data-dir DIR` for PGlite): the two
// measures of many users (saturation and 200 users working, bench/measure-http.ts) against a database
// already loaded by `npm run bench -- --keep`, without generating it again; with `--cheap N` first the
// cheap GETs (health, document types, the tree; N seconds each). Prints JSON.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from './lib/http.ts';
import { startServer } from './lib/server.ts';
import { cachedGets, type LoadRun, type MixedUser, openModel, saturation } from './measure-http.ts';

const { values: a } = parseArgs({
  options: {
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: '20261101' },
    cheap: { type: 'string' },
  },
});
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const dataDir = a['data-dir'] ?? path.join(os.tmpdir(), `vanphong-users-${process.pid}`);
const target = a.url
  ? { backend: 'postgres' as const, url: a.url, dataDir }
  : { backend: 'embedded' as const, dataDir };
const server = await startServer(target, path.join(os.tmpdir(), `vanphong-users-${process.pid}.log`));
try {
  const names = ['vanthu.tu', 'lanhdao.tu'];
  // Nine wards at city scale, fewer below: stop at the first ward the scale does not have (one failed
  // login, far below the address's throttle).
  for (let i = 1; i <= 9; i++) {
    if (
      !(await new Session(server.base, `lanhdao.dv${i}`).login().then(
        () => true,
        () => false,
      ))
    )
      break;
    names.push(`lanhdao.dv${i}`, `vanthu.dv${i}`);
  }
  const users: MixedUser[] = [];
  const known = new Map<string, { orgId: number; docIds: number[] }>();
  for (let k = 0; k < 200; k++) {
    const name = names[k % names.length] as string;
    const s = await new Session(server.base, name).login();
    let acc = known.get(name);
    if (!acc) {
      const me = await s.ok<{ user: { orgId: number } }>('/api/auth/me');
      const list = await s.ok<{ items: { id: number }[] }>('/api/documents?limit=100');
      acc = { orgId: me.body.user.orgId, docIds: list.body.items.map((d) => d.id) };
      known.set(name, acc);
    }
    users.push({ session: s, ...acc });
  }
  const seconds = Number(a.seconds);
  const seed = Number(a.seed);
  const before = load();
  let cheap: LoadRun[] | undefined;
  if (a.cheap && users[0]) cheap = await cachedGets(server.base, users[0].session, Number(a.cheap));
  const sat = await saturation(server.base, users.slice(0, 50), Math.max(5, Math.round(seconds / 3)), seed);
  const open = await openModel(server.base, users, seconds, seed);
  process.stdout.write(
    `${JSON.stringify({ date: new Date().toISOString(), backend: target.backend, worker: process.env.VANPHONG_PGLITE_WORKER === '1', loadBefore: before, cheap, loadAfter: load(), saturation: sat, users200: open }, null, 1)}\n`,
  );
} finally {
  await server.stop();
}
