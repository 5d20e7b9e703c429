import { openPostgres } from './lib/db.ts';
import { actorOf } from './measure-search.ts';
import { searchDocuments } from '../server/modules/documents/search/service.ts';
import { QUERIES } from './queries.ts';
import { randomQueries } from './random-queries.ts';
const bdb = await openPostgres('postgres://postgres@127.0.0.1:5432/vanphong_bench_city_11905');
const database = { db: bdb.db } as never;
const set = process.argv[2] === 'random' ? randomQueries(Number(process.argv[3] ?? 5)).slice(0, 40) : QUERIES;
for (const user of ['vanthu.tu', 'lanhdao.dv1']) {
  const actor = await actorOf(bdb, user);
  for (const q of set) {
    const looks: string[] = [];
    const t = performance.now();
    const r = await searchDocuments({ database }, { actor, ip: null, requestId: 'x' }, { ...q, limit: 20 }, { candidates: 1000, onWindow: (s, f, n) => looks.push(`${s}@${f ?? 'all'}:${n}`) });
    const ms = performance.now() - t;
    let ms2 = 0;
    if (r.nextCursor) { const t2 = performance.now(); await searchDocuments({ database }, { actor, ip: null, requestId: 'x' }, { ...q, limit: 20, cursor: r.nextCursor }); ms2 = performance.now() - t2; }
    console.log(user.padEnd(12), q.label.padEnd(50), ms.toFixed(0).padStart(6), ms2.toFixed(0).padStart(6), String(r.total).padStart(5), r.totalExact ? '=' : '+', looks.join(' '));
  }
}
await bdb.close();
