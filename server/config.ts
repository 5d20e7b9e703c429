// Configuration from the environment, read once. Every setting is listed in the README.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** A streaming replica of DATABASE_URL for read-only work (search, lists, reports, exports). */
  databaseReadUrl: string | undefined;
  /** PostgreSQL only: connections in the pool (PGlite has one). */
  dbPoolSize: number;
  /** PostgreSQL only: how long a request waits for a free connection before it is answered 503. */
  dbConnectTimeoutMs: number;
  /**
   * PGlite only: run the database on a worker thread, off the thread that serves HTTP
   * (VANPHONG_PGLITE_WORKER=1; docs/benchmarks.md, "Cheap GETs on PGlite").
   */
  pgliteWorker: boolean;
  dataDir: string;
  adminPassword: string | undefined;
  orgName: string;
  orgCode: string;
  sessionHours: number;
  sessionIdleMinutes: number;
  /**
   * How long this server may answer from its memory that a session cookie is live, in ms
   * (VANPHONG_SESSION_CACHE_MS). Unset: 30 s on PGlite (one process owns the data, so every end of
   * a session passes through it), 0 (off) on PostgreSQL, where another app server or a CLI command
   * may end a session. Any write request on this server empties the cache.
   */
  sessionCacheMs: number | undefined;
  maxUploadMb: number;
  logLevel: string;
  /** Cookies marked Secure (behind HTTPS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a reverse proxy for the client address. */
  trustProxy: boolean;
  /** S3-compatible object storage for stored files (VANPHONG_S3_BUCKET set); the local store otherwise. */
  s3: S3Config | undefined;
}

export interface S3Config {
  bucket: string;
  /** e.g. http://127.0.0.1:9000 for MinIO; empty for AWS S3. */
  endpoint: string | undefined;
  region: string;
  /** Key prefix inside the bucket, ending in "/". */
  prefix: string;
  forcePathStyle: boolean;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
}

function s3Config(env: NodeJS.ProcessEnv): S3Config | undefined {
  const bucket = env.VANPHONG_S3_BUCKET;
  if (!bucket) return undefined;
  const endpoint = env.VANPHONG_S3_ENDPOINT || undefined;
  const prefix = (env.VANPHONG_S3_PREFIX ?? 'files/').replace(/^\/+/, '');
  return {
    bucket,
    endpoint,
    region: env.VANPHONG_S3_REGION || 'us-east-1',
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    // S3-compatible servers (MinIO, Ceph) are addressed by path; AWS by virtual host.
    forcePathStyle: env.VANPHONG_S3_FORCE_PATH_STYLE ? env.VANPHONG_S3_FORCE_PATH_STYLE === '1' : !!endpoint,
    accessKeyId: env.VANPHONG_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.VANPHONG_S3_SECRET_ACCESS_KEY || undefined,
  };
}

/**
 * 20 connections: 10 were held by slow searches under 200 users and starved every other request
 * (docs/benchmarks.md); PostgreSQL's default max_connections is 100, so a few servers fit.
 */
export const DEFAULT_POOL_SIZE = 20;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

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
    // Only beside a PostgreSQL primary: PGlite has no replicas.
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || undefined,
    dbPoolSize: int(env, 'VANPHONG_DB_POOL_SIZE', DEFAULT_POOL_SIZE),
    dbConnectTimeoutMs: int(env, 'VANPHONG_DB_CONNECT_TIMEOUT_MS', DEFAULT_CONNECT_TIMEOUT_MS),
    pgliteWorker: env.VANPHONG_PGLITE_WORKER === '1',
    dataDir: path.resolve(env.VANPHONG_DATA_DIR || './data'),
    adminPassword: env.VANPHONG_ADMIN_PASSWORD || undefined,
    orgName: env.VANPHONG_ORG_NAME || 'Thành ủy',
    orgCode: env.VANPHONG_ORG_CODE || 'TU',
    sessionHours: int(env, 'VANPHONG_SESSION_HOURS', 12),
    sessionIdleMinutes: int(env, 'VANPHONG_SESSION_IDLE_MINUTES', 120),
    sessionCacheMs: env.VANPHONG_SESSION_CACHE_MS ? int(env, 'VANPHONG_SESSION_CACHE_MS', 0, 0) : undefined,
    maxUploadMb: int(env, 'VANPHONG_MAX_UPLOAD_MB', 100),
    logLevel: env.LOG_LEVEL || 'info',
    secureCookies: env.VANPHONG_SECURE_COOKIES === '1',
    trustProxy: env.VANPHONG_TRUST_PROXY === '1',
    s3: s3Config(env),
  };
}
