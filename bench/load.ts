// Generates the city and loads it into a migrated database: COPY on both backends (pg-copy-streams on
// PostgreSQL, COPY FROM '/dev/blob' on PGlite), with the secondary indexes of the big tables dropped
// before and rebuilt after (the same definitions, read from the catalogue), then VACUUM ANALYZE. A
// progress bar per table; the documents are also written as text files for the grep comparison.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import cliProgress from 'cli-progress';
import { DOC_COLUMNS, type DocsState, documentGrantRows, documentRows, sequenceRows } from './gen-docs.ts';
import { MEMBER_COLUMNS, memberRows } from './gen-members.ts';
import { EVENT_COLUMNS, TASK_COLUMNS, taskEventRows, taskGrantRows, taskRows } from './gen-tasks.ts';
import { BENCH_PASSWORD, City, type Row, type Scale } from './generate.ts';
import { type BenchDb, copyLine } from './lib/db.ts';

/** Tables whose secondary indexes are rebuilt after the load rather than maintained row by row. */
const BULK_TABLES = [
  'documents',
  'tasks',
  'task_events',
  'members',
  'member_fee_payments',
  'member_badges',
  'access_grants',
  'terms',
];

export interface LoadStep {
  table: string;
  rows: number;
  seconds: number;
}

export interface LoadResult {
  steps: LoadStep[];
  indexSeconds: number;
  analyzeSeconds: number;
  totalSeconds: number;
  counts: Record<string, number>;
  city: City;
}

export interface LoadOptions {
  scale: Scale;
  seed: number;
  /** Folder for the documents as text files (grep); skipped when it already holds a finished copy. */
  corpusDir?: string;
  onStep?: (s: LoadStep) => void;
}

const seconds = (t0: number) => Math.round((performance.now() - t0) / 10) / 100;

/**
 * The city of a database an earlier run loaded (`--reuse-db`): the generator is deterministic, so the
 * same scale and seed from the same first ids give the same units and accounts; checked against the
 * accounts table.
 */
export async function cityOf(bdb: BenchDb, scale: Scale, seed: number): Promise<City> {
  const [root] = await bdb.query<{ id: number; path: string; name: string }>(
    `SELECT id, path::text AS path, name FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  );
  if (!root) throw new Error('no root unit');
  const [first] = await bdb.query<{ org: number; usr: number; term: number }>(
    `SELECT (SELECT min(id) FROM orgs WHERE id <> $1) AS org,
            (SELECT min(id) FROM users WHERE id > (SELECT min(id) FROM users)) AS usr,
            (SELECT min(id) FROM terms WHERE org_id <> $1) AS term`,
    [root.id],
  );
  const city = new City(scale, seed, root, Number(first?.org), Number(first?.usr), Number(first?.term));
  const probe = city.accounts[city.accounts.length - 1];
  const [found] = await bdb.query<{ id: number; org_id: number }>(
    'SELECT id, org_id FROM users WHERE username = $1',
    [probe?.username],
  );
  if (!probe || Number(found?.id) !== probe.id || Number(found?.org_id) !== probe.orgId)
    throw new Error('--reuse-db: the database was not loaded with this --scale and --seed');
  return city;
}

export async function loadCity(bdb: BenchDb, opts: LoadOptions): Promise<LoadResult> {
  const t0 = performance.now();
  const [root] = await bdb.query<{ id: number; path: string; name: string }>(
    `SELECT id, path::text AS path, name FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  );
  if (!root) throw new Error('no root unit: start the server once on the empty database first');
  const [next] = await bdb.query<{ org: number; usr: number; term: number }>(
    `SELECT (SELECT coalesce(max(id), 0) + 1 FROM orgs) AS org, (SELECT coalesce(max(id), 0) + 1 FROM users) AS usr,
            (SELECT coalesce(max(id), 0) + 1 FROM terms) AS term`,
  );
  const city = new City(
    opts.scale,
    opts.seed,
    root,
    Number(next?.org),
    Number(next?.usr),
    Number(next?.term),
  );
  const steps: LoadStep[] = [];
  const bars = new cliProgress.MultiBar(
    {
      format: '{table} |{bar}| {percentage}% | {value}/{total} dòng/rows | {duration_formatted}',
      hideCursor: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 15_000,
      stream: process.stderr,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const step = async (table: string, columns: readonly string[], total: number, rows: Iterable<Row>) => {
    const t = performance.now();
    const bar = bars.create(total, 0, { table: table.padEnd(20) });
    function* lines() {
      let n = 0;
      for (const r of rows) {
        yield copyLine(r);
        if (++n % 5000 === 0) bar.update(n);
      }
      bar.update(n);
    }
    const n = await bdb.copy(table, columns, lines());
    bar.setTotal(n);
    bar.update(n);
    const s = { table, rows: n, seconds: seconds(t) };
    steps.push(s);
    opts.onStep?.(s);
  };

  const dropped = await dropIndexes(bdb);
  try {
    const scale = opts.scale;
    await step(
      'orgs',
      ['id', 'name', 'short_code', 'kind', 'parent_id', 'path', 'active', 'valid_from'],
      city.orgs.length,
      city.orgRows(),
    );
    await step(
      'org_versions',
      ['org_id', 'valid_from', 'name', 'short_code', 'kind', 'parent_id'],
      city.orgs.length,
      city.orgVersionRows(),
    );
    await step(
      'terms',
      ['id', 'org_id', 'name', 'starts_on', 'ends_on'],
      (city.orgs.length + 1) * 3,
      city.termRows(),
    );
    // One argon2 hash for every generated account: hashing 400 passwords would only measure argon2.
    const passwordHash = await hash(BENCH_PASSWORD);
    await step(
      'users',
      ['id', 'username', 'password_hash', 'full_name', 'org_id', 'role', 'clearance'],
      city.accounts.length,
      city.userRows(passwordHash),
    );

    const state: DocsState = { numbers: new Map(), incoming: new Map() };
    const corpus =
      opts.corpusDir && !existsSync(path.join(opts.corpusDir, '.complete')) ? opts.corpusDir : undefined;
    const made = new Set<string>();
    function* docs(): Generator<Row> {
      for (const d of documentRows(city, state)) {
        if (corpus) {
          const dir = path.join(corpus, d.ward < 0 ? 'thanh-uy' : `dv${d.ward + 1}`, String(d.year));
          if (!made.has(dir)) {
            mkdirSync(dir, { recursive: true });
            made.add(dir);
          }
          writeFileSync(path.join(dir, `${d.row[0]}.txt`), d.text);
        }
        yield d.row;
      }
    }
    await step('documents', DOC_COLUMNS, scale.documents, docs());
    if (corpus) writeFileSync(path.join(corpus, '.complete'), `${opts.seed} ${scale.name}\n`);
    const seqs = [...sequenceRows(state)];
    await step(
      'doc_sequences',
      ['issuer_org_id', 'seq_key', 'term_id', 'last_number'],
      seqs.length,
      seqs.filter((s) => s.table === 'doc_sequences').map((s) => s.row),
    );
    await step(
      'incoming_sequences',
      ['org_id', 'year', 'last_number'],
      seqs.length,
      seqs.filter((s) => s.table === 'incoming_sequences').map((s) => s.row),
    );
    const grantCols = ['entity', 'entity_id', 'org_id', 'user_id', 'reason'];
    await step('access_grants', grantCols, Math.round(scale.documents * 0.04), documentGrantRows(city));
    await step('tasks', TASK_COLUMNS, scale.tasks, taskRows(city));
    await step('task_events', EVENT_COLUMNS, scale.tasks * 3, taskEventRows(city));
    await step('access_grants', grantCols, Math.round(scale.tasks * 0.1), taskGrantRows(city));
    await step(
      'members',
      MEMBER_COLUMNS,
      scale.members,
      memberRows(city, (p) => [p.row]),
    );
    await step(
      'member_interruptions',
      ['member_id', 'from_on', 'to_on', 'reason'],
      Math.round(scale.members * 0.01),
      memberRows(city, (p) => p.interruptions),
    );
    await step(
      'member_badges',
      ['member_id', 'years', 'awarded_on'],
      Math.round(scale.members * 0.3),
      memberRows(city, (p) => p.badges),
    );
    await step(
      'member_fee_payments',
      ['member_id', 'month', 'amount', 'paid_on'],
      scale.members * 2,
      memberRows(city, (p) => p.payments),
    );
  } finally {
    bars.stop();
  }
  const ti = performance.now();
  process.stderr.write(`Dựng lại ${dropped.length} chỉ mục / rebuilding ${dropped.length} indexes…\n`);
  for (const d of dropped) await bdb.query(d.def);
  const indexSeconds = seconds(ti);
  for (const t of ['orgs', 'users', 'documents', 'tasks', 'members', 'terms'])
    await bdb.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  const ta = performance.now();
  process.stderr.write('VACUUM ANALYZE…\n');
  await bdb.query('VACUUM ANALYZE');
  const analyzeSeconds = seconds(ta);
  const counts: Record<string, number> = {};
  for (const t of [
    'orgs',
    'users',
    'documents',
    'tasks',
    'task_events',
    'access_grants',
    'members',
    'member_badges',
    'member_fee_payments',
  ]) {
    const [r] = await bdb.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${t}`);
    counts[t] = Number(r?.n);
  }
  return { steps, indexSeconds, analyzeSeconds, totalSeconds: seconds(t0), counts, city };
}

async function dropIndexes(bdb: BenchDb): Promise<{ name: string; def: string }[]> {
  const list = BULK_TABLES.map((t) => `'${t}'`).join(', ');
  const found = await bdb.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname IN (${list})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
  );
  // PostgreSQL's pool sets 1 GB per connection (lib/db.ts); PGlite has one connection and less room.
  if (bdb.backend === 'embedded') await bdb.query(`SET maintenance_work_mem = '256MB'`);
  for (const f of found) await bdb.query(`DROP INDEX ${f.name}`);
  return found;
}
