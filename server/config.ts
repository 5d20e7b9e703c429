// Configuration from the environment, read once. Every setting is listed in the README.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  orgName: string;
  orgCode: string;
  sessionHours: number;
  sessionIdleMinutes: number;
  maxUploadMb: number;
  logLevel: string;
  /** Cookies marked Secure (behind HTTPS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a reverse proxy for the client address. */
  trustProxy: boolean;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} phải là số nguyên từ ${min} (đang là "${raw}")`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env, 'PORT', 3000, 0), // 0: any free port (tests)
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.VANPHONG_DATA_DIR || './data'),
    adminPassword: env.VANPHONG_ADMIN_PASSWORD || undefined,
    orgName: env.VANPHONG_ORG_NAME || 'Thành ủy',
    orgCode: env.VANPHONG_ORG_CODE || 'TU',
    sessionHours: int(env, 'VANPHONG_SESSION_HOURS', 12),
    sessionIdleMinutes: int(env, 'VANPHONG_SESSION_IDLE_MINUTES', 120),
    maxUploadMb: int(env, 'VANPHONG_MAX_UPLOAD_MB', 100),
    logLevel: env.LOG_LEVEL || 'info',
    secureCookies: env.VANPHONG_SECURE_COOKIES === '1',
    trustProxy: env.VANPHONG_TRUST_PROXY === '1',
  };
}
