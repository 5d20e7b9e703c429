// The search finds the newest matches either by walking the date index and testing each stored
// tsvector (common words) or through the GIN index (rare words), within windows of the newest dates
// that widen (server/modules/documents/search/, domain/search-plan.ts). Whatever the plan, every page
// must be the page of one plain query — the newest matches by date, ranked — for a ward (scope by unit
// ids) and for the city (whole-tree scope), with and without a date filter.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryTerms } from '../../domain/search.ts';
import type { Shape } from '../../domain/search-plan.ts';
import type { Actor } from '../../server/auth/actor.ts';
import { one, rows } from '../../server/db/sql.ts';
import { docVisible } from '../../server/modules/documents/queries.ts';
import { dateKey } from '../../server/modules/documents/search/queries.ts';
import { searchDocuments } from '../../server/modules/documents/search/service.ts';
import { type SearchTuning, tsQueryText } from '../../server/modules/documents/search/windows.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming } from '../helpers/docs.ts';

let t: TestApp;
let wardActor: Actor;
let cityActor: Actor;

async function actorOf(userId: number): Promise<Actor> {
  const a = await one<Actor>(
    t.rt.database.db,
    sql`SELECT u.id AS "userId", u.username, u.full_name AS "fullName", u.org_id AS "orgId",
               o.path::text AS "orgPath", u.role, u.clearance
          FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = ${userId}`,
  );
  if (!a) throw new Error('no such user');
  return a;
}

const dayOf = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 53 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Cửa Sổ');
  const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên Kia');
  const wardClerk = await t.as('clerk', ward, 1);
  const otherClerk = await t.as('clerk', other, 1);
  const cityClerk = await t.as('clerk', t.rootId, 3);
  wardActor = await actorOf(wardClerk.userId);
  cityActor = await actorOf(cityClerk.userId);
  // 40 incoming documents over seven years, registered out of date order (ids do not follow dates),
  // alternating between two wards; "mặt bằng" is repeated in some so the ranks differ, "hiếm" is in
  // three only.
  for (let i = 0; i < 40; i++) {
    const [c, org] = i % 2 === 0 ? [wardClerk, ward] : [otherClerk, other];
    const repeat = i % 5 === 0 ? ' mặt bằng, mặt bằng và mặt bằng' : '';
    const rare = i % 13 === 0 ? ' việc hiếm' : '';
    const day = dayOf((i * 17) % 40);
    await incoming(c, org, {
      summary: `Kế hoạch số ${i} về giải phóng mặt bằng${repeat}${rare}`,
      secrecy: i % 7 === 0 ? 1 : 0,
      issuedOn: day,
      receivedOn: day,
    });
  }
  // The planner's statistics, as after autovacuum (the plan reads them).
  await t.rt.database.db.execute(sql`ANALYZE documents`);
});
afterAll(async () => {
  await t?.close();
});

interface Query {
  q: string;
  secrecy?: number;
  from?: string;
  to?: string;
  direction?: 'in';
}

/** Every page of a search, following the cursor. */
async function allPages(actor: Actor, query: Query, tuning: SearchTuning) {
  const pages: number[][] = [];
  let cursor: string | undefined;
  let total: number | null = null;
  let totalExact = false;
  for (;;) {
    const r = await searchDocuments(
      t.rt,
      { actor, ip: null, requestId: 'test' },
      { ...query, limit: 5, cursor },
      tuning,
    );
    pages.push(r.items.map((d) => d.id));
    total ??= r.total;
    totalExact = r.totalExact;
    if (!r.nextCursor) return { pages, total, totalExact };
    cursor = r.nextCursor;
  }
}

/** The plain query: the newest `candidates` visible matches by date, ranked; split into pages of 5. */
async function plain(actor: Actor, query: Query, candidates: number): Promise<number[][]> {
  const terms = queryTerms(query.q);
  const tsq = sql`to_tsquery('simple', ${tsQueryText(terms)})`;
  const key = dateKey(query.direction);
  const r = await rows<{ id: number }>(
    t.rt.database.db,
    sql`SELECT c.id FROM (
          SELECT d.id, d.search FROM documents d
           WHERE d.search @@ ${tsq} AND ${docVisible(actor)}
                 ${query.direction ? sql`AND d.direction = ${query.direction}` : sql``}
                 ${query.from ? sql`AND ${key} >= ${query.from}::date` : sql``}
                 ${query.to ? sql`AND ${key} <= ${query.to}::date` : sql``}
           ORDER BY ${key} DESC, d.id DESC LIMIT ${candidates}) c
         ORDER BY ts_rank_cd(c.search, ${tsq}) DESC, c.id DESC`,
  );
  const ids = r.map((x) => Number(x.id));
  const pages: number[][] = [];
  for (let i = 0; i < ids.length; i += 5) pages.push(ids.slice(i, i + 5));
  return pages.length > 0 ? pages : [[]];
}

const QUERIES: Query[] = [
  { q: 'mat bang' },
  { q: 'giai phong mat bang' },
  { q: 'hiem' },
  { q: 'mặt bằng', from: '2020-06-01', to: '2023-12-31' },
  { q: 'ke hoach', direction: 'in', from: '2021-01-01' },
];
const tiny = { minRows: 1, wholeFrom: 1, wholePath: 0 };

describe('search plans', () => {
  for (const [who, actor] of [
    ['a ward clerk (scope by unit ids)', () => wardActor],
    ['the city clerk (whole tree)', () => cityActor],
  ] as const) {
    it(`walk and GIN give the pages of the plain query, for ${who}`, async () => {
      for (const query of QUERIES) {
        const expected = await plain(actor(), query, 12);
        for (const shape of ['walk', 'gin', undefined] as (Shape | undefined)[]) {
          const looks: (string | null)[] = [];
          const got = await allPages(actor(), query, {
            candidates: 12,
            shape,
            windows: tiny,
            onWindow: (_s, floor) => looks.push(floor),
          });
          expect(got.pages, `${query.q} ${shape ?? 'chosen'}`).toEqual(expected);
          // With windows of a few documents, the city's first look was a window, not the whole register
          // (a ward's is sized for its half of the register: with 40 documents, that is all of it).
          if (actor() === cityActor && !query.from && expected.flat().length >= 12)
            expect(looks[0]).not.toBeNull();
        }
        // The plan chosen from the statistics, with the real bounds (one look over this small register).
        const chosen = await allPages(actor(), query, { candidates: 12 });
        expect(chosen.pages).toEqual(expected);
      }
    });
  }

  it('count exactly when the matches are fewer than the candidates, «more than» otherwise', async () => {
    const few = await allPages(cityActor, { q: 'hiem' }, { candidates: 12 });
    expect(few.total).toBe(4); // documents 0, 13, 26 and 39
    expect(few.totalExact).toBe(true);
    const many = await allPages(cityActor, { q: 'mat bang' }, { candidates: 12, windows: tiny });
    expect(many.total).toBe(12);
    expect(many.totalExact).toBe(false);
    expect(many.pages.flat()).toHaveLength(12);
  });

  it('a later page makes one look, the one that completed the first page', async () => {
    // The ward's secret documents (0, 14, 28: the newest two and the oldest by date): the first window,
    // sized for the words and the scope, holds too few of them, and the next look is wider.
    const looks: (string | null)[] = [];
    const tuning: SearchTuning = {
      candidates: 3,
      shape: 'walk',
      windows: tiny,
      onWindow: (_s, floor) => looks.push(floor),
    };
    const first = await searchDocuments(
      t.rt,
      { actor: wardActor, ip: null, requestId: 'test' },
      { q: 'mat bang', secrecy: 1, limit: 2 },
      tuning,
    );
    const firstLooks = looks.length;
    expect(firstLooks).toBeGreaterThan(1);
    await searchDocuments(
      t.rt,
      { actor: wardActor, ip: null, requestId: 'test' },
      { q: 'mat bang', secrecy: 1, limit: 2, cursor: first.nextCursor ?? undefined },
      tuning,
    );
    expect(looks.length - firstLooks).toBe(1);
    expect(looks[looks.length - 1]).toBe(looks[firstLooks - 1]);
  });

  it('a ward clerk finds only the ward’s documents within the clearance', async () => {
    const r = await allPages(wardActor, { q: 'hiem' }, { candidates: 12, windows: tiny });
    // "hiếm" is in documents 0, 13 and 26; 13 belongs to the other ward, 0 is secret (i % 7 === 0) but
    // the ward clerk holds clearance 1.
    expect(r.pages.flat()).toHaveLength(2);
    expect(r.total).toBe(2);
  });
});
