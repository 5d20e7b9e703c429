// GET /api/orgs/tree, cached: the nested tree is built, serialised and compressed (brotli and gzip)
// once per version of the units' data and kept as bytes with their ETags. The version is the row 'org_tree' of cache_versions, bumped by
// the database's own triggers in the transaction of every write to orgs, org_versions and org_links
// (migration 0008), so a server never serves a tree older than the version it has just read, and
// two servers on one database agree. Reading it is one primary-key query per request.
//
// Why a copy built at version V is never stale: V is read before the tree is built, so the tree holds
// at least every write committed before V was read. A later request that reads the same V knows that
// nothing changed the units in between (any committed change would have bumped V), so the data it
// would read is the data the copy was built from.
//
// Concurrent requests share version reads (readVersion): a request never reuses a read that began
// before it arrived — it waits for the next one — so it still sees every change committed before it
// was sent, on any server, while under load one primary-key read serves every request that arrived
// during the previous one.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Database, Db } from '../../db/client.ts';
import { nest, type OrgJson, type OrgNodeJson, presentOrg, presentVersion, withPlaces } from './presenter.ts';
import * as q from './queries.ts';

export interface TreeOptions {
  asOf?: string | undefined;
  includeInactive?: boolean | undefined;
}

export type TreeEncoding = 'br' | 'gzip' | 'identity';

export interface TreeVariant {
  /**
   * Strong ETag of these bytes: a hash of the JSON (so it holds across servers and restores) with
   * the encoding after it, as a strong validator must differ between encodings.
   */
  etag: string;
  body: Uint8Array<ArrayBuffer>;
}

export interface CachedTree {
  version: number;
  /** The JSON answer (UTF-8) and its brotli and gzip copies, each compressed once. */
  variants: Record<TreeEncoding, TreeVariant>;
}

interface Entry<T> {
  version: number;
  value: Promise<T>;
}

/** The current tree, the tree with inactive units, and a few dates asked about with `asOf`. */
const MAX_TREES = 8;

// One cache per open database (a process may hold several: tests, restore), one room per kind.
const caches = new WeakMap<Database, Map<string, Map<string, Entry<unknown>>>>();

/** The version of the units' data (one primary-key read). */
export function treeVersion(db: Db): Promise<number> {
  return q.treeVersion(db);
}

interface VersionReads {
  /** The read under way, if any. */
  current: Promise<number> | null;
  /** The read that starts when the current one ends, shared by every request that arrived meanwhile. */
  next: Promise<number> | null;
}
const reads = new WeakMap<Database, VersionReads>();

/** Embedded: the version last read, and the count of unit-changing commits when its read began. */
const known = new WeakMap<Database, { version: number; changes: number }>();

/**
 * The version as of this call or later. On PGlite without a read when no commit has changed the units
 * since the version was read: one process owns the data directory (server/db/lock.ts; a CLI command
 * on it is refused while the server runs), so every such commit passes through this process, and its
 * notification (migration 0030) counts it before the commit's caller goes on. A read whose count
 * moved while it ran is used by its callers but not kept. On PostgreSQL other servers write too:
 * every call reads (shared, below).
 */
export function readVersion(database: Database): Promise<number> {
  const changes = database.orgTreeChanges;
  if (!changes) return sharedRead(database);
  const before = changes();
  const k = known.get(database);
  if (k && k.changes === before) return Promise.resolve(k.version);
  return sharedRead(database).then((version) => {
    if (changes() === before) known.set(database, { version, changes: before });
    return version;
  });
}

/**
 * A read of the version as of this call or later: the current read is never joined (it may have begun
 * before a change this caller must see), the next one is, so under load reads do not pile up.
 */
function sharedRead(database: Database): Promise<number> {
  let r = reads.get(database);
  if (!r) {
    r = { current: null, next: null };
    reads.set(database, r);
  }
  const state = r;
  const start = (): Promise<number> => {
    const p = treeVersion(database.db);
    state.current = p;
    const done = () => {
      if (state.current === p) state.current = null;
    };
    p.then(done, done);
    return p;
  };
  if (!state.current) return start();
  if (!state.next) {
    const after = state.current.then(
      () => undefined,
      () => undefined,
    );
    state.next = after.then(() => {
      state.next = null;
      return start();
    });
  }
  return state.next;
}

/** The nested tree: the current units (active only, or all), or the units in force on a date. */
export async function buildTree(db: Db, opts: TreeOptions): Promise<OrgNodeJson[]> {
  if (opts.asOf) {
    const versions = await q.versionsAsOf(db, opts.asOf);
    const current = new Map(withPlaces(await q.all(db, true)).map((o) => [o.id, o]));
    const orgs: OrgJson[] = versions.flatMap((v) => {
      const o = current.get(v.org_id);
      if (!o) return [];
      return [
        {
          ...presentOrg(o),
          ...presentVersion(v),
          active: true,
          validFrom: o.valid_from,
          validTo: o.valid_to,
        },
      ];
    });
    return nest(orgs);
  }
  // Every unit is read, so that an inactive ancestor's place still reaches its units.
  const all = withPlaces(await q.all(db, true));
  const shown = opts.includeInactive ? all : all.filter((o) => o.active);
  return nest(shown.map(presentOrg));
}

function keyOf(opts: TreeOptions): string {
  // asOf shows the units in force on that date, whatever includeInactive says (buildTree).
  if (opts.asOf) return `asOf:${opts.asOf}`;
  return opts.includeInactive ? 'all' : 'active';
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function build(db: Db, opts: TreeOptions, version: number): Promise<CachedTree> {
  const body = new TextEncoder().encode(JSON.stringify(await buildTree(db, opts)));
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
  // Compressed on libuv's threads, not the event loop. Brotli quality 6: the city's 4.4 MB tree
  // becomes 212 KB in about 0.4 s; quality 11 saves a fifth more and takes 30 s (measured).
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  const bytes = (b: Buffer) =>
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength) as Uint8Array<ArrayBuffer>;
  return {
    version,
    variants: {
      identity: { etag: `"${hash}"`, body },
      br: { etag: `"${hash}-br"`, body: bytes(br) },
      gzip: { etag: `"${hash}-gz"`, body: bytes(gz) },
    },
  };
}

/**
 * A value built once per version of the units' data and kept while that version lasts: the tree's
 * bytes per option, the unit index (unit-index.ts), an account's scope. `kind` keeps each its own
 * room (`max` entries, least recently used out), so many accounts' scopes never push a tree out.
 */
export async function versioned<T>(
  database: Database,
  kind: string,
  max: number,
  key: string,
  make: (version: number) => Promise<T>,
): Promise<T> {
  const version = await readVersion(database);
  let kinds = caches.get(database);
  if (!kinds) {
    kinds = new Map();
    caches.set(database, kinds);
  }
  let cache = kinds.get(kind) as Map<string, Entry<T>> | undefined;
  if (!cache) {
    cache = new Map();
    kinds.set(kind, cache as Map<string, Entry<unknown>>);
  }
  const hit = cache.get(key);
  // A copy built at a later version than this request read is newer data, not stale data.
  if (hit && hit.version >= version) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.value;
  }
  // Concurrent requests after a change share one build.
  const entry: Entry<T> = { version, value: make(version) };
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > max) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
  }
  const room = cache;
  entry.value.catch(() => {
    if (room.get(key) === entry) room.delete(key);
  });
  return entry.value;
}

/** The tree for these options, from the cache when it was built at the current version or later. */
export function cachedTree(database: Database, opts: TreeOptions): Promise<CachedTree> {
  return versioned(database, 'tree', MAX_TREES, keyOf(opts), (version) => build(database.db, opts, version));
}

/**
 * Whether an If-None-Match header names this tree in any encoding (weak comparison, as RFC 9110
 * asks for GET: the same JSON whatever its encoding, so a client that switched encodings still gets
 * 304).
 */
export function etagMatches(ifNoneMatch: string | undefined, tree: CachedTree): boolean {
  if (!ifNoneMatch) return false;
  const bare = (s: string) => s.trim().replace(/^W\//, '');
  const known = new Set(Object.values(tree.variants).map((v) => v.etag));
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || known.has(bare(t)));
}
