// Transfer packages (gói nộp lưu) to the historical archive, per file or for a range of years of a
// unit: a zip holding the originals and PDF/A, metadata.json, metadata.xml and manifest-sha256.txt
// (zip.ts, describe.ts). Receiving one: every entry is hashed and checked against the manifest and
// the descriptions; a package that does not verify is refused with the reason (and the refusal is
// recorded); a verified package can be imported into a unit as closed files declared as records.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { strToU8 } from 'fflate';
import {
  entryName,
  MANIFEST_NAME,
  METADATA_JSON,
  METADATA_XML,
  manifestText,
  metadataXml,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  type PackageMetadata,
  type Verdict,
} from '../../../../domain/archive/package.ts';
import { retentionEndsOn } from '../../../../domain/archive/retention.ts';
import type { RequestCtx, Who } from '../../../auth/actor.ts';
import { authorizeWho, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { abandon, type Stored, storeWithIntent } from '../../../files/stored.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { attachStoredFile, createArchivalDocument } from '../../documents/archival/service.ts';
import { userIdOf } from '../guards.ts';
import * as aq from '../queries.ts';
import { describePackage } from './describe.ts';
import type { ArchivePackageImport, ArchivePackageVerdict } from './presenter.ts';
import * as q from './queries.ts';
import { type Unpacked, unpack, verdictOf, zipStream } from './zip.ts';

export interface PackageSelection {
  fileIds?: number[] | undefined;
  orgId?: number | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MAX_FILES = 500;

async function selectFiles(deps: Deps, who: Who, sel: PackageSelection): Promise<aq.FileRow[]> {
  const db = deps.database.db;
  let files: aq.FileRow[];
  if (sel.fileIds && sel.fileIds.length > 0) {
    const ids = [...new Set(sel.fileIds)];
    if (ids.length > MAX_FILES) throw new RuleError('too_many_files', `Mỗi gói tối đa ${MAX_FILES} hồ sơ.`);
    files = await aq.listFiles(db, who, { ids }, ids.length);
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
    await activeUnitInScope(db, who, sel.orgId);
    files = await aq.listFiles(
      db,
      who,
      { orgId: sel.orgId, status: 'closed', fromYear: sel.fromYear, toYear: sel.toYear },
      MAX_FILES + 1,
    );
    if (files.length > MAX_FILES)
      throw new RuleError('too_many_files', `Mỗi gói tối đa ${MAX_FILES} hồ sơ: hãy thu hẹp khoảng năm.`);
    if (files.length === 0)
      throw new RuleError('nothing_to_export', 'Không có hồ sơ đã đóng nào trong khoảng năm này.');
  }
  return files.sort((a, b) => a.plan_year - b.plan_year || a.code.localeCompare(b.code, 'vi'));
}

/** The package as a zip stream, its name and its manifest's SHA-256; the export is recorded. */
export async function exportPackage(deps: Deps, ctx: RequestCtx, sel: PackageSelection) {
  const who = authorizeWho(ctx, 'archive.manage');
  const files = await selectFiles(deps, who, sel);
  const { files: described, content } = await describePackage(deps, who, files);
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
  const fileIds = files.map((f) => Number(f.id));
  await transact(deps, async (tx) => {
    const id = await q.insertPackage(tx, {
      direction: 'export',
      orgId: files[0]?.owner_org_id ?? null,
      fileIds,
      manifestSha256: manifestSha,
      entries: entries.size + 1,
      ok: true,
      reason: null,
      actorId: userIdOf(who),
    });
    await recordAudit(tx, ctx, {
      action: 'archive.package_export',
      entity: 'archive_package',
      entityId: id,
      orgId: files[0]?.owner_org_id ?? null,
      after: { fileIds, entries: entries.size + 1, manifestSha256: manifestSha },
    });
  });
  const first = files[0] as aq.FileRow;
  const name =
    files.length === 1
      ? `nop-luu-${first.plan_year}-${entryName(first.code)}.zip`
      : `nop-luu-${files.length}-ho-so-${first.plan_year}-${files[files.length - 1]?.plan_year}.zip`;
  return {
    name,
    manifestSha256: manifestSha,
    stream: zipStream((sha) => deps.files.read(sha), content, { json, xml, manifest }),
  };
}

/** Checked before a package is read from the request: the role may verify and import packages. */
export async function checkCanReceive(_deps: Deps, ctx: RequestCtx): Promise<void> {
  authorizeWho(ctx, 'archive.manage');
}

async function recordOutcome(
  deps: Deps,
  ctx: RequestCtx,
  who: Who,
  u: Unpacked,
  verdict: Verdict,
  mode: 'verify' | 'import',
): Promise<void> {
  const manifest = u.actual.get(MANIFEST_NAME) ?? null;
  await transact(deps, async (tx) => {
    const id = await q.insertPackage(tx, {
      direction: 'import',
      orgId: null,
      fileIds: [],
      manifestSha256: manifest,
      entries: u.actual.size,
      ok: verdict.ok,
      reason: verdict.ok ? null : verdict.reason,
      actorId: userIdOf(who),
    });
    await recordAudit(tx, ctx, {
      action: verdict.ok ? `archive.package_${mode}` : 'archive.package_refused',
      entity: 'archive_package',
      entityId: id,
      after: { mode, ok: verdict.ok, reason: verdict.ok ? null : verdict.reason, manifestSha256: manifest },
    });
  });
}

function refused(reason: string): RuleError {
  return new RuleError('package_invalid', `Gói nộp lưu không hợp lệ: ${reason}.`, { reason });
}

const unpackLimit = (deps: Deps) => deps.config.maxUploadMb * 1024 * 1024 * 20;

/** Verifies a package without importing it. */
export async function verifyPackageFile(
  deps: Deps,
  ctx: RequestCtx,
  zipPath: string,
): Promise<ArchivePackageVerdict> {
  const who = authorizeWho(ctx, 'archive.manage');
  const u = await unpack(zipPath, { maxBytes: unpackLimit(deps) });
  const { verdict } = verdictOf(u);
  await recordOutcome(deps, ctx, who, u, verdict, 'verify');
  if (!verdict.ok) throw refused(verdict.reason);
  return { ...verdict, manifestSha256: u.actual.get(MANIFEST_NAME) ?? null };
}

/** Verifies, then imports the package's files into a unit as closed files declared as records. */
export async function importPackageFile(
  deps: Deps,
  ctx: RequestCtx,
  zipPath: string,
  orgId: number,
): Promise<ArchivePackageImport> {
  const who = authorizeWho(ctx, 'archive.manage');
  const org = await activeUnitInScope(deps.database.db, who, orgId);
  const keepDir = path.join(deps.config.dataDir, 'tmp', `pkg-${randomBytes(6).toString('hex')}`);
  await mkdir(keepDir, { recursive: true });
  try {
    const u = await unpack(zipPath, { keepDir, maxBytes: unpackLimit(deps) });
    const { verdict, meta } = verdictOf(u);
    if (!verdict.ok || !meta) {
      await recordOutcome(deps, ctx, who, u, verdict, 'import');
      throw refused(verdict.ok ? 'thiếu mô tả' : verdict.reason);
    }
    for (const f of meta.files) for (const d of f.documents) requireSecrecyWithin(who, d.secrecy);
    // Content first, under intents (a crash leaves nothing behind), then everything in one transaction.
    const stored: Stored[] = [];
    try {
      for (const [p, kept] of u.files)
        stored.push(await storeWithIntent(deps, kept.tempPath, u.actual.get(p) as string));
    } catch (err) {
      await abandon(deps, stored);
      throw err;
    }
    const created = await transact(deps, async (tx) => {
      for (const s of stored) await closeIntent(tx, s.intent);
      const out: ArchivePackageImport['files'] = [];
      const newIds = new Map<number, number>();
      const corrections: { fileId: number; docId: number; corrects: number }[] = [];
      for (const f of meta.files) {
        if (await aq.fileCodeTaken(tx, org.id, f.year, f.code)) {
          throw new ConflictError(
            'file_code_exists',
            `Danh mục hồ sơ năm ${f.year} của «${org.name}» đã có hồ sơ mã «${f.code}».`,
          );
        }
        const endYear = f.endYear ?? f.year;
        const fileId = await q.insertReceivedFile(tx, {
          orgId: org.id,
          year: f.year,
          code: f.code,
          title: f.title,
          section: f.section,
          retentionYears: f.retentionYears,
          secrecy: f.secrecy,
          openedOn: f.openedOn,
          closedOn: f.closedOn ?? `${endYear}-12-31`,
          endYear,
          retentionEndsOn: retentionEndsOn(endYear, f.retentionYears),
          note: `Nhận từ gói nộp lưu của ${f.orgName}`,
          by: userIdOf(who),
        });
        for (const d of f.documents) {
          const documentId = await createArchivalDocument(tx, ctx, {
            ownerOrgId: org.id,
            typeCode: d.typeCode,
            symbol: d.symbol,
            issuer: d.issuer,
            issuedOn: d.issuedOn,
            summary: d.summary,
            pages: d.pages,
            secrecy: d.secrecy,
            kind: 'imported',
            note: `Gói nộp lưu: hồ sơ ${f.code} (${f.year}) của ${f.orgName}`,
            data: { sourceDocumentId: d.id, sourceFileId: f.id },
          });
          newIds.set(d.id, documentId);
          for (const c of d.components.filter((x) => x.role === 'original')) {
            const pdfa = d.components.find((x) => x.role === 'pdfa' && x.derivedFrom === c.path);
            await attachStoredFile(tx, ctx, {
              documentId,
              name: c.name,
              mime: c.mime,
              size: u.files.get(c.path)?.size ?? c.size,
              sha256: c.sha256,
              ocrSha256: pdfa?.sha256 ?? null,
              text: c.text ?? null,
              extraction: 'done',
            });
          }
          await aq.insertFileDocument(tx, fileId, documentId, userIdOf(who));
          if (d.correctsDocumentId !== null)
            corrections.push({ fileId, docId: documentId, corrects: d.correctsDocumentId });
        }
        out.push({ id: fileId, fileCode: f.code, year: f.year, documents: f.documents.length });
      }
      // Corrections inside the package keep pointing at their (new) originals.
      for (const c of corrections) {
        const target = newIds.get(c.corrects);
        if (target !== undefined) await q.setCorrects(tx, c.fileId, c.docId, target);
      }
      for (const f of out) {
        await aq.declareDocuments(tx, f.id, await aq.fileDocumentIds(tx, f.id), userIdOf(who));
      }
      await recordAudit(tx, ctx, {
        action: 'archive.package_import',
        entity: 'archive_package',
        orgId: org.id,
        after: { manifestSha256: u.actual.get(MANIFEST_NAME), files: out },
      });
      await q.insertPackage(tx, {
        direction: 'import',
        orgId: org.id,
        fileIds: out.map((f) => f.id),
        manifestSha256: u.actual.get(MANIFEST_NAME) ?? null,
        entries: u.actual.size,
        ok: true,
        reason: null,
        actorId: userIdOf(who),
      });
      return out;
    }).catch(async (err: unknown) => {
      await abandon(deps, stored);
      throw err;
    });
    return { ...verdict, files: created };
  } finally {
    await rm(keepDir, { recursive: true, force: true });
  }
}

/** A package another area hands to the archive: one file and its items, each a file on disk. */
export interface AreaHandover {
  orgId: number;
  year: number;
  code: string;
  title: string;
  /** null: kept permanently. */
  retentionYears: number | null;
  openedOn: string;
  closedOn: string;
  /** Who hands it over, for the history (e.g. «Đại hội, bầu cử»). */
  from: string;
  items: {
    tempPath: string;
    sha256: string;
    size: number;
    name: string;
    mime: string;
    title: string;
    typeCode: string;
  }[];
}

/**
 * Takes a file built by another area (the congress file) into a unit's archive as one closed file
 * whose items become documents declared as records, like an imported package. The items go to the
 * store under intents first, then everything in one transaction. The caller keeps its temp files.
 */
export async function receiveFromArea(
  deps: Deps,
  ctx: RequestCtx,
  input: AreaHandover,
): Promise<{ id: number; fileCode: string; year: number; documents: number }> {
  const who = authorizeWho(ctx, 'archive.manage');
  const org = await activeUnitInScope(deps.database.db, who, input.orgId);
  if (await aq.fileCodeTaken(deps.database.db, org.id, input.year, input.code))
    throw fileCodeExists(org.name, input);
  const stored: Stored[] = [];
  try {
    for (const i of input.items) stored.push(await storeWithIntent(deps, i.tempPath, i.sha256));
  } catch (err) {
    await abandon(deps, stored);
    throw err;
  }
  try {
    return await transact(deps, async (tx) => {
      for (const s of stored) await closeIntent(tx, s.intent);
      if (await aq.fileCodeTaken(tx, org.id, input.year, input.code)) throw fileCodeExists(org.name, input);
      const endYear = Number(input.closedOn.slice(0, 4));
      const fileId = await q.insertReceivedFile(tx, {
        orgId: org.id,
        year: input.year,
        code: input.code,
        title: input.title,
        section: null,
        retentionYears: input.retentionYears,
        secrecy: 0,
        openedOn: input.openedOn,
        closedOn: input.closedOn,
        endYear,
        retentionEndsOn: retentionEndsOn(endYear, input.retentionYears),
        note: `Nhận từ ${input.from}`,
        by: userIdOf(who),
      });
      for (const i of input.items) {
        const documentId = await createArchivalDocument(tx, ctx, {
          ownerOrgId: org.id,
          typeCode: i.typeCode,
          symbol: null,
          issuer: org.name,
          issuedOn: input.closedOn,
          summary: i.title,
          pages: null,
          secrecy: 0,
          kind: 'imported',
          note: `${input.from}: hồ sơ ${input.code} (${input.year})`,
        });
        await attachStoredFile(tx, ctx, {
          documentId,
          name: i.name,
          mime: i.mime,
          size: i.size,
          sha256: i.sha256,
          text: null,
          extraction: 'done',
        });
        await aq.insertFileDocument(tx, fileId, documentId, userIdOf(who));
      }
      await aq.declareDocuments(tx, fileId, await aq.fileDocumentIds(tx, fileId), userIdOf(who));
      await recordAudit(tx, ctx, {
        action: 'archive.area_handover',
        entity: 'archive_file',
        entityId: fileId,
        orgId: org.id,
        after: { from: input.from, code: input.code, year: input.year, items: input.items.length },
      });
      return { id: fileId, fileCode: input.code, year: input.year, documents: input.items.length };
    });
  } catch (err) {
    await abandon(deps, stored);
    throw err;
  }
}

function fileCodeExists(orgName: string, f: { year: number; code: string }) {
  return new ConflictError(
    'file_code_exists',
    `Danh mục hồ sơ năm ${f.year} của «${orgName}» đã có hồ sơ mã «${f.code}».`,
  );
}
