// The congress file (hồ sơ đại hội) built from the records this area already holds: every version of
// the papers with its comments, the delegates with the credentials check, the candidates' dossiers
// with their papers from the file store, and for each election its count record (Word), its result
// and the approval. Read as a manifest, or downloaded as a zip with the manifest at its root.
// docs/congresses.md.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import {
  FILING_PARTS,
  type FilingItem,
  type FilingManifest,
  type FilingPart,
  MANIFEST_PATH,
  manifestOf,
  numbered,
  segment,
} from '../../../../domain/congresses/filing.ts';
import {
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  ELECTION_STATUS_LABELS,
} from '../../../../domain/congresses/labels.ts';
import type { handoverBody } from '../../../../domain/congresses/schemas.ts';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { MIME } from '../../../files/sniff.ts';
import { ConflictError, notFound } from '../../../http/errors.ts';
import { receiveFromArea } from '../../archive/packages/service.ts';
import { recordAudit } from '../../audit/service.ts';
import { placeOf } from '../../orgs/service.ts';
import * as dq from '../delegates/queries.ts';
import * as docq from '../documents/queries.ts';
import * as sq from '../dossiers/queries.ts';
import * as eq from '../elections/queries.ts';
import { resultOf } from '../elections/record.ts';
import { countRecordDocx } from '../elections/record-docx.ts';
import * as cq from '../queries.ts';
import * as q from './queries.ts';

interface Entry {
  path: string;
  part: FilingPart;
  title: string;
  data: Uint8Array;
  mime: string;
  /** The document type the item becomes in the archive. */
  typeCode: string;
}

const TXT = 'text/plain';
const PAPER_TYPE: Record<string, string> = {
  political_report: 'BC',
  self_review: 'BC',
  draft_resolution: 'NQ',
  personnel_plan: 'ĐA',
};

const text = (s: string) => new TextEncoder().encode(`${s.trim()}\n`);
const json = (v: unknown) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}\n`);
const dateOf = (v: string | Date | null) =>
  v === null ? '' : formatDateVi((v instanceof Date ? v.toISOString() : String(v)).slice(0, 10));

async function readStored(deps: Deps, sha256: string): Promise<Uint8Array> {
  return new Uint8Array(Buffer.concat((await deps.files.read(sha256).toArray()) as Buffer[]));
}

async function papers(deps: Deps, db: Db, congressId: number): Promise<Entry[]> {
  const out: Entry[] = [];
  for (const v of await q.papers(db, congressId)) {
    const label = DOCUMENT_KIND_LABELS[v.kind as DocumentKind] ?? v.kind;
    const comments = await docq.comments(db, Number(v.id));
    const lines = [
      `${label} — bản ${v.version}`,
      `Người lập: ${v.created_by_name ?? ''}; ngày ${dateOf(v.created_at)}${v.note ? `; ghi chú: ${v.note}` : ''}`,
      '',
      v.body,
      '',
      comments.length ? 'Ý kiến góp ý:' : 'Không có ý kiến góp ý.',
      ...comments.map((c, i) => `${i + 1}. ${c.author} (${dateOf(c.created_at)}): ${c.body}`),
    ];
    out.push({
      path: `${FILING_PARTS.papers}/${segment(v.kind)}-ban-${v.version}.txt`,
      part: 'papers',
      title: `${label}, bản ${v.version}`,
      mime: TXT,
      typeCode: PAPER_TYPE[v.kind] ?? 'BC',
      data: text(lines.join('\n')),
    });
    if (v.file_sha256)
      out.push({
        path: `${FILING_PARTS.papers}/${segment(v.kind)}-ban-${v.version}.docx`,
        part: 'papers',
        title: `${label}, bản ${v.version} (tệp Word)`,
        mime: MIME.docx,
        typeCode: PAPER_TYPE[v.kind] ?? 'BC',
        data: await readStored(deps, v.file_sha256),
      });
  }
  return out;
}

async function delegates(db: Db, congressId: number): Promise<Entry[]> {
  const list = await dq.list(db, congressId);
  const findings = (p: unknown) => (Array.isArray(p) ? p : (JSON.parse(String(p)) as string[]));
  const lines = list.map((d, i) => {
    const p = findings(d.problems);
    return `${i + 1}. ${d.full_name} — ${d.kind === 'official' ? 'chính thức' : 'dự khuyết'} — thẩm tra tư cách: ${p.length ? p.join('; ') : 'không có vấn đề'}`;
  });
  return [
    {
      path: `${FILING_PARTS.delegates}/danh-sach-dai-bieu.txt`,
      part: 'delegates',
      title: 'Danh sách đại biểu và kết quả thẩm tra tư cách',
      mime: TXT,
      typeCode: 'BC',
      data: text(['Danh sách đại biểu', '', ...(lines.length ? lines : ['Chưa có đại biểu.'])].join('\n')),
    },
  ];
}

async function candidates(deps: Deps, db: Db, congressId: number): Promise<Entry[]> {
  const out: Entry[] = [];
  const files = await sq.files(db, congressId);
  let n = 0;
  for (const c of await sq.list(db, congressId)) {
    n++;
    const folder = `${FILING_PARTS.candidates}/${numbered(n, c.full_name)}`;
    const facts = [
      `Hồ sơ nhân sự: ${c.full_name}`,
      `Ngày sinh: ${c.birth_date ? formatDateVi(c.birth_date) : ''}`,
      `Ngày vào Đảng: ${c.admitted_on ? formatDateVi(c.admitted_on) : ''}`,
      `Chức vụ: ${c.position ?? ''}`,
      `Trình độ chuyên môn: ${c.education ?? ''}`,
      `Trình độ lý luận chính trị: ${c.theory_level ?? ''}`,
      '',
      'Quá trình công tác:',
      c.summary ?? '',
    ];
    out.push({
      path: `${folder}/so-yeu.txt`,
      part: 'candidates',
      title: `Hồ sơ nhân sự: ${c.full_name}`,
      mime: TXT,
      typeCode: 'BC',
      data: text(facts.join('\n')),
    });
    let k = 0;
    for (const f of files.filter((x) => Number(x.candidate_id) === Number(c.id))) {
      k++;
      const dot = f.name.lastIndexOf('.');
      const ext = dot > 0 ? segment(f.name.slice(dot + 1)) : 'bin';
      out.push({
        path: `${folder}/${numbered(k, dot > 0 ? f.name.slice(0, dot) : f.name)}.${ext}`,
        part: 'candidates',
        title: `${c.full_name}: ${f.name}`,
        mime: f.mime,
        typeCode: 'BC',
        data: await readStored(deps, f.sha256),
      });
    }
  }
  return out;
}

async function elections(db: Db, ctx: RequestCtx, actor: Actor, congressId: number): Promise<Entry[]> {
  const out: Entry[] = [];
  const list = await eq.list(db, eq.electionVisible(actor), { congressId });
  let n = 0;
  for (const summary of [...list].sort((a, b) => Number(a.id) - Number(b.id))) {
    n++;
    const row = await eq.byId(db, Number(summary.id), eq.electionVisible(actor));
    if (!row) continue;
    const folder = `${FILING_PARTS.elections}/${numbered(n, row.title)}`;
    const result = await resultOf(db, ctx, row);
    const record = await countRecordDocx({
      title: row.title,
      kind: row.kind,
      orgName: row.org_name,
      superior: row.parent_name,
      place: await placeOf(db, ctx, row.org_id),
      congressTitle: row.congress_title,
      result,
    });
    out.push({
      path: `${folder}/bien-ban-kiem-phieu.docx`,
      part: 'elections',
      title: `Biên bản kiểm phiếu: ${row.title}`,
      mime: MIME.docx,
      typeCode: 'BB',
      data: new Uint8Array(record),
    });
    const approval = {
      status: row.status,
      statusLabel: ELECTION_STATUS_LABELS[row.status],
      submittedAt: row.submitted_at === null ? null : String(row.submitted_at),
      approvedBy: row.approved_by_name,
      approvedAt: row.approved_at === null ? null : String(row.approved_at),
      note: row.approval_note,
    };
    out.push({
      path: `${folder}/ket-qua.json`,
      part: 'elections',
      title: `Kết quả bầu cử và chuẩn y: ${row.title}`,
      mime: 'application/json',
      typeCode: 'BB',
      data: json({
        title: row.title,
        kind: row.kind,
        seats: row.seats,
        convened: row.convened,
        result,
        approval,
      }),
    });
  }
  return out;
}

async function build(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
): Promise<{ manifest: FilingManifest; entries: Entry[]; orgId: number }> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  const congress = await cq.byId(db, id, cq.congressVisible(actor));
  if (!congress) throw notFound('Đại hội');
  const cid = Number(congress.id);
  const entries = [
    ...(await papers(deps, db, cid)),
    ...(await delegates(db, cid)),
    ...(await candidates(deps, db, cid)),
    ...(await elections(db, ctx, actor, cid)),
  ];
  const items: FilingItem[] = entries.map((e) => ({
    path: e.path,
    part: e.part,
    title: e.title,
    size: e.data.byteLength,
    sha256: createHash('sha256').update(e.data).digest('hex'),
  }));
  const manifest = manifestOf(
    {
      id: cid,
      title: congress.title,
      orgName: congress.org_name,
      term: congress.term,
      heldOn: congress.held_on,
    },
    new Date().toISOString(),
    items,
  );
  return { manifest, entries, orgId: Number(congress.org_id) };
}

/** The congress file's manifest: what the package holds. */
export async function manifest(deps: Deps, ctx: RequestCtx, id: number): Promise<FilingManifest> {
  authorize(ctx, 'congress.read');
  return (await build(deps, ctx, id)).manifest;
}

/** The congress file as a zip: `manifest.json` at the root, then each part in its folder. */
export async function zip(deps: Deps, ctx: RequestCtx, id: number): Promise<{ name: string; bytes: Buffer }> {
  authorize(ctx, 'congress.read');
  const { manifest: m, entries } = await build(deps, ctx, id);
  const files: Record<string, Uint8Array> = {
    [MANIFEST_PATH]: new TextEncoder().encode(JSON.stringify(m, null, 2)),
  };
  for (const e of entries) files[e.path] = e.data;
  return {
    name: `ho-so-dai-hoi-${segment(m.congress.orgName)}-${segment(m.congress.term)}.zip`,
    bytes: Buffer.from(zipSync(files, { level: 6 })),
  };
}

/**
 * Hands the congress file to the unit's archive (the archive area's `receiveFromArea`): one closed
 * file, kept permanently, whose items (the manifest first) become documents declared as records.
 * Once per congress (409 `congress_file_handed_over`). Needs `congress.manage` here and
 * `archive.manage` there.
 */
export async function handOver(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof handoverBody>,
): Promise<{ id: number; fileCode: string; year: number; documents: number }> {
  authorize(ctx, 'congress.manage');
  const { manifest: m, entries, orgId } = await build(deps, ctx, id);
  if ((await q.archiveFileOf(deps.database.db, m.congress.id)) !== null) throw handedOver();
  const dir = path.join(deps.config.dataDir, 'tmp', `congress-file-${randomBytes(6).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  try {
    const all: Entry[] = [
      {
        path: MANIFEST_PATH,
        part: 'papers',
        title: 'Danh mục hồ sơ đại hội',
        data: new TextEncoder().encode(JSON.stringify(m, null, 2)),
        mime: 'application/json',
        typeCode: 'BC',
      },
      ...entries,
    ];
    const items = [];
    let n = 0;
    for (const e of all) {
      n++;
      const tempPath = path.join(dir, String(n));
      await writeFile(tempPath, e.data);
      items.push({
        tempPath,
        sha256: createHash('sha256').update(e.data).digest('hex'),
        size: e.data.byteLength,
        name: e.path.replaceAll('/', '_'),
        mime: e.mime,
        title: e.title,
        typeCode: e.typeCode,
      });
    }
    const heldOn = m.congress.heldOn;
    // Closed on the congress day, or today when the file is handed over before it.
    const closedOn = [heldOn, todayVn()].sort()[0] as string;
    const received = await receiveFromArea(deps, ctx, {
      orgId,
      year: input.year ?? Number(heldOn.slice(0, 4)),
      code: input.fileCode,
      title: `Hồ sơ ${m.congress.title}, nhiệm kỳ ${m.congress.term}`,
      retentionYears: null,
      openedOn: closedOn,
      closedOn,
      from: 'Đại hội, bầu cử',
      items,
    });
    await transact(deps, async (tx) => {
      if ((await q.archiveFileOf(tx, m.congress.id)) !== null) throw handedOver();
      await q.setArchiveFile(tx, m.congress.id, received.id);
      await recordAudit(tx, ctx, {
        action: 'congress.file_handover',
        entity: 'congress',
        entityId: m.congress.id,
        orgId,
        after: received,
      });
    });
    return received;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function handedOver() {
  return new ConflictError('congress_file_handed_over', 'Hồ sơ đại hội này đã được giao nộp vào lưu trữ.');
}
