// A logged-in user of the API over real HTTP (loopback): a session cookie and timed GETs.
import { BENCH_PASSWORD } from '../generate.ts';

export class Session {
  cookie = '';
  constructor(
    readonly base: string,
    readonly username: string,
  ) {}

  async login(password = BENCH_PASSWORD): Promise<this> {
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: this.username, password }),
    });
    const m = /vp_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
    await res.text();
    if (res.status !== 200 || !m) throw new Error(`login ${this.username}: ${res.status}`);
    this.cookie = `vp_session=${m[1]}`;
    return this;
  }

  /** A GET with the body read and parsed, timed end to end as a client sees it. */
  async get<T = unknown>(path: string): Promise<{ ms: number; status: number; body: T }> {
    const t = performance.now();
    const res = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookie } });
    const text = await res.text();
    const body = (text ? JSON.parse(text) : null) as T;
    return { ms: performance.now() - t, status: res.status, body };
  }

  async ok<T = unknown>(path: string): Promise<{ ms: number; body: T }> {
    const r = await this.get<T>(path);
    if (r.status !== 200)
      throw new Error(`GET ${path} as ${this.username}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return r;
  }
}
