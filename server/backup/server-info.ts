// The running server leaves its port and a one-time backup token in the data directory (mode 600),
// so that `vanphong backup` can ask a live embedded server for a backup: only someone who can read
// the data directory — and so the database files themselves — can use it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomToken } from '../auth/crypto.ts';

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
