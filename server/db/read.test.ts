import { describe, expect, it } from 'vitest';
import type { Database, Db } from './client.ts';
import { parseLsn, ReadRouter } from './read.ts';

/** A database whose only query answers a WAL position (or fails), with a handle to tell it apart. */
function fakeDb(name: string, lsn: () => string) {
  return {
    db: { name } as unknown as Db,
    rawQuery: async () => ({ rows: [{ lsn: lsn() }] }),
  } as unknown as Database;
}

describe('read routing', () => {
  it('compares WAL positions as numbers', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect((parseLsn('1/0') as bigint) > (parseLsn('0/FFFFFFFF') as bigint)).toBe(true);
    expect(parseLsn('nonsense')).toBeNull();
  });

  it('reads from the replica unless it has not replayed the caller’s write', async () => {
    let replayed = '0/100';
    const primary = fakeDb('primary', () => '0/200');
    const replica = fakeDb('replica', () => replayed);
    const router = new ReadRouter(primary, replica);
    try {
      expect(await router.db({})).toBe(replica.db);
      expect(await router.writePosition()).toBe('0/200');
      expect(await router.db({ readAfter: '0/200' })).toBe(primary.db);
      replayed = '0/200';
      await new Promise((r) => setTimeout(r, 120));
      expect(await router.db({ readAfter: '0/200' })).toBe(replica.db);
      expect(await router.db({ readAfter: '0/180' })).toBe(replica.db);
    } finally {
      router.close();
    }
  });

  it('sets a replica that does not answer aside, and takes it back when it does', async () => {
    let up = false;
    const primary = fakeDb('primary', () => '0/200');
    const replica = fakeDb('replica', () => {
      if (!up) throw new Error('connect ECONNREFUSED');
      return '0/200';
    });
    const router = new ReadRouter(primary, replica);
    try {
      expect(await router.db({ readAfter: '0/100' })).toBe(primary.db);
      expect(await router.db({})).toBe(primary.db);
      up = true;
      await new Promise((r) => setTimeout(r, 1200));
      expect(await router.db({})).toBe(replica.db);
    } finally {
      router.close();
    }
  });

  it('is the primary alone without a replica', async () => {
    const primary = fakeDb('primary', () => '0/1');
    const router = new ReadRouter(primary, undefined);
    expect(await router.db({ readAfter: '0/1' })).toBe(primary.db);
    expect(await router.writePosition()).toBeNull();
  });
});
