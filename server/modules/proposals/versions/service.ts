// Versions of a scheme: uploaded Word files (the only format whose text the drafters edit), their text
// kept as paragraphs, and the readable diff between two versions (domain/proposals/diff.ts). The file
// goes to the content-addressed store under an intent like every stored file; the row records the
// stage the scheme was at.
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { diffParagraphs } from '../../../../domain/proposals/diff.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { MIME, sniffUpload } from '../../../files/sniff.ts';
import { abandon, storeWithIntent } from '../../../files/stored.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { DocxUnreadable, docxParagraphs, textChars } from '../../../office/docx-text.ts';
import { recordAudit } from '../../audit/service.ts';
import * as pq from '../queries.ts';
import { proposalFor } from '../service.ts';
import {
  type ProposalDiff,
  type ProposalVersion,
  type ProposalVersionText,
  presentDiff,
  presentVersion,
} from './presenter.ts';
import * as q from './queries.ts';

const DOCX_ONLY = new Set<string>([MIME.docx]);
const DOCX_LABEL =
  'tệp Word .docx (tệp .doc cũ hoặc PDF: mở bằng Word rồi lưu lại thành .docx để so sánh được các lần dự thảo)';

/**
 * Uploads the next version. The account's right is checked before the file is received, so a refused
 * upload is never stored; the text is read before anything is stored, so an unreadable file changes
 * nothing.
 */
export async function upload(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  receive: () => Promise<Upload>,
): Promise<ProposalVersion> {
  const actor = authorize(ctx, 'proposal.manage');
  await proposalFor(deps.database.db, ctx, id, { right: 'manage' });
  const file = await receive();
  try {
    await sniffUpload(file, DOCX_ONLY, DOCX_LABEL);
    let paragraphs: string[];
    try {
      paragraphs = await docxParagraphs(file.tempPath);
    } catch (err) {
      if (!(err instanceof DocxUnreadable)) throw err;
      throw new ValidationError(
        `Không đọc được nội dung tệp Word «${file.filename}» (${err.message}).`,
        undefined,
        'docx_unreadable',
      );
    }
    if (paragraphs.length === 0) {
      throw new RuleError(
        'version_empty',
        `Tệp «${file.filename}» không có nội dung chữ để lưu thành dự thảo.`,
      );
    }
    const note = file.fields.note?.trim().normalize('NFC').slice(0, 2000) || null;
    const stored = await storeWithIntent(deps, file.tempPath, file.sha256);
    try {
      return await transact(deps, async (tx) => {
        const { row } = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
        const number = await q.insert(tx, {
          proposalId: id,
          name: file.filename,
          size: file.size,
          sha256: file.sha256,
          paragraphs,
          textChars: textChars(paragraphs),
          stage: row.stage,
          note,
          by: actor.userId,
        });
        await closeIntent(tx, stored.intent);
        const out = presentVersion((await q.byNumber(tx, id, number)) as q.VersionRow);
        await recordAudit(tx, ctx, {
          action: 'proposal.version',
          entity: pq.ENTITY,
          entityId: id,
          orgId: row.org_id,
          after: out,
        });
        return out;
      });
    } catch (err) {
      await abandon(deps, [stored]);
      throw err;
    }
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

async function versionOf(deps: Deps, id: number, number: number): Promise<q.VersionRow> {
  const v = await q.byNumber(deps.database.db, id, number);
  if (!v) throw notFound(`Dự thảo lần ${number}`);
  return v;
}

/** One version with its paragraphs (what a comment is anchored to). */
export async function text(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  number: number,
): Promise<ProposalVersionText> {
  authorize(ctx, 'proposal.read');
  await proposalFor(deps.database.db, ctx, id, { right: 'read' });
  const v = await versionOf(deps, id, number);
  return { ...presentVersion(v), paragraphs: await q.paragraphs(deps.database.db, v.id) };
}

export async function file(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  number: number,
): Promise<{ version: ProposalVersion; stream: Readable }> {
  authorize(ctx, 'proposal.read');
  await proposalFor(deps.database.db, ctx, id, { right: 'read' });
  const v = await versionOf(deps, id, number);
  return { version: presentVersion(v), stream: deps.files.read(v.sha256) };
}

/** What changed from version `from` to version `to`, paragraph by paragraph and word by word. */
export async function diff(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { from: number; to: number },
): Promise<ProposalDiff> {
  authorize(ctx, 'proposal.read');
  const db = deps.database.db;
  await proposalFor(db, ctx, id, { right: 'read' });
  if (input.from === input.to) {
    throw new RuleError('same_version', 'Hãy chọn hai lần dự thảo khác nhau để so sánh.');
  }
  const [from, to] = await Promise.all([versionOf(deps, id, input.from), versionOf(deps, id, input.to)]);
  const [a, b] = await Promise.all([q.paragraphs(db, from.id), q.paragraphs(db, to.id)]);
  return presentDiff(from, to, diffParagraphs(a, b));
}
