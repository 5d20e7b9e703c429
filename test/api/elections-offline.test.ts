// Offline counting: a counting station (a second installation, as on a laptop with no network)
// counts an election and exports its signed package; the server, once an administrator has trusted
// the station's key, imports it and shows the same result. A package from an unknown station, or
// with a ballot, the result or the election edited (with or without recomputing the hashes), is
// refused and stores nothing; the same package is not imported twice.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, signedContent } from '../../domain/congresses/package.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createElection, invalid, vote } from './elections-fixtures.ts';

let laptop: TestApp;
let server: TestApp;
let pkg: any;
let ward: number;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

beforeAll(async () => {
  [laptop, server] = await Promise.all([startTestApp(), startTestApp()]);
  const id = await createElection(laptop.admin, {
    orgId: laptop.rootId,
    title: 'Bầu Ban Chấp hành Chi bộ',
    seats: 2,
    candidates: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Chín'],
    convened: 6,
  });
  await laptop.admin.post(`/api/elections/${id}/ballots`, {
    ballots: [vote(3, 0, 1), vote(3, 0, 1), vote(3, 0, 2), vote(3, 1, 2), vote(3, 0, 1), invalid(3)],
  });
  const res = await laptop.admin.get(`/api/elections/${id}/package`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  pkg = res.body;
  ward = await server.org(server.rootId, 'direct_committee', 'Đảng ủy phường Hải Châu');
});
afterAll(async () => {
  await Promise.all([laptop?.close(), server?.close()]);
});

const importIt = (p: unknown, c = server.admin) =>
  c.post('/api/elections/import', { orgId: ward, package: p });

async function count(): Promise<number> {
  return (await server.admin.get(`/api/elections?orgId=${ward}`)).body.items.length;
}

describe('offline package', () => {
  it('is refused from a station the server does not trust', async () => {
    const r = await importIt(pkg);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('package_untrusted');
    expect(r.body.error.message).toMatch(/chưa được quản trị viên ghi nhận/);
  });

  it('round-trips once the station is trusted', async () => {
    const station = (await laptop.admin.get('/api/elections/station')).body.own;
    expect(station.fingerprint).toBe(pkg.station.fingerprint);
    const trust = await server.admin.post('/api/elections/stations', {
      name: 'Máy kiểm phiếu phường',
      publicKey: station.publicKey,
    });
    expect(trust.status, JSON.stringify(trust.body)).toBe(201);
    const r = await importIt(pkg);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const res = (await server.admin.get(`/api/elections/${r.body.id}/result`)).body;
    expect(res.status).toBe('closed');
    expect(res.validBallots).toBe(pkg.result.validBallots);
    expect(res.items.map((i: any) => [i.fullName, i.votes, i.elected, i.runoff])).toEqual(
      pkg.result.items.map((i: any) => [i.fullName, i.votes, i.elected, i.runoff]),
    );
    expect(res.items.map((i: any) => i.votes)).toEqual([4, 4, 2]);
    const again = await importIt(pkg);
    expect(again.status).toBe(409);
    // An imported count can be sent for approval as it is.
    expect((await server.admin.post(`/api/elections/${r.body.id}/submit`)).body.status).toBe('submitted');
  });

  it('refuses a tampered package and stores nothing', async () => {
    const before = await count();
    const ballot = clone(pkg);
    ballot.ballots[2].marks = '110';
    const result = clone(pkg);
    result.result.items[2].votes = 5;
    const name = clone(pkg);
    name.election.candidates[2] = 'Võ Văn Em';
    const dropped = clone(pkg);
    dropped.ballots.pop();
    // Edited and re-chained: the chain holds, the signature does not.
    const rechained = clone(pkg);
    rechained.ballots[5] = { ...rechained.ballots[5], valid: true, marks: '011' };
    const { createHash } = await import('node:crypto');
    let prev = createHash('sha256')
      .update(
        `vanphong-election\n${canonicalJson({ election: rechained.election, exportedAt: rechained.exportedAt })}`,
      )
      .digest('hex');
    for (const b of rechained.ballots) {
      prev = createHash('sha256')
        .update(`${prev}\n${canonicalJson({ seq: b.seq, valid: b.valid, marks: b.marks })}`)
        .digest('hex');
      b.hash = prev;
    }
    rechained.head = prev;
    // Re-signed with another key under the trusted station's name: the key is unknown.
    const forged = clone(rechained);
    const other = generateKeyPairSync('ed25519');
    forged.station.publicKey = other.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    forged.station.fingerprint = createHash('sha256')
      .update(other.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex');
    forged.signature = sign(null, Buffer.from(signedContent(forged)), other.privateKey).toString('base64');

    const codes = [];
    for (const p of [ballot, result, name, dropped, rechained, forged]) {
      const r = await importIt(p);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.body.error.message).toMatch(/^Gói kết quả bị từ chối/);
      codes.push(r.body.error.code);
    }
    expect(codes).toEqual([
      'package_chain', // the ballot no longer matches its hash
      'package_signature', // the result is signed
      'package_signature', // so is the election
      'package_chain', // the last hash is not the signed head
      'package_signature', // a new chain has a new head, which was not signed
      'package_untrusted',
    ]);
    // Signed content intact but a ballot's own hash edited: the chain breaks there.
    const hash = clone(pkg);
    hash.ballots[1].hash = '0'.repeat(64);
    const h = await importIt(hash);
    expect(h.body.error).toMatchObject({ code: 'package_chain' });
    expect(h.body.error.message).toMatch(/phiếu số 2/);
    expect((await importIt({ ...pkg, format: 'x' })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('only staff may import; a member may not', async () => {
    const m = await server.as('member', ward);
    expect((await importIt(pkg, m)).status).toBe(403);
  });
});
