// The running server leaves its port and a one-time backup token in the data directory (mode 600),
// so that `vanphong backup` can ask a live embedded server for a backup: only someone who can read
// the data directory — and so the database files themselves — can use it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type RequestCtx, systemCtx } from '../auth/actor.ts';
import { randomToken, safeEqual } from '../auth/crypto.ts';

const FILE = '.server.json';

export interface ServerInfo {
  pid: number;
  port: number;
  backupToken: string;
}

export function writeServerInfo(dataDir: string, port: number): ServerInfo {
  const info: ServerInfo = { pid: process.pid, port, backupToken: randomToken() };
  writeFileSync(path.join(dataDir, FILE), JSON.stringify(info), { mode: 0o600 });
  return info;
}

export function readServerInfo(dataDir: string): ServerInfo | undefined {
  const file = path.join(dataDir, FILE);
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as ServerInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}

export function removeServerInfo(dataDir: string): void {
  rmSync(path.join(dataDir, FILE), { force: true });
}

/**
 * The console asking the running server for a backup: with the token of the data directory, the
 * request acts with the installation's own authority (as the console would on a stopped server).
 */
export function consoleCtx(
  ctx: RequestCtx,
  presented: string | undefined,
  expected: string | undefined,
): RequestCtx {
  if (presented && expected && safeEqual(presented, expected))
    return { ...systemCtx(ctx.requestId), ip: ctx.ip };
  return ctx;
}
