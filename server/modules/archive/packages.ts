// Transfer packages (gói nộp lưu) to the historical archive, per file or for a range of years of a
// unit: a zip streamed with fflate (stored entries for the files, so a large scan never sits in
// memory), holding the originals and PDF/A, metadata.json, metadata.xml and manifest-sha256.txt.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  entryName,
  MANIFEST_NAME,
  METADATA_JSON,
  METADATA_XML,
  manifestText,
  metadataXml,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  type PackageComponent,
  type PackageFile,
  type PackageMetadata,
} from '../../../domain/archive/package.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { array, one } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { snapshots } from '../documents/archival.ts';
import { may, unitFor, userId, whoOf } from './access.ts';
import * as q from './queries.ts';

export interface PackageSelection {
  fileIds?: number[] | undefined;
  orgId?: number | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MAX_FILES = 500;

async function selectFiles(deps: Deps, ctx: RequestCtx, sel: PackageSelection): Promise<q.FileRow[]> {
  const who = whoOf(ctx);
  const db = deps.database.db;
  let files: q.FileRow[];
  if (sel.fileIds && sel.fileIds.length > 0) {
    const ids = [...new Set(sel.fileIds)];
    if (ids.length > MAX_FILES) throw new RuleError('too_many_files', `Mỗi gói tối đa ${MAX_FILES} hồ sơ.`);
    files = await q.listFiles(db, who, [sql`f.id = ANY(${array(ids)}::bigint[])`], ids.length);
    const found = new Set(files.map((f) => Number(f.id)));
    const missing = ids.find((i) => !found.has(i));
    if (missing !== undefined) throw notFound(`Hồ sơ ${missing}`);
    const notClosed = files.find((f) => f.status !== 'closed');
    if (notClosed) {
      throw new RuleError(
        'file_not_closed',
        `Hồ sơ ${notClosed.code} chưa đóng (hoặc đã hủy): chỉ nộp lưu hồ sơ đã đóng.`,
      );
    }
  } else {
    if (!sel.orgId || !sel.fromYear) {
      throw new RuleError('selection_required', 'Chọn các hồ sơ, hoặc một đơn vị và khoảng năm cần nộp lưu.');
    }
    await unitFor(db, who, sel.orgId);
    files = await q.listFiles(
      db,
      who,
      [
        sql`f.owner_org_id = ${sel.orgId}`,
        sql`f.status = 'closed'`,
        sql`f.plan_year BETWEEN ${sel.fromYear} AND ${sel.toYear ?? sel.fromYear}`,
      ],
      MAX_FILES + 1,
    );
    if (files.length > MAX_FILES)
      throw new RuleError('too_many_files', `Mỗi gói tối đa ${MAX_FILES} hồ sơ: hãy thu hẹp khoảng năm.`);
    if (files.length === 0)
      throw new RuleError('nothing_to_export', 'Không có hồ sơ đã đóng nào trong khoảng năm này.');
  }
  return files.sort((a, b) => a.plan_year - b.plan_year || a.code.localeCompare(b.code, 'vi'));
}

/** Builds the description and the list of entries; content is read from the store while zipping. */
async function describe(deps: Deps, ctx: RequestCtx, files: q.FileRow[]) {
  const who = whoOf(ctx);
  const db = deps.database.db;
  const content: { path: string; sha256: string }[] = [];
  const out: PackageFile[] = [];
  for (const f of files) {
    const rowsInFile = await q.fileDocuments(db, who, Number(f.id));
    const snaps = await snapshots(
      db,
      rowsInFile.map((d) => Number(d.id)),
      { withText: true },
    );
    const dir = `ho-so/${f.plan_year}-${entryName(f.code)}`;
    const documents = snaps.map((s, i) => {
      const row = rowsInFile[i];
      const docDir = `${dir}/${String(i + 1).padStart(3, '0')}-${s.document.id}`;
      const used = new Set<string>();
      const unique = (name: string) => {
        let n = entryName(name);
        const { name: stem, ext } = path.parse(n);
        for (let k = 2; used.has(n); k++) n = `${stem}-${k}${ext}`;
        used.add(n);
        return `${docDir}/${n}`;
      };
      const components: PackageComponent[] = [];
      for (const file of s.files) {
        const original: PackageComponent = {
          path: unique(file.name),
          name: file.name,
          mime: file.mime,
          size: file.size,
          sha256: file.sha256,
          role: 'original',
          text: file.text,
        };
        components.push(original);
        content.push({ path: original.path, sha256: file.sha256 });
        if (file.ocrSha256) {
          const pdfa: PackageComponent = {
            path: unique(`${path.parse(file.name).name}-pdfa.pdf`),
            name: `${path.parse(file.name).name}-pdfa.pdf`,
            mime: 'application/pdf',
            size: 0,
            sha256: file.ocrSha256,
            role: 'pdfa',
            derivedFrom: original.path,
          };
          components.push(pdfa);
          content.push({ path: pdfa.path, sha256: file.ocrSha256 });
        }
      }
      return {
        id: s.document.id,
        direction: s.document.direction,
        typeCode: s.document.typeCode,
        symbol: s.document.symbol,
        issuer: s.document.issuer,
        issuedOn: s.document.issuedOn ?? s.document.receivedOn,
        summary: s.document.summary,
        pages: s.document.pages,
        secrecy: s.document.secrecy,
        declared: row?.declared_at != null,
        correctsDocumentId: row?.corrects_document_id == null ? null : Number(row.corrects_document_id),
        components,
      };
    });
    out.push({
      id: Number(f.id),
      orgName: f.org_name,
      year: f.plan_year,
      code: f.code,
      title: f.title,
      section: f.section,
      retentionYears: f.retention_years,
      openedOn: f.opened_on,
      closedOn: f.closed_on,
      endYear: f.end_year,
      secrecy: f.secrecy,
      documents,
    });
  }
  // Sizes of the PDF/A come from the store (the rows keep the original's size only).
  for (const f of out) {
    for (const d of f.documents) {
      for (const c of d.components) if (c.role === 'pdfa') c.size = await deps.files.size(c.sha256);
    }
  }
  return { files: out, content };
}

export async function exportPackage(deps: Deps, ctx: RequestCtx, sel: PackageSelection) {
  const who = whoOf(ctx);
  may(who, 'archive.manage');
  const files = await selectFiles(deps, ctx, sel);
  const { files: described, content } = await describe(deps, ctx, files);
  const meta: PackageMetadata = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    createdAt: new Date().toISOString(),
    createdBy: who?.fullName ?? 'vanphong',
    source: described[0]?.orgName ?? '',
    files: described,
  };
  const json = strToU8(JSON.stringify(meta, null, 2));
  const xml = strToU8(metadataXml(meta));
  const entries = new Map<string, string>(content.map((c) => [c.path, c.sha256]));
  entries.set(METADATA_JSON, sha256(json));
  entries.set(METADATA_XML, sha256(xml));
  const manifest = strToU8(manifestText(entries));
  const manifestSha = sha256(manifest);
  await transact(deps, async (tx) => {
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_packages (direction, owner_org_id, file_ids, manifest_sha256, entries, ok, actor_id)
          VALUES ('export', ${files[0]?.owner_org_id ?? null}::integer, ${array(files.map((f) => Number(f.id)))}::bigint[],
                  ${manifestSha}, ${entries.size + 1}, true, ${userId(who)}) RETURNING id`,
    )) as { id: number };
    await recordAudit(tx, ctx, {
      action: 'archive.package_export',
      entity: 'archive_package',
      entityId: Number(row.id),
      orgId: files[0]?.owner_org_id ?? null,
      after: {
        fileIds: files.map((f) => Number(f.id)),
        entries: entries.size + 1,
        manifestSha256: manifestSha,
      },
    });
  });
  const first = files[0] as q.FileRow;
  const name =
    files.length === 1
      ? `nop-luu-${first.plan_year}-${entryName(first.code)}.zip`
      : `nop-luu-${files.length}-ho-so-${first.plan_year}-${files[files.length - 1]?.plan_year}.zip`;
  return { name, manifestSha256: manifestSha, stream: zipStream(deps, content, { json, xml, manifest }) };
}

/** The zip as a stream: store reads are paced by the consumer (backpressure through the PassThrough). */
function zipStream(
  deps: Deps,
  content: { path: string; sha256: string }[],
  small: { json: Uint8Array; xml: Uint8Array; manifest: Uint8Array },
): Readable {
  const out = new PassThrough();
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      out.destroy(err);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const addSmall = (name: string, data: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  };
  (async () => {
    for (const c of content) {
      const entry = new ZipPassThrough(c.path);
      zip.add(entry);
      for await (const chunk of deps.files.read(c.sha256)) {
        entry.push(chunk as Uint8Array);
        if (out.writableNeedDrain) await once(out, 'drain');
      }
      entry.push(new Uint8Array(0), true);
    }
    addSmall(METADATA_JSON, small.json);
    addSmall(METADATA_XML, small.xml);
    addSmall(MANIFEST_NAME, small.manifest);
    zip.end();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
