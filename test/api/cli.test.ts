// The `vanphong` command as an operator runs it: a real server process, its first-start password,
// the data-directory lock, a clean SIGTERM, `audit verify` before and after tampering, and the
// console password reset.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

const BIN = path.resolve('bin/vanphong.mjs');
let db: TestDatabase;
let dataDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-cli-'));
  env = { ...process.env, VANPHONG_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env.VANPHONG_ADMIN_PASSWORD;
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
});
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function startServer(): Promise<{ proc: ChildProcess; port: number; stdout: () => string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'serve'], { env });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out} ${err}`)), 60_000);
    proc.stdout?.on('data', (d) => {
      out += d;
      const m = /vanphong: http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, port: Number(m[1]), stdout: () => out });
      }
    });
    proc.stderr?.on('data', (d) => {
      err += d;
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}: ${out} ${err}`));
    });
  });
}

async function tamper(statement: ReturnType<typeof sql>) {
  const database = await openDatabase({ databaseUrl: db.url, dataDir });
  try {
    await database.db.execute(statement);
  } finally {
    await database.close();
  }
}

describe('vanphong CLI', () => {
  it('has help in Vietnamese and English', async () => {
    const res = await run(['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Chạy máy chủ web');
    expect(res.stdout).toContain('run the web server');
    expect(res.stdout).toContain('audit');
  });

  it('serves, prints the first admin password once, locks the data dir, stops cleanly on SIGTERM', async () => {
    const server = await startServer();
    const password = /Mật khẩu:\s+(\S+)/.exec(server.stdout())?.[1];
    expect(password).toMatch(/^\S{16}$/);
    const base = `http://127.0.0.1:${server.port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: 'ok', database: db.backend });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const page = await fetch(`${base}/van-ban/den`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    if (db.backend === 'embedded') {
      const second = await run(['serve']);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain('đang được tiến trình');
    }
    const exited = new Promise<number | null>((resolve) => server.proc.on('exit', resolve));
    server.proc.kill('SIGTERM');
    expect(await exited).toBe(0);

    // A second start does not create or print another admin password.
    const again = await startServer();
    expect(again.stdout()).not.toContain('Mật khẩu:');
    const stopped = new Promise((resolve) => again.proc.on('exit', resolve));
    again.proc.kill('SIGTERM');
    await stopped;
  });

  it('audit verify passes on an intact log and fails naming the edited row', async () => {
    const ok = await run(['audit', 'verify']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('toàn vẹn');
    await tamper(sql`UPDATE audit_log SET actor_name = 'ke-gian' WHERE id = 2`);
    const bad = await run(['audit', 'verify']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('dòng 2');
  });

  it('user reset-password sets a new password from the console', async () => {
    const res = await run(['user', 'reset-password', 'admin', '--password', 'mat-khau-tu-console']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('mat-khau-tu-console');
    const missing = await run(['user', 'reset-password', 'khong-ton-tai']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không có tài khoản');
  });

  it('backs up a live server and restores into an empty data directory', async () => {
    const original = await run(['audit', 'verify']);
    const server = await startServer();
    try {
      const file = path.join(dataDir, 'sao-luu.zip');
      const res = await run(['backup', file]);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toContain('sao-luu.zip');
      const restoredDir = mkdtempSync(path.join(tmpdir(), 'vanphong-cli-restore-'));
      const target = await createTestDatabase();
      const saved = { ...env };
      try {
        env.VANPHONG_DATA_DIR = restoredDir;
        if (target.url) env.DATABASE_URL = target.url;
        const restored = await run(['restore', file]);
        expect(restored.code, restored.stderr).toBe(0);
        expect(restored.stdout).toMatch(/Đã khôi phục \d+ dòng/);
        // The copy is faithful, tampering included: verify says of it what it said of the original
        // (the audit rows the running server wrote since are whole and anchored).
        const verify = await run(['audit', 'verify']);
        expect(verify.code).toBe(original.code);
        expect(verify.stderr.split(':')[0]).toBe(original.stderr.split(':')[0]);
      } finally {
        Object.assign(env, saved);
        if (!saved.DATABASE_URL) delete env.DATABASE_URL;
        await target.drop();
        rmSync(restoredDir, { recursive: true, force: true });
      }
    } finally {
      const stopped = new Promise((resolve) => server.proc.on('exit', resolve));
      server.proc.kill('SIGTERM');
      await stopped;
    }
  });

  it('migrate reports an up-to-date database', async () => {
    const res = await run(['migrate']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('mới nhất');
  });
});
