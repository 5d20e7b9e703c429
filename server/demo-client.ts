// How the demo fills the app: a signed-in person calling the public API in process, so every piece of
// demo content obeys the rules a real request would. Shared by each area's demo file.
import { createApp } from './app.ts';
import type { Deps } from './deps.ts';
import { packPlainDocx } from './office/index.ts';

export class DemoClient {
  private cookie = '';
  private csrf = '';

  constructor(
    private readonly app: ReturnType<typeof createApp>,
    readonly username: string,
  ) {}

  async login(password: string): Promise<this> {
    const res = await this.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: this.username, password }),
    });
    if (res.status !== 200) throw new Error(`demo login ${this.username}: ${await res.text()}`);
    this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return this;
  }

  /** A JSON request, or a multipart one when `body` is a FormData. */
  async call<T = { id: number }>(method: string, url: string, body?: unknown): Promise<T> {
    const form = body instanceof FormData;
    const res = await this.app.request(url, {
      method,
      headers: {
        ...(form ? {} : { 'content-type': 'application/json' }),
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
      },
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`demo ${this.username} ${method} ${url}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }
}

/** Signs the demo's people in on one app: `const as = demoSignIn(deps, password); await as('vanthu.tu')`. */
export function demoSignIn(deps: Deps, password: string): (username: string) => Promise<DemoClient> {
  const app = createApp(deps);
  return (username) => new DemoClient(app, username).login(password);
}

/** A Word file of plain paragraphs (made by the office kit), as a multipart form with the field `file`. */
export async function docxForm(name: string, lines: string[]): Promise<FormData> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await packPlainDocx(name, lines))]), name);
  return form;
}
