// The warnings service over a city on PostgreSQL (bench/intel-detector.ts --pg): a fresh database
// migrated, 15,000 units, one report per leaf and about 800,000 items spread over three years
// (generated in SQL), then GET-equivalent calls of the service for the whole city and for one ward.
import pg from 'pg';
import type { RequestCtx } from '../server/auth/actor.ts';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Deps } from '../server/deps.ts';
import { warnings } from '../server/modules/intel/warnings/service.ts';

const ADMIN = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const NAME = 'vanphong_intel_bench';

export async function measurePg(units: number, log: (s: string) => void) {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME}`);
  await admin.query(`CREATE DATABASE ${NAME}`);
  const url = new URL(ADMIN);
  url.pathname = `/${NAME}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await migrate(database);
    const raw = new pg.Client({ connectionString: url.toString() });
    await raw.connect();
    const t0 = performance.now();
    const wards = Math.min(150, units - 1);
    await raw.query(`INSERT INTO orgs (id, name, short_code, kind, parent_id, path, valid_from)
      OVERRIDING SYSTEM VALUE VALUES (1, 'Thành ủy', 'TU', 'provincial', NULL, 'u1', '2020-01-01')
      ON CONFLICT (id) DO NOTHING`);
    await raw.query(
      `INSERT INTO orgs (id, name, short_code, kind, parent_id, path, valid_from) OVERRIDING SYSTEM VALUE
       SELECT g, 'Phường ' || g, 'ĐU', 'direct_committee', 1, ('u1.u' || g)::ltree, '2020-01-01'
         FROM generate_series(2, $1::integer + 1) g`,
      [wards],
    );
    await raw.query(
      `INSERT INTO orgs (id, name, short_code, kind, parent_id, path, valid_from) OVERRIDING SYSTEM VALUE
       SELECT g, 'Chi bộ ' || g, 'CB', 'cell', p, ('u1.u' || p || '.u' || g)::ltree, '2020-01-01'
         FROM generate_series($1::integer + 2, $2::integer) g, LATERAL (SELECT 2 + ((g - 2 - $1::integer) % $1::integer) AS p) x`,
      [wards, units],
    );
    await raw.query(`SELECT setval(pg_get_serial_sequence('orgs', 'id'), $1::integer)`, [units]);
    await raw.query(
      `INSERT INTO intel_reports (org_id, kind, received_on) SELECT id, 'quick', '2026-12-01' FROM orgs WHERE id > 1`,
    );
    await raw.query(`INSERT INTO intel_reporting (org_id, since) VALUES (1, '2023-12-01')`);
    await raw.query(
      `INSERT INTO intel_items (report_id, position, org_id, place_org_id, category, severity, summary, occurred_on, secrecy)
       SELECT r.id, row_number() OVER (PARTITION BY r.id)::integer, r.org_id, r.org_id, c.code, 1 + (random() * 3)::integer,
              'Vụ việc', DATE '2023-12-07' + (random() * 1094)::integer, 0
         FROM intel_reports r CROSS JOIN intel_categories c
              CROSS JOIN LATERAL generate_series(1, floor(power(random(), 4) * 40)::integer + (r.id * 0)) s`,
    );
    await raw.query('ANALYZE');
    const items = Number((await raw.query('SELECT count(*) AS n FROM intel_items')).rows[0].n);
    log(
      `postgres: loaded ${units} units, ${items} items in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    await raw.end();
    const ctx: RequestCtx = {
      actor: {
        userId: 0,
        username: 'bench',
        fullName: 'Bench',
        orgId: 1,
        orgPath: 'u1',
        role: 'clerk',
        clearance: 3,
      },
      ip: null,
      requestId: 'bench',
    };
    const deps = { database } as unknown as Deps;
    const out: Record<string, unknown> = { units, items };
    for (const [label, orgId] of [
      ['city', 1],
      ['ward', 2],
    ] as const) {
      const ms: number[] = [];
      let n = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        n = (await warnings(deps, ctx, { orgId, on: '2026-12-07' })).items.length;
        ms.push(performance.now() - t);
      }
      const median = [...ms].sort((a, b) => a - b)[2] as number;
      log(`postgres: warnings for the ${label}: median ${median.toFixed(0)} ms, ${n} warnings`);
      console.log(
        `pg      warnings(${label}) over ${units} units / ${items} items: median ${median.toFixed(0)} ms (${ms.map((x) => x.toFixed(0)).join(', ')}), ${n} warnings`,
      );
      out[label] = { ms, median, warnings: n };
    }
    return out;
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${NAME}`);
    await admin.end();
  }
}
