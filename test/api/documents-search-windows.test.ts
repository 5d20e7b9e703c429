// The search looks for matches among the newest documents first and widens the window until it holds
// enough of them (server/modules/documents/search/). With windows of a few documents, every page of
// every search must be exactly the page of one unbounded query, for a ward (scope by unit ids) and for
// the city (whole-tree scope, only the clearance left).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/actor.ts';
import { one } from '../../server/db/sql.ts';
import { searchDocuments } from '../../server/modules/documents/search/service.ts';
import { nextWindow, type SearchTuning } from '../../server/modules/documents/search/windows.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { outgoing } from '../helpers/docs.ts';

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

beforeAll(async () => {
  t = await startTestApp();
  const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Cửa Sổ');
  const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên Kia');
  const wardClerk = await t.as('clerk', ward, 1);
  const otherClerk = await t.as('clerk', other, 1);
  const cityClerk = await t.as('clerk', t.rootId, 3);
  wardActor = await actorOf(wardClerk.userId);
  cityActor = await actorOf(cityClerk.userId);
  // 36 drafts alternating between two wards; the word "mặt bằng" is repeated in some summaries so
  // the ranks differ, and "hiếm" is in three only.
  for (let i = 0; i < 36; i++) {
    const [c, org] = i % 2 === 0 ? [wardClerk, ward] : [otherClerk, other];
    const repeat = i % 5 === 0 ? ' mặt bằng, mặt bằng và mặt bằng' : '';
    const rare = i % 13 === 0 ? ' việc hiếm' : '';
    await outgoing(c, org, {
      summary: `Kế hoạch số ${i} về giải phóng mặt bằng${repeat}${rare}`,
      secrecy: i % 7 === 0 ? 1 : 0,
    });
  }
});
afterAll(async () => {
  await t?.close();
});

/** Every page of a search, following the cursor. */
async function allPages(actor: Actor, q: string, tuning: SearchTuning): Promise<number[][]> {
  const pages: number[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const r = await searchDocuments(
      t.rt,
      { actor, ip: null, requestId: 'test' },
      { q, limit: 5, cursor },
      tuning,
    );
    pages.push(r.items.map((d) => d.id));
    if (!r.nextCursor) return pages;
    cursor = r.nextCursor;
  }
}

describe('search windows', () => {
  for (const [who, actor] of [
    ['a ward clerk (scope by unit ids)', () => wardActor],
    ['the city clerk (whole tree)', () => cityActor],
  ] as const) {
    it(`give the pages of one unbounded query, for ${who}`, async () => {
      for (const q of ['mat bang', 'giai phong mat bang', 'hiem']) {
        const unbounded = await allPages(actor(), q, { candidates: 12, firstWindow: 1_000_000 });
        const floors: number[] = [];
        const windowed = await allPages(actor(), q, {
          candidates: 12,
          firstWindow: 3,
          onWindow: (floor) => floors.push(floor),
        });
        expect(windowed).toEqual(unbounded);
        expect(unbounded.flat().length).toBeGreaterThan(0);
        // Small windows were tried first, and widened.
        expect(floors.length).toBeGreaterThan(1);
        expect(floors[0]).toBeGreaterThan(0);
      }
    });
  }

  it('widen to the density seen, at least eight-fold, and to everything after an empty window', () => {
    expect(nextWindow(100_000, 0, 1000)).toBe(Number.POSITIVE_INFINITY);
    expect(nextWindow(100_000, 500, 1000)).toBe(800_000); // 4× would do; at least 8×
    expect(nextWindow(100_000, 20, 1000)).toBe(10_000_000); // 100× holds 2,000 at this density
    expect(nextWindow(3, 1, 12)).toBe(72);
  });

  it('stop at the candidates bound and never page past it', async () => {
    const pages = await allPages(cityActor, 'mat bang', { candidates: 12, firstWindow: 3 });
    expect(pages.flat().length).toBe(12);
    // The 12 are the 12 newest matches, ranked (city clerk sees all 36 drafts, clearance 3).
    const newest = await one<{ ids: number[] }>(
      t.rt.database.db,
      sql`SELECT array_agg(id ORDER BY id DESC) AS ids FROM (SELECT id FROM documents ORDER BY id DESC LIMIT 12) s`,
    );
    expect([...pages.flat()].sort((a, b) => b - a)).toEqual(newest?.ids.map(Number));
  });

  it('a ward clerk finds only the ward’s documents within the clearance', async () => {
    const ids = (await allPages(wardActor, 'hiem', { candidates: 12, firstWindow: 3 })).flat();
    // "hiếm" is in drafts 0, 13 and 26; 13 belongs to the other ward, 0 is secret (i % 7 === 0) but the
    // ward clerk holds clearance 1.
    expect(ids).toHaveLength(2);
  });
});
