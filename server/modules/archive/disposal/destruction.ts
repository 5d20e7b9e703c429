// Carrying out an approved destruction list, for the disposal service (which checks the role first).
// First the minutes (Word) are written from the list as it stands and stored under an intent; then,
// in one transaction, for each file the council decided to destroy, each document keeps a tombstone
// (its metadata and its files' names, sizes and hashes), its content and file rows go (through the
// documents area), the file is marked destroyed, and the list is closed for ever with its minutes.
// The transaction-local setting vanphong.disposal_list (openDisposal in queries.ts, set only here)
// is what lets the database's record guard allow exactly these changes (docs/archive.md, threat
// model). After the commit, stored files that no row references any more are deleted from the store.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { todayVn } from '../../../../domain/dates.ts';
import type { RequestCtx, Who } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent, isReferenced } from '../../../files/references.ts';
import { abandon, type Stored, storeWithIntent } from '../../../files/stored.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { type DocumentSnapshot, destroyContent, snapshots } from '../../documents/archival/service.ts';
import { placeOf } from '../../orgs/service.ts';
import { requireNoHolds, userIdOf } from '../guards.ts';
import * as aq from '../queries.ts';
import { type MinutesInput, minutesDocx } from './minutes.ts';
import type { ArchiveDestruction } from './presenter.ts';
import * as q from './queries.ts';

interface Planned {
  item: q.ItemRow;
  file: aq.FileRow;
  docs: DocumentSnapshot[];
}

/** The list as it will be destroyed: checked, each file with its documents. */
async function plan(db: Db, who: Who, id: number, lock: boolean) {
  const l = await q.listById(db, who, id, lock);
  if (!l) throw notFound('Danh sách tiêu hủy');
  if (l.status === 'executed') throw new ConflictError('list_executed', 'Danh sách này đã được hủy xong.');
  if (l.status !== 'approved') {
    throw new RuleError('list_not_approved', 'Chỉ hủy tài liệu theo danh sách đã được phê duyệt.');
  }
  const items = (await q.itemsOf(db, id)).filter((i) => i.decision === 'destroy');
  await requireNoHolds(
    db,
    items.map((i) => Number(i.file_id)),
  );
  const files: Planned[] = [];
  for (const item of items) {
    const f = lock
      ? await aq.lockFile(db, null, Number(item.file_id))
      : await aq.visibleFile(db, null, Number(item.file_id));
    if (f?.status !== 'closed') {
      throw new RuleError(
        'file_not_closed',
        `Hồ sơ ${item.snapshot.fileCode} không còn ở trạng thái đã đóng.`,
      );
    }
    files.push({ item, file: f, docs: await snapshots(db, await aq.fileDocumentIds(db, Number(f.id))) });
  }
  return { list: l, files };
}

type Plan = Awaited<ReturnType<typeof plan>>;

async function minutesOf(db: Db, ctx: RequestCtx, who: Who, p: Plan, executedOn: string): Promise<Buffer> {
  const l = p.list;
  const org = await q.orgWithParent(db, l.owner_org_id);
  const input: MinutesInput = {
    listId: Number(l.id),
    title: l.title,
    orgName: org?.name ?? l.org_name,
    superiorName: org?.parent_name ?? null,
    place: await placeOf(db, ctx, l.owner_org_id),
    executedOn,
    // Carried out by the system (no person): the name is written by hand on the printed minutes.
    executedBy: who?.fullName || null,
    decisionRef: l.decision_ref ?? '',
    approvedBy: l.approved_by_name,
    reviewedOn: l.reviewed_on,
    council: l.council,
    files: p.files.map(({ item, file, docs }) => ({
      code: file.code,
      title: file.title,
      year: file.plan_year,
      retentionYears: file.retention_years,
      reason: item.reason,
      documents: docs.length,
    })),
    documents: p.files.flatMap(({ file, docs }) =>
      docs.map((d) => ({
        fileCode: file.code,
        symbol: d.document.symbol,
        date: d.document.issuedOn ?? d.document.receivedOn,
        summary: d.document.summary,
        files: d.files.length,
      })),
    ),
    storedFiles: p.files.reduce((n, f) => n + f.docs.reduce((m, d) => m + d.files.length, 0), 0),
  };
  return minutesDocx(input);
}

const docIdsOf = (p: Plan) => p.files.flatMap((f) => f.docs.map((d) => d.document.id)).join(',');

/** Stores the minutes under an intent (a crash before the commit leaves nothing behind). */
async function storeMinutes(deps: Deps, buffer: Buffer): Promise<{ sha: string; stored: Stored }> {
  const sha = createHash('sha256').update(buffer).digest('hex');
  const tmpDir = path.join(deps.config.dataDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const temp = path.join(tmpDir, `minutes-${randomBytes(8).toString('hex')}.docx`);
  await writeFile(temp, buffer);
  try {
    return { sha, stored: await storeWithIntent(deps, temp, sha) };
  } finally {
    await rm(temp, { force: true });
  }
}

/** Destroys the files of an approved list; the caller has checked the account's role. */
export async function destroyApprovedList(
  deps: Deps,
  ctx: RequestCtx,
  who: Who,
  id: number,
): Promise<ArchiveDestruction> {
  const db = deps.database.db;
  const before = await plan(db, who, id, false);
  const executedOn = todayVn();
  const { sha, stored } = await storeMinutes(deps, await minutesOf(db, ctx, who, before, executedOn));
  const released: string[] = [];
  try {
    const result = await transact(deps, async (tx) => {
      const now = await plan(tx, who, id, true);
      // The minutes describe exactly what is destroyed: a file that changed meanwhile stops it.
      if (docIdsOf(now) !== docIdsOf(before)) {
        throw new ConflictError('list_changed', 'Hồ sơ trong danh sách vừa thay đổi: hãy thực hiện lại.');
      }
      await q.openDisposal(tx, id);
      for (const { file: f, docs } of now.files) {
        for (const snap of docs) {
          const { content: _content, ...metadata } = snap.document;
          await q.insertTombstone(tx, {
            listId: id,
            fileId: Number(f.id),
            documentId: snap.document.id,
            by: userIdOf(who),
            metadata: {
              document: metadata,
              files: snap.files.map((x) => ({
                name: x.name,
                mime: x.mime,
                size: x.size,
                sha256: x.sha256,
                ocrSha256: x.ocrSha256,
              })),
              file: {
                id: Number(f.id),
                code: f.code,
                year: f.plan_year,
                title: f.title,
                orgName: f.org_name,
              },
            },
          });
          released.push(...(await destroyContent(tx, ctx, snap.document.id, id)));
        }
        await q.markFileDestroyed(tx, Number(f.id), id);
        await recordAudit(tx, ctx, {
          action: 'archive.file_destroy',
          entity: 'archive_file',
          entityId: Number(f.id),
          orgId: f.owner_org_id,
          after: {
            disposalListId: id,
            code: f.code,
            year: f.plan_year,
            documentIds: docs.map((d) => d.document.id),
          },
        });
      }
      const documents = now.files.reduce((n, f) => n + f.docs.length, 0);
      const minutesName = `bien-ban-huy-tai-lieu-${id}-${executedOn}.docx`;
      await q.markExecuted(tx, id, {
        by: userIdOf(who),
        files: now.files.length,
        documents,
        minutesSha256: sha,
        minutesName,
      });
      await closeIntent(tx, stored.intent);
      await q.closeDisposal(tx);
      const out = {
        id,
        filesDestroyed: now.files.length,
        documentsDestroyed: documents,
        minutesSha256: sha,
        minutesName,
      };
      await recordAudit(tx, ctx, {
        action: 'archive.disposal_execute',
        entity: 'archive_disposal_list',
        entityId: id,
        orgId: now.list.owner_org_id,
        after: out,
      });
      return out;
    });
    const deleted = await removeUnreferenced(deps, released);
    return { ...result, storeFilesDeleted: deleted };
  } catch (err) {
    await abandon(deps, [stored]);
    throw err;
  }
}

/** Deletes from the store the given hashes that no row references any more; returns how many. */
async function removeUnreferenced(deps: Deps, hashes: readonly string[]): Promise<number> {
  let deleted = 0;
  for (const sha of new Set(hashes)) {
    if (await isReferenced(deps.database.db, sha)) continue;
    try {
      await deps.files.remove(sha);
      deleted++;
    } catch (err) {
      // Left for the fixity sweep, which lists unreferenced files.
      deps.log.warn({ err: String(err), sha }, 'could not delete a released file from the store');
    }
  }
  return deleted;
}
