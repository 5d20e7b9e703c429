// The candidates' dossiers (hồ sơ nhân sự) of a congress's personnel plan: per candidate the
// curriculum facts (from the member's record, read through the members area's service, when the
// candidate is a member) and the papers of the dossier, stored in the file store under a committed
// intent like every file; and an election whose list is drawn from these dossiers. docs/congresses.md.
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { candidateBody, planElectionBody } from '../../../../domain/congresses/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { MIME, sniffUpload } from '../../../files/sniff.ts';
import { abandon, storeWithIntent } from '../../../files/stored.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { recordAudit } from '../../audit/service.ts';
import { get as memberRecord } from '../../members/service.ts';
import { insertElection } from '../elections/service.ts';
import * as cq from '../queries.ts';
import { type CandidateList, presentCandidates } from './presenter.ts';
import * as q from './queries.ts';

const ALLOWED = new Set<string>([MIME.pdf, MIME.docx, MIME.jpeg, MIME.png]);

async function congressOf(db: Db, actor: Actor, id: number, lock = false): Promise<cq.CongressRow> {
  const row = await cq.byId(db, id, cq.congressVisible(actor), lock);
  if (!row) throw notFound('Đại hội');
  return row;
}

async function listOf(db: Db, congressId: number): Promise<CandidateList> {
  return presentCandidates(await q.list(db, congressId), await q.files(db, congressId));
}

export async function list(deps: Deps, ctx: RequestCtx, id: number): Promise<CandidateList> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const congress = await congressOf(db, actor, id);
  return listOf(db, Number(congress.id));
}

/** Opens a candidate's dossier; a member's facts come from the member's record (its read is audited there). */
export async function add(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof candidateBody>,
): Promise<CandidateList> {
  const actor = authorize(ctx, 'congress.manage');
  await congressOf(deps.database.db, actor, id);
  const m = input.memberId === undefined ? null : await memberRecord(deps, ctx, input.memberId);
  return transact(deps, async (tx) => {
    const congress = await congressOf(tx, actor, id, true);
    const facts = {
      fullName: m?.fullName ?? input.fullName ?? '',
      birthDate: m?.birthDate ?? input.birthDate ?? null,
      admittedOn: m?.admittedOn ?? input.admittedOn ?? null,
      position: input.position || m?.position || null,
      education: input.education || m?.education || null,
      theoryLevel: input.theoryLevel || m?.theoryLevel || null,
    };
    const candidateId = await q.insert(tx, {
      congressId: Number(congress.id),
      memberId: m ? m.id : null,
      ...facts,
      summary: input.summary || null,
      by: actor.userId,
    });
    if (candidateId === null)
      throw new ConflictError('candidate_exists', `${facts.fullName} đã có hồ sơ trong đề án nhân sự.`);
    await recordAudit(tx, ctx, {
      action: 'congress.candidate',
      entity: 'congress',
      entityId: congress.id,
      orgId: congress.org_id,
      after: { candidateId, memberId: m?.id ?? null, fullName: facts.fullName },
    });
    return listOf(tx, Number(congress.id));
  });
}

/** Adds a paper to a dossier (multipart `file`: PDF, Word, JPEG, PNG); the right is checked before the upload. */
export async function attach(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  candidateId: number,
  receive: () => Promise<Upload>,
): Promise<CandidateList> {
  const actor = authorize(ctx, 'congress.manage');
  const db = deps.database.db;
  const congress = await congressOf(db, actor, id);
  if (!(await q.candidate(db, Number(congress.id), candidateId))) throw notFound('Hồ sơ nhân sự');
  const upload = await receive();
  try {
    const mime = await sniffUpload(upload, ALLOWED, 'PDF, Word và ảnh JPEG, PNG');
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    try {
      return await transact(deps, async (tx) => {
        const row = await congressOf(tx, actor, id, true);
        const fileId = await q.insertFile(tx, {
          candidateId,
          name: upload.filename,
          mime,
          size: upload.size,
          sha256: upload.sha256,
          by: actor.userId,
        });
        await closeIntent(tx, stored.intent);
        await recordAudit(tx, ctx, {
          action: 'congress.candidate_file',
          entity: 'congress',
          entityId: row.id,
          orgId: row.org_id,
          after: { candidateId, fileId, name: upload.filename, sha256: upload.sha256 },
        });
        return listOf(tx, Number(row.id));
      });
    } catch (err) {
      await abandon(deps, [stored]);
      throw err;
    }
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

export async function download(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  candidateId: number,
  fileId: number,
): Promise<{ file: q.CandidateFileRow; stream: Readable }> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const congress = await congressOf(db, actor, id);
  const file = await q.file(db, Number(congress.id), candidateId, fileId);
  if (!file) throw notFound('Tệp');
  return { file, stream: deps.files.read(file.sha256) };
}

/** Creates an election of the congress's unit whose list is the named dossiers, in that order. */
export async function createElection(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof planElectionBody>,
): Promise<{ id: number }> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const congress = await congressOf(tx, actor, id, true);
    const byId = new Map((await q.list(tx, Number(congress.id))).map((c) => [Number(c.id), c.full_name]));
    if (new Set(input.candidateIds).size !== input.candidateIds.length)
      throw new RuleError('candidate_repeated', 'Một người có tên hai lần trong danh sách bầu cử.');
    const names = input.candidateIds.map((c) => {
      const name = byId.get(c);
      if (name === undefined)
        throw new RuleError(
          'candidate_not_in_plan',
          `Hồ sơ số ${c} không có trong đề án nhân sự của đại hội này.`,
        );
      return name;
    });
    const created = await insertElection(tx, ctx, actor, {
      orgId: Number(congress.org_id),
      congressId: Number(congress.id),
      title: input.title,
      seats: input.seats,
      candidates: names,
      convened: input.convened,
      kind: input.kind,
    });
    return { id: created.id };
  });
}
