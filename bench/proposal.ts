// `node --import tsx bench/proposal.ts postgres URL | embedded DATA_DIR`: on a database kept by
// `npm run bench -- --keep`, the current search SQL beside the proposed shape (proposal-search.ts),
// as the city's clerk and a ward's leader; prints a Markdown table.
import { openEmbedded, openPostgres } from './lib/db.ts';
import { actorOf } from './measure-search.ts';
import { compareShapes } from './proposal-search.ts';

const [backend, where] = process.argv.slice(2);
if (!where || (backend !== 'postgres' && backend !== 'embedded'))
  throw new Error('usage: proposal.ts postgres URL | embedded DIR');
const bdb = backend === 'postgres' ? await openPostgres(where) : await openEmbedded(where);
try {
  for (const user of ['vanthu.tu', 'lanhdao.dv1']) {
    const rows = await compareShapes(bdb, await actorOf(bdb, user), 3);
    process.stdout.write(
      `\n${user}\n\n| query | current p50 ms | proposed p50 ms | same result |\n| --- | --- | --- | --- |\n`,
    );
    for (const r of rows)
      process.stdout.write(`| ${r.label} | ${r.current} | ${r.proposed} | ${r.same ? 'yes' : 'NO'} |\n`);
    const sum = (k: 'current' | 'proposed') => Math.round(rows.reduce((s, r) => s + r[k], 0));
    process.stdout.write(`| total of the 20 medians | ${sum('current')} | ${sum('proposed')} | |\n`);
  }
} finally {
  await bdb.close();
}
