// Offline counting (docs/congresses.md): a counting station — a laptop running the embedded database,
// with no network — counts an election and exports a signed result package; the server imports it
// after checking that the key is trusted (its own, or a station an administrator registered), the
// signature, the hash chain of the ballots, the rules counted under and the result. A package that
// fails any check is refused and nothing is stored.
import { decodeMarks } from '../../../../domain/congresses/ballots.ts';
import {
  canonicalJson,
  PACKAGE_FORMAT,
  type PackageElection,
  type ResultPackage,
  type resultPackage,
} from '../../../../domain/congresses/package.ts';
import { countElection } from '../../../../domain/congresses/result.ts';
import type { stationBody } from '../../../../domain/congresses/schemas.ts';
import type { id as idSchema, z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { rootUnit } from '../../orgs/service.ts';
import * as eq from '../elections/queries.ts';
import { checkedBallots, visibleElection } from '../elections/record.ts';
import { rulesOf } from '../elections/rules.ts';
import { insertElection } from '../elections/service.ts';
import { brokenLink, chain, fingerprintOf, newKeyPair, signatureValid, signPackage } from './package.ts';
import { presentKey, type StationInfo } from './presenter.ts';
import * as q from './queries.ts';

async function ownKey(db: Db, ctx: RequestCtx): Promise<q.KeyRow> {
  const found = await q.own(db);
  if (found) return found;
  const pair = newKeyPair();
  const root = await rootUnit(db, ctx);
  await q.insertOwn(db, {
    name: `Máy kiểm phiếu ${root?.name ?? 'vanphong'}`,
    publicKey: pair.publicKey,
    fingerprint: fingerprintOf(pair.publicKey) as string,
    privateKey: pair.privateKey,
  });
  return (await q.own(db)) as q.KeyRow;
}

/** This installation's station key (made on first use) and the stations it trusts. */
export async function station(deps: Deps, ctx: RequestCtx): Promise<StationInfo> {
  authorize(ctx, 'congress.read');
  return transact(deps, async (tx) => ({
    own: presentKey(await ownKey(tx, ctx)),
    trusted: (await q.trusted(tx)).map(presentKey),
  }));
}

export async function trustStation(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof stationBody>,
): Promise<StationInfo> {
  const actor = authorize(ctx, 'congress.stations');
  return transact(deps, async (tx) => {
    const fingerprint = fingerprintOf(input.publicKey);
    if (!fingerprint)
      throw new RuleError(
        'station_key_invalid',
        'Khóa công khai không phải khóa Ed25519 (dạng SPKI, base64).',
      );
    if (await q.byFingerprint(tx, fingerprint))
      throw new ConflictError('station_known', 'Khóa của máy kiểm phiếu này đã được ghi nhận.');
    const id = await q.insertTrusted(tx, { ...input, fingerprint, by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'congress.station_trust',
      entity: 'congress_key',
      entityId: id,
      after: { name: input.name, fingerprint },
    });
    return { own: presentKey(await ownKey(tx, ctx)), trusted: (await q.trusted(tx)).map(presentKey) };
  });
}

function resultOfPackage(e: PackageElection, ballots: ResultPackage['ballots']): ResultPackage['result'] {
  const count = countElection({
    seats: e.seats,
    convened: e.convened,
    candidates: e.candidates,
    ballots: ballots.map((b) => ({ valid: b.valid, marks: decodeMarks(b.marks) })),
    majority: e.rules.majority,
    validity: e.rules.validity,
  });
  return {
    validBallots: count.validBallots,
    items: count.items.map((i) => ({
      fullName: i.fullName,
      votes: i.votes,
      elected: i.elected,
      runoff: i.runoff,
    })),
  };
}

/** The signed package of an election's count as it stands. */
export async function exportPackage(deps: Deps, ctx: RequestCtx, id: number): Promise<ResultPackage> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleElection(tx, actor, id);
    const [rules, candidates, ballots, key] = await Promise.all([
      rulesOf(tx, ctx, row),
      eq.candidates(tx, row.id),
      eq.ballots(tx, row.id),
      ownKey(tx, ctx),
    ]);
    const election: PackageElection = {
      title: row.title,
      kind: row.kind,
      seats: row.seats,
      convened: row.convened,
      candidates: candidates.map((c) => c.full_name),
      rules: { surplus: rules.surplus.value, majority: rules.majority.value, validity: rules.validity.value },
    };
    const exportedAt = new Date().toISOString();
    const chained = chain(
      election,
      exportedAt,
      ballots.map((b) => ({ seq: b.seq, valid: b.entered_valid, marks: b.marks })),
    );
    const body = {
      format: PACKAGE_FORMAT,
      station: { name: key.name, publicKey: key.public_key, fingerprint: key.fingerprint },
      exportedAt,
      election,
      ballots: chained.ballots,
      head: chained.head,
      result: resultOfPackage(election, chained.ballots),
    } as const;
    await recordAudit(tx, ctx, {
      action: 'election.export',
      entity: 'election',
      entityId: row.id,
      orgId: row.org_id,
      after: { head: chained.head, ballots: ballots.length },
    });
    return { ...body, signature: signPackage(body, key.private_key as string) };
  });
}

function refuse(code: string, message: string): never {
  throw new RuleError(code, `Gói kết quả bị từ chối: ${message}`);
}

/** Imports a station's package as a closed election of `orgId` (201 with its id). */
export async function importPackage(
  deps: Deps,
  ctx: RequestCtx,
  input: {
    orgId: z.infer<typeof idSchema>;
    congressId?: number | undefined;
    package: z.infer<typeof resultPackage>;
  },
): Promise<{ id: number }> {
  const actor = authorize(ctx, 'congress.manage');
  const p = input.package;
  return transact(deps, async (tx) => {
    if (fingerprintOf(p.station.publicKey) !== p.station.fingerprint)
      refuse('package_key', 'khóa công khai không khớp với dấu vân tay của máy kiểm phiếu.');
    const key = await q.byFingerprint(tx, p.station.fingerprint);
    if (!key || key.public_key !== p.station.publicKey)
      refuse(
        'package_untrusted',
        `máy kiểm phiếu «${p.station.name}» chưa được quản trị viên ghi nhận (dấu vân tay ${p.station.fingerprint.slice(0, 16)}…).`,
      );
    if (!signatureValid(p))
      refuse('package_signature', 'chữ ký số không đúng: nội dung đã bị sửa sau khi ký.');
    const broken = brokenLink(p);
    if (broken !== null)
      refuse(
        'package_chain',
        broken === 0 ? 'chuỗi mã băm không khớp với mã cuối.' : `chuỗi mã băm bị đứt ở phiếu số ${broken}.`,
      );
    if (await eq.byPackageHead(tx, p.head))
      throw new ConflictError('package_imported', 'Gói kết quả này đã được nhập.');
    const recount = resultOfPackage(p.election, p.ballots);
    if (canonicalJson(recount) !== canonicalJson(p.result))
      refuse('package_result', 'kết quả ghi trong gói khác với kết quả kiểm lại từ các phiếu.');
    const { id, rules } = await insertElection(
      tx,
      ctx,
      actor,
      {
        orgId: input.orgId,
        title: p.election.title,
        kind: p.election.kind,
        seats: p.election.seats,
        convened: p.election.convened,
        candidates: p.election.candidates,
        ...(input.congressId !== undefined ? { congressId: input.congressId } : {}),
      },
      { packageKey: p.station.fingerprint, packageHead: p.head },
    );
    const here = {
      surplus: rules.surplus.value,
      majority: rules.majority.value,
      validity: rules.validity.value,
    };
    if (canonicalJson(here) !== canonicalJson(p.election.rules))
      refuse('package_rules', 'máy kiểm phiếu áp dụng quy tắc khác với quy tắc đang có hiệu lực ở máy chủ.');
    const items = checkedBallots(
      p.election,
      p.election.candidates.length,
      0,
      p.ballots.map((b) => ({ valid: b.valid, marks: decodeMarks(b.marks) })),
      rules,
    );
    await eq.insertBallots(tx, id, 'package', items, actor.userId);
    await eq.setStatus(tx, id, 'closed');
    await recordAudit(tx, ctx, {
      action: 'election.import',
      entity: 'election',
      entityId: id,
      orgId: input.orgId,
      after: {
        station: p.station.name,
        fingerprint: p.station.fingerprint,
        head: p.head,
        ballots: items.length,
      },
    });
    return { id };
  });
}
