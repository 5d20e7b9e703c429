// SIGKILL at random points while files are uploaded and numbers issued: after each restart,
// everything acknowledged is there, nothing is half-written (no file without its row, no row without
// its file, no gap or repeat in document numbers), and the embedded data directory opens.
// KILL_RUNS runs per scenario and backend (CI: 4; the report in docs/security.md: 20).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { invariants } from './invariants.ts';
import { api, type KillReport, killReport, ServerProcess, serverEnv, tokenFor } from './server.ts';

const RUNS = Number(process.env.KILL_RUNS ?? 4);
const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const ADMIN = 'quan-tri-kiem-tra-loi';

const reports: KillReport[] = [];

let db: TestDatabase;
let dataDir: string;
let server: ServerProcess;
let token = '';
let ward = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-kill-'));
  server = new ServerProcess(serverEnv(dataDir, db.url, ADMIN));
  await server.start();
  token = await tokenFor(server.base, 'admin', ADMIN);
  const tree = await api(server.base, token, 'GET', '/api/orgs/tree');
  const org = await api(server.base, token, 'POST', '/api/orgs', {
    name: 'Đảng ủy phường Kiểm Tra Lỗi',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parentId: tree.body[0].id,
  });
  ward = org.body.id;
});

afterAll(async () => {
  await server?.stop();
  const file = process.env.KILL_REPORT;
  if (file) writeFileSync(file, JSON.stringify(reports, null, 2));
  console.log(`kill report: ${JSON.stringify(reports)}`);
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the workload until the server dies; returns what it acknowledged. */
async function until<T>(
  work: (signal: { dead: boolean }) => Promise<T[]>,
  killAfterMs: number,
): Promise<T[]> {
  const signal = { dead: false };
  const running = work(signal);
  await new Promise((r) => setTimeout(r, killAfterMs));
  await server.kill();
  signal.dead = true;
  return running;
}

describe('SIGKILL mid-write', () => {
  it('uploads: every acknowledged file is there with its row', async () => {
    const report = killReport('upload');
    reports.push(report);
    for (let run = 0; run < RUNS; run++) {
      if (!server.proc) await server.start();
      const doc = await api(server.base, token, 'POST', '/api/documents', {
        direction: 'in',
        typeCode: 'CV',
        summary: `Tải lên lần ${run}`,
        orgId: ward,
      });
      const acked = await until(
        async (signal) => {
          const done: { id: number; sha256: string }[] = [];
          await Promise.all(
            [0, 1, 2].map(async () => {
              while (!signal.dead) {
                const form = new FormData();
                const bytes = Buffer.concat([PDF, randomBytes(2048)]);
                form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'tep.pdf');
                try {
                  const res = await api(
                    server.base,
                    token,
                    'POST',
                    `/api/documents/${doc.body.id}/files`,
                    form,
                  );
                  if (res.status === 201) done.push({ id: res.body.id, sha256: res.body.sha256 });
                } catch {
                  return; // the server is gone
                }
              }
            }),
          );
          return done;
        },
        200 + Math.floor(Math.random() * 2500),
      );
      report.runs++;
      report.acknowledged += acked.length;
      await server.start();
      const detail = await api(server.base, token, 'GET', `/api/documents/${doc.body.id}`);
      const present = new Set(
        (detail.body.files as { id: number; sha256: string }[]).map((f) => `${f.id}:${f.sha256}`),
      );
      report.lost += acked.filter((a) => !present.has(`${a.id}:${a.sha256}`)).length;
      await server.stop();
      report.violations.push(...(await invariants(db.url, dataDir)));
    }
    expect(report.lost).toBe(0);
    expect(report.violations).toEqual([]);
  });

  it('a batch of issues: acknowledged numbers are kept, no gap, no repeat', async () => {
    const report = killReport('issue');
    reports.push(report);
    for (let run = 0; run < RUNS; run++) {
      if (!server.proc) await server.start();
      const drafts: number[] = [];
      for (let i = 0; i < 120; i++) {
        const d = await api(server.base, token, 'POST', '/api/documents', {
          direction: 'out',
          typeCode: 'KH',
          summary: `Kế hoạch ${run}-${i}`,
          orgId: ward,
        });
        drafts.push(d.body.id);
      }
      const acked = await until(
        async (signal) => {
          const done: { id: number; symbol: string }[] = [];
          const queue = [...drafts];
          await Promise.all(
            [0, 1, 2, 3, 4].map(async () => {
              while (!signal.dead && queue.length) {
                const id = queue.shift() as number;
                try {
                  const res = await api(server.base, token, 'POST', `/api/documents/${id}/issue`, {});
                  if (res.status === 200) done.push({ id, symbol: res.body.symbol });
                } catch {
                  return;
                }
              }
            }),
          );
          return done;
        },
        50 + Math.floor(Math.random() * 700),
      );
      report.runs++;
      report.acknowledged += acked.length;
      await server.start();
      for (const a of acked) {
        const d = await api(server.base, token, 'GET', `/api/documents/${a.id}`);
        if (d.body.symbol !== a.symbol) report.lost++;
      }
      await server.stop();
      report.violations.push(...(await invariants(db.url, dataDir)));
    }
    expect(report.lost).toBe(0);
    expect(report.violations).toEqual([]);
  });
});
