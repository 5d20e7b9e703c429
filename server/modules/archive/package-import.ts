// Receiving a transfer package: the zip is unpacked as a stream (fflate Unzip), every entry hashed
// as it is read, and checked against manifest-sha256.txt, metadata.json and metadata.xml; a package
// that does not verify is refused with the reason (and the refusal is recorded). A verified package
// can be imported into a unit: its files become closed files of that unit, declared as records.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { strFromU8, Unzip, UnzipInflate } from 'fflate';
import {
  isSafeEntryPath,
  MANIFEST_NAME,
  METADATA_JSON,
  METADATA_XML,
  type PackageMetadata,
  type Verdict,
  verifyPackage,
} from '../../../domain/archive/package.ts';
import { retentionEndsOn } from '../../../domain/archive/retention.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { array, one } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { closeIntent } from '../../files/references.ts';
import { abandon, type Stored, storeWithIntent } from '../../files/stored.ts';
import { ConflictError, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { attachStoredFile, createArchivalDocument } from '../documents/archival.ts';
import { may, unitFor, userId, whoOf } from './access.ts';
import * as q from './queries.ts';

const SMALL = new Set([MANIFEST_NAME, METADATA_JSON, METADATA_XML]);
const MAX_SMALL = 64 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

interface Unpacked {
  actual: Map<string, string>;
  texts: Map<string, string>;
  /** Content entries written to disk (import only). */
  files: Map<string, { tempPath: string; size: number }>;
  error?: string;
}

/** Reads the zip once: hashes every entry; keeps the small ones as text and, if asked, the others on disk. */
async function unpack(zipPath: string, opts: { keepDir?: string; maxBytes: number }): Promise<Unpacked> {
  const result: Unpacked = { actual: new Map(), texts: new Map(), files: new Map() };
  const writers: WriteStream[] = [];
  let total = 0;
  let failure: string | undefined;
  const fail = (msg: string) => {
    failure ??= msg;
  };
  const unzip = new Unzip((file) => {
    if (failure) return;
    const name = file.name;
    if (name.endsWith('/')) return; // a directory entry carries nothing
    if (!isSafeEntryPath(name)) return fail(`đường dẫn không an toàn trong gói: «${name}»`);
    if (result.actual.has(name) || result.files.has(name)) return fail(`«${name}» có hai lần trong gói`);
    if (result.actual.size >= MAX_ENTRIES) return fail('gói có quá nhiều tệp');
    const hash = createHash('sha256');
    const chunks: Uint8Array[] = [];
    let size = 0;
    let writer: WriteStream | undefined;
    if (opts.keepDir && !SMALL.has(name)) {
      const tempPath = path.join(opts.keepDir, randomBytes(8).toString('hex'));
      writer = createWriteStream(tempPath);
      writers.push(writer);
      result.files.set(name, { tempPath, size: 0 });
    }
    file.ondata = (err, data, final) => {
      if (err) return fail(`gói bị hỏng ở «${name}»: ${err.message}`);
      hash.update(data);
      size += data.length;
      total += data.length;
      if (total > opts.maxBytes) return fail('gói giải nén ra quá lớn');
      if (SMALL.has(name)) {
        if (size > MAX_SMALL) return fail(`«${name}» quá lớn`);
        chunks.push(data);
      }
      writer?.write(data);
      if (final) {
        result.actual.set(name, hash.digest('hex'));
        if (SMALL.has(name)) result.texts.set(name, strFromU8(concat(chunks)));
        const kept = result.files.get(name);
        if (kept) kept.size = size;
        writer?.end();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(zipPath)) {
      unzip.push(chunk as Uint8Array);
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch (err) {
    fail(`không đọc được tệp zip: ${(err as Error).message}`);
  }
  for (const w of writers) if (!w.writableEnded) w.end();
  await Promise.all(writers.map((w) => finished(w).catch(() => {})));
  if (!failure && result.actual.size === 0) fail('tệp không phải gói zip hoặc gói rỗng');
  if (failure) result.error = failure;
  return result;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function verdictOf(u: Unpacked): { verdict: Verdict; meta: PackageMetadata | undefined } {
  if (u.error) return { verdict: { ok: false, reason: u.error }, meta: undefined };
  let meta: PackageMetadata | undefined;
  const json = u.texts.get(METADATA_JSON);
  if (json !== undefined) {
    try {
      meta = JSON.parse(json) as PackageMetadata;
    } catch {
      return { verdict: { ok: false, reason: `${METADATA_JSON} không phải JSON hợp lệ` }, meta: undefined };
    }
  }
  const verdict = verifyPackage({
    actual: u.actual,
    manifest: u.texts.get(MANIFEST_NAME),
    metadata: meta,
    xml: u.texts.get(METADATA_XML),
  });
  return { verdict, meta };
}

async function recordOutcome(
  deps: Deps,
  ctx: RequestCtx,
  u: Unpacked,
  verdict: Verdict,
  mode: 'verify' | 'import',
): Promise<void> {
  const manifest = u.actual.get(MANIFEST_NAME) ?? null;
  await transact(deps, async (tx) => {
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_packages (direction, manifest_sha256, entries, ok, reason, actor_id)
          VALUES ('import', ${manifest}, ${u.actual.size}, ${verdict.ok}, ${verdict.ok ? null : verdict.reason}, ${userId(whoOf(ctx))})
          RETURNING id`,
    )) as { id: number };
    await recordAudit(tx, ctx, {
      action: verdict.ok ? `archive.package_${mode}` : 'archive.package_refused',
      entity: 'archive_package',
      entityId: Number(row.id),
      after: { mode, ok: verdict.ok, reason: verdict.ok ? null : verdict.reason, manifestSha256: manifest },
    });
  });
}

function refused(reason: string): RuleError {
  return new RuleError('package_invalid', `Gói nộp lưu không hợp lệ: ${reason}.`, { reason });
}

/** Verifies a package without importing it. */
export async function verifyPackageFile(deps: Deps, ctx: RequestCtx, zipPath: string) {
  may(whoOf(ctx), 'archive.manage');
  const u = await unpack(zipPath, { maxBytes: deps.config.maxUploadMb * 1024 * 1024 * 20 });
  const { verdict } = verdictOf(u);
  await recordOutcome(deps, ctx, u, verdict, 'verify');
  if (!verdict.ok) throw refused(verdict.reason);
  return { ...verdict, manifestSha256: u.actual.get(MANIFEST_NAME) ?? null };
}

/** Verifies, then imports the package's files into a unit as closed files declared as records. */
export async function importPackageFile(deps: Deps, ctx: RequestCtx, zipPath: string, orgId: number) {
  const who = whoOf(ctx);
  may(who, 'archive.manage');
  const org = await unitFor(deps.database.db, who, orgId);
  const keepDir = path.join(deps.config.dataDir, 'tmp', `pkg-${randomBytes(6).toString('hex')}`);
  await mkdir(keepDir, { recursive: true });
  try {
    const u = await unpack(zipPath, { keepDir, maxBytes: deps.config.maxUploadMb * 1024 * 1024 * 20 });
    const { verdict, meta } = verdictOf(u);
    if (!verdict.ok || !meta) {
      await recordOutcome(deps, ctx, u, verdict, 'import');
      throw refused(verdict.ok ? 'thiếu mô tả' : verdict.reason);
    }
    for (const f of meta.files) {
      for (const d of f.documents) {
        if (who && d.secrecy > who.clearance) {
          throw new RuleError(
            'above_clearance',
            `Gói có văn bản độ mật cao hơn mức tiếp cận bí mật của bạn (hồ sơ ${f.code}).`,
          );
        }
      }
    }
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
      const out: { id: number; fileCode: string; year: number; documents: number }[] = [];
      const newIds = new Map<number, number>();
      const corrections: { fileId: number; docId: number; corrects: number }[] = [];
      for (const f of meta.files) {
        const clash = await one(
          tx,
          sql`SELECT 1 FROM archive_files WHERE owner_org_id = ${org.id} AND plan_year = ${f.year} AND code = ${f.code}`,
        );
        if (clash) {
          throw new ConflictError(
            'file_code_exists',
            `Danh mục hồ sơ năm ${f.year} của «${org.name}» đã có hồ sơ mã «${f.code}».`,
          );
        }
        const endYear = f.endYear ?? f.year;
        const row = (await one<{ id: number }>(
          tx,
          sql`INSERT INTO archive_files (owner_org_id, plan_year, code, title, section, retention_years, secrecy, status,
                opened_on, closed_on, end_year, retention_ends_on, declared_at, declared_by, note, created_by)
              VALUES (${org.id}, ${f.year}, ${f.code}, ${f.title}, ${f.section}, ${f.retentionYears}, ${f.secrecy}, 'closed',
                ${f.openedOn}::date, ${f.closedOn ?? `${endYear}-12-31`}::date, ${endYear}, ${retentionEndsOn(endYear, f.retentionYears)}::date,
                now(), ${userId(who)}, ${`Nhận từ gói nộp lưu của ${f.orgName}`}, ${userId(who)})
              RETURNING id`,
        )) as { id: number };
        const fileId = Number(row.id);
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
          await q.insertFileDocument(tx, fileId, documentId, userId(who));
          if (d.correctsDocumentId !== null)
            corrections.push({ fileId, docId: documentId, corrects: d.correctsDocumentId });
        }
        out.push({ id: fileId, fileCode: f.code, year: f.year, documents: f.documents.length });
      }
      // Corrections inside the package keep pointing at their (new) originals.
      for (const c of corrections) {
        const target = newIds.get(c.corrects);
        if (target !== undefined) {
          await tx.execute(sql`
            UPDATE archive_file_documents SET corrects_document_id = ${target} WHERE file_id = ${c.fileId} AND document_id = ${c.docId}`);
        }
      }
      for (const f of out) {
        const ids = (await q.fileDocumentIds(tx, f.id)).map((d) => Number(d.document_id));
        await q.declareDocuments(tx, f.id, ids, userId(who));
      }
      await recordAudit(tx, ctx, {
        action: 'archive.package_import',
        entity: 'archive_package',
        orgId: org.id,
        after: { manifestSha256: u.actual.get(MANIFEST_NAME), files: out },
      });
      await tx.execute(sql`
        INSERT INTO archive_packages (direction, owner_org_id, file_ids, manifest_sha256, entries, ok, actor_id)
        VALUES ('import', ${org.id}, ${array(out.map((f) => f.id))}::bigint[], ${u.actual.get(MANIFEST_NAME) ?? null},
                ${u.actual.size}, true, ${userId(who)})`);
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
