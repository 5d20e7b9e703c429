// A `vanphong serve` process for fault tests: started, killed (SIGKILL) or stopped, restarted on the
// same data directory and database.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve('bin/vanphong.mjs');

export class ServerProcess {
  proc: ChildProcess | undefined;
  port = 0;
  output = '';

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.output = '';
    const proc = spawn(process.execPath, [BIN, 'serve'], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${this.output}`)), 120_000);
      proc.stdout?.on('data', (d) => {
        this.output += d;
        const m = /vanphong: http:\/\/localhost:(\d+)/.exec(this.output);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      proc.stderr?.on('data', (d) => {
        this.output += d;
      });
      proc.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited ${code}: ${this.output}`));
      });
    });
  }

  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
    this.proc = undefined;
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await exited;
    this.proc = undefined;
  }
}

export async function api(base: string, token: string, method: string, url: string, body?: unknown) {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${token}` } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await fetch(`${base}${url}`, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as any };
}

/** A personal API token for an account (log in with the password, then create the token). */
export async function tokenFor(base: string, username: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const tok = await fetch(`${base}/api/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'kiểm tra lỗi' }),
  });
  return ((await tok.json()) as { token: string }).token;
}

/** The environment of a server on this data directory: PostgreSQL when `dbUrl` is set, else PGlite. */
export function serverEnv(
  dataDir: string,
  dbUrl: string | undefined,
  adminPassword: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VANPHONG_DATA_DIR: dataDir,
    VANPHONG_ADMIN_PASSWORD: adminPassword,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
  };
  if (dbUrl) env.DATABASE_URL = dbUrl;
  else delete env.DATABASE_URL;
  return env;
}

/** What a kill scenario measured on one backend (printed, and written to KILL_REPORT). */
export interface KillReport {
  backend: string;
  scenario: string;
  runs: number;
  acknowledged: number;
  lost: number;
  violations: string[];
}

/** An empty report for a scenario on the backend these tests run on. */
export function killReport(scenario: string): KillReport {
  const backend = process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';
  return { backend, scenario, runs: 0, acknowledged: 0, lost: 0, violations: [] };
}
