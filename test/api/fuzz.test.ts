// Every endpoint of /api/openapi.json gets generated bodies, paths and queries (well-formed and
// hostile): no answer may be a 5xx, and a 4xx answer must have changed nothing.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { resetPasswordByUsername } from '../../server/modules/users/cli.ts';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../helpers/app.ts';
import { type JsonSchema, param, value } from '../helpers/schema-arbitrary.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// Endpoints that would end the fuzzing session itself.
const SKIP = new Set(['post /api/auth/logout']);

let t: TestApp;
let ids: number[] = [];
beforeAll(async () => {
  t = await startTestApp();
  const ward = await t.org(t.rootId);
  const cell = await t.org(ward, 'cell');
  const user = await t.as('clerk', ward);
  ids = [t.rootId, ward, cell, user.userId];
});
afterAll(async () => {
  await t?.close();
});

interface Operation {
  method: string;
  path: string;
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: { 'application/json'?: { schema: JsonSchema } } };
}

async function state() {
  return one<{ orgs: number; users: number; tokens: number; audit: number }>(
    t.rt.database.db,
    sql`SELECT (SELECT count(*) FROM orgs)::integer AS orgs, (SELECT count(*) FROM users)::integer AS users,
               (SELECT count(*) FROM api_tokens)::integer AS tokens,
               (SELECT count(*) FROM audit_log WHERE action <> 'auth.login_failed')::integer AS audit`,
  );
}

// The operations are fuzzed in four shards, each a test with its own time budget: the API grows with
// every area, and one test over all of it ran into a single timeout on a busy machine.
const SHARDS = 4;

describe('OpenAPI-driven fuzzing', () => {
  it.each(Array.from({ length: SHARDS }, (_, i) => i))(
    'no 5xx, and nothing changes on a 4xx (shard %i)',
    async (shard) => {
      const doc = (await t.client().get('/api/openapi.json')).body as {
        paths: Record<string, Record<string, Operation>>;
      };
      const ops: Operation[] = Object.entries(doc.paths)
        .flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, op]) => ({ ...op, method, path })),
        )
        .filter((_, i) => i % SHARDS === shard);
      let requests = 0;
      const statuses = new Map<number, number>();
      for (const op of ops) {
        if (SKIP.has(`${op.method} ${op.path}`)) continue;
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
        const bodySchema = op.requestBody?.content['application/json']?.schema;
        const arb = fc.record({
          path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, param(p.schema, ids)]))),
          query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, param(p.schema, ids)])), {
            requiredKeys: [],
          }),
          body: bodySchema ? value(bodySchema) : fc.constant(undefined),
        });
        await fc.assert(
          fc.asyncProperty(arb, async ({ path, query, body }) => {
            let url = op.path;
            for (const [k, v] of Object.entries(path))
              url = url.replace(`{${k}}`, encodeURIComponent(v as string));
            const qs = new URLSearchParams(query as Record<string, string>).toString();
            if (qs) url += `?${qs}`;
            const before = await state();
            const res = await t.admin.request(op.method.toUpperCase(), url, body);
            requests++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const after = await state();
            if (res.status === 401 || res.status === 403) {
              // A fuzzed password reset, TOTP reset or disable may end the admin's session or change
              // its password: restore it from the console, as an operator would, and log in again.
              if ((await t.admin.get('/api/auth/me')).status === 401) {
                await resetPasswordByUsername(t.rt, 'admin', ADMIN_PASSWORD);
                await t.rt.database.db.execute(
                  sql`UPDATE users SET disabled_at = NULL, totp_enabled_at = NULL WHERE username = 'admin'`,
                );
                await t.admin.login('admin', ADMIN_PASSWORD);
              }
            }
            expect(
              res.status,
              `${op.method} ${url} ${JSON.stringify(body)?.slice(0, 300)} → ${JSON.stringify(res.body)}`,
            ).toBeLessThan(500);
            if (res.status >= 400) {
              expect(res.body?.error?.code, `${op.method} ${url}`).toMatch(/^[a-z_]+$/);
              expect(res.body?.error?.message).toBeTruthy();
              expect(after, `${op.method} ${url} changed state on ${res.status}`).toEqual(before);
            }
          }),
          { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
        );
      }
      console.log(
        `fuzz shard ${shard}: ${requests} requests over ${ops.length} operations; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect(requests).toBeGreaterThan(ops.length * RUNS * 0.9);
      // Some 1,500 requests per shard with three statements each: a budget of its own, not a speed target.
    },
    300_000,
  );
});
