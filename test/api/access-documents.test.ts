// Every surface that returns documents — list, search, get, file download, Excel export — returns
// exactly the set the access rule allows, for accounts at random units with random clearances, and
// documents of random units, secrecy levels and directions. The expected set comes from canSee()
// (domain/access.ts); the property test of visibleTo/canSee keeps that equal to the SQL.

import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canSee, scopeOrgIds } from '../../domain/access.ts';
import type { Role } from '../../domain/roles.ts';
import { rows } from '../../server/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../helpers/docs.ts';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let t: TestApp;
let units: number[] = [];
let director: Client;
beforeAll(async () => {
  t = await startTestApp();
  // A small city: two wards with a cell each, a board, and a commune merged into the first ward.
  const w1 = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Một');
  const w2 = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Hai');
  const c1 = await t.org(w1, 'cell', 'Chi bộ Một A');
  const c2 = await t.org(w2, 'cell', 'Chi bộ Hai A');
  const board = await t.org(t.rootId, 'board', 'Văn phòng Thành ủy', 'VPTU');
  const old = (
    await t.admin.post('/api/orgs', {
      name: 'Đảng ủy xã Cũ',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
      on: '2020-01-01',
    })
  ).body.id as number;
  await t.admin.post('/api/orgs/merge', {
    predecessorIds: [old],
    into: { existingId: w1 },
    on: '2025-07-01',
  });
  units = [t.rootId, w1, w2, c1, c2, board, old];
  director = await t.as('leader', t.rootId, 3);
});
afterAll(async () => {
  await t?.close();
});

const world = fc.record({
  docs: fc.array(
    fc.record({
      unit: fc.nat(),
      secrecy: fc.integer({ min: 0, max: 3 }),
      directTo: fc.option(fc.nat(), { nil: undefined }),
      file: fc.boolean(),
    }),
    { minLength: 12, maxLength: 18 },
  ),
  actors: fc.array(
    fc.record({
      unit: fc.nat(),
      clearance: fc.integer({ min: 0, max: 3 }),
      role: fc.constantFrom<Role>('clerk', 'leader', 'specialist', 'member'),
    }),
    { minLength: 5, maxLength: 7 },
  ),
});

let round = 0;

describe('documents: every surface returns exactly the visible set', () => {
  it('list, search, get, download and export agree with canSee', async () => {
    let pairs = 0;
    let leaks = 0;
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        round++;
        const word = `kiemtra${round}`;
        const created: { id: number; fileId?: number }[] = [];
        for (const d of w.docs) {
          const orgId = units[d.unit % units.length] as number;
          const res = await t.admin.post('/api/documents', {
            direction: 'in',
            typeCode: 'CV',
            summary: `Văn bản ${word} số ${created.length}`,
            orgId,
            secrecy: d.secrecy,
            issuer: 'Văn phòng Trung ương',
            symbol: `${round * 100 + created.length}-CV/VPTW`,
            issuedOn: '2026-01-05',
            receivedOn: '2026-01-06',
          });
          if (res.status !== 201) continue; // a merged unit takes no new documents
          const doc: { id: number; fileId?: number } = { id: res.body.id };
          if (d.directTo !== undefined) {
            await director.post(`/api/documents/${doc.id}/directions`, {
              text: 'Giao xử lý',
              leadOrgId: units[d.directTo % units.length],
            });
          }
          if (d.file) doc.fileId = (await upload(t.admin, doc.id, 'vb.pdf', PDF, 'application/pdf')).body.id;
          created.push(doc);
        }
        const db = t.rt.database.db;
        const orgs = await rows<{ id: number; path: string }>(
          db,
          sql`SELECT id, path::text AS path FROM orgs`,
        );
        const links = (
          await rows<{ p: number; s: number }>(
            db,
            sql`SELECT predecessor_id AS p, successor_id AS s FROM org_links`,
          )
        ).map((l) => ({
          predecessorId: l.p,
          successorId: l.s,
        }));
        const records = new Map<
          number,
          { ownerOrgId: number; secrecy: number; grants: { orgId: number | null; userId: number | null }[] }
        >();
        for (const d of created) {
          const row = (
            await rows<{ owner_org_id: number; secrecy: number }>(
              db,
              sql`SELECT owner_org_id, secrecy FROM documents WHERE id = ${d.id}`,
            )
          )[0];
          const grants = await rows<{ org_id: number | null; user_id: number | null }>(
            db,
            sql`SELECT org_id, user_id FROM access_grants WHERE entity = 'document' AND entity_id = ${d.id}`,
          );
          records.set(d.id, {
            ownerOrgId: row!.owner_org_id,
            secrecy: row!.secrecy,
            grants: grants.map((g) => ({ orgId: g.org_id, userId: g.user_id })),
          });
        }
        const ours = new Set(created.map((d) => d.id));
        for (const a of w.actors) {
          const orgId = units[a.unit % units.length] as number;
          const c = await t.as(a.role, orgId === units[6] ? (units[1] as number) : orgId, a.clearance);
          const me = (await c.get('/api/auth/me')).body.user;
          const scope = scopeOrgIds(orgs, links, me.orgId);
          const expected = new Set(
            created
              .filter((d) =>
                canSee(
                  { userId: me.id, orgId: me.orgId, clearance: me.clearance },
                  scope,
                  records.get(d.id)!,
                ),
              )
              .map((d) => d.id),
          );
          const listed = new Set<number>();
          let cursor: string | null = null;
          do {
            const page: { body: { items: { id: number }[]; nextCursor: string | null } } = await c.get(
              `/api/documents?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
            );
            for (const item of page.body.items) if (ours.has(item.id)) listed.add(item.id);
            cursor = page.body.nextCursor;
          } while (cursor);
          const searched = new Set<number>(
            (await c.get(`/api/documents?q=${word}&limit=100`)).body.items.map((d: { id: number }) => d.id),
          );
          const got = new Set<number>();
          const downloaded = new Set<number>();
          for (const d of created) {
            if ((await c.get(`/api/documents/${d.id}`)).status === 200) got.add(d.id);
            if (d.fileId && (await c.get(`/api/documents/${d.id}/files/${d.fileId}`)).status === 200)
              downloaded.add(d.id);
          }
          const xlsx = await t.app.request(
            '/api/documents/register.xlsx?direction=in&from=2026-01-01&to=2026-01-31',
            {
              headers: { cookie: c.cookie ?? '' },
            },
          );
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
          const symbols = new Set<string>();
          wb.worksheets[0]?.eachRow((row) => symbols.add(String(row.getCell(3).value ?? '')));
          const exported = new Set(
            created.filter((d, i) => symbols.has(`${round * 100 + i}-CV/VPTW`) && d.id).map((d) => d.id),
          );
          const withFiles = new Set([...expected].filter((id) => created.find((d) => d.id === id)?.fileId));
          for (const [name, actual, want] of [
            ['list', listed, expected],
            ['search', searched, expected],
            ['get', got, expected],
            ['download', downloaded, withFiles],
            ['export', exported, expected],
          ] as const) {
            pairs += created.length;
            const diff =
              [...actual].filter((x) => !want.has(x)).length + [...want].filter((x) => !actual.has(x)).length;
            leaks += diff;
            expect([...actual].sort(), `${name} for ${JSON.stringify(a)}`).toEqual([...want].sort());
          }
        }
      }),
      { numRuns: 3, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    console.log(
      `documents access: ${pairs} account–document checks over list, search, get, download and export; ${leaks} differences`,
    );
    expect(leaks).toBe(0);
  });
});
