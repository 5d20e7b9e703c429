// GET /api/orgs/tree, cached: the nested tree is built and serialised once per version of the units'
// data and kept as bytes with its ETag. The version is the row 'org_tree' of cache_versions, bumped by
// the database's own triggers in the transaction of every write to orgs, org_versions and org_links
// (migration 0008), so a server never serves a tree older than the version it has just read, and
// two servers on one database agree. Reading it is one primary-key query per request.
//
// Why a copy built at version V is never stale: V is read before the tree is built, so the tree holds
// at least every write committed before V was read. A later request that reads the same V knows that
// nothing changed the units in between (any committed change would have bumped V), so the data it
// would read is the data the copy was built from.
import { createHash } from 'node:crypto';
import type { Database, Db } from '../../db/client.ts';
import { nest, type OrgJson, type OrgNodeJson, presentOrg, presentVersion, withPlaces } from './presenter.ts';
import * as q from './queries.ts';

export interface TreeOptions {
  asOf?: string | undefined;
  includeInactive?: boolean | undefined;
}

export interface CachedTree {
  version: number;
  /** Strong ETag of the body: a hash of its bytes, so it also holds across servers and restores. */
  etag: string;
  /** The JSON answer, UTF-8. */
  body: Uint8Array<ArrayBuffer>;
}

interface Entry {
  version: number;
  tree: Promise<CachedTree>;
}

/** The current tree, the tree with inactive units, and a few dates asked about with `asOf`. */
const MAX_ENTRIES = 8;

// One cache per open database (a process may hold several: tests, restore).
const caches = new WeakMap<Database, Map<string, Entry>>();

/** The version of the units' data (one primary-key read). */
export function treeVersion(db: Db): Promise<number> {
  return q.treeVersion(db);
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

async function build(db: Db, opts: TreeOptions, version: number): Promise<CachedTree> {
  const body = new TextEncoder().encode(JSON.stringify(await buildTree(db, opts)));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { version, etag, body };
}

/** The tree for these options, from the cache when it was built at the current version or later. */
export async function cachedTree(database: Database, opts: TreeOptions): Promise<CachedTree> {
  const version = await treeVersion(database.db);
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map();
    caches.set(database, cache);
  }
  const key = keyOf(opts);
  const hit = cache.get(key);
  // A copy built at a later version than this request read is newer data, not stale data.
  if (hit && hit.version >= version) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.tree;
  }
  // Concurrent requests after a change share one build.
  const entry: Entry = { version, tree: build(database.db, opts, version) };
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
  }
  entry.tree.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return entry.tree;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (s: string) => s.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}
