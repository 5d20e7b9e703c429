// The outgoing workflow: draft → submitted for signature (trình ký) → approved or returned → issued
// with the next number of its issuing body, type and term; internal recipients get their own
// incoming copy with their own số đến. A number once issued is never reused.
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../domain/dates.ts';
import { formatSymbol } from '../../../domain/documents.ts';
import { roleCan } from '../../../domain/roles.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { actorOf, anyActiveOrg, lockVisible } from './access.ts';
import { copyFiles } from './files.ts';
import { presentDocument } from './presenter.ts';
import * as q from './queries.ts';
import { termFor } from './terms.ts';

function requireOutgoing(doc: q.DocRow): void {
  if (doc.direction === 'in') {
    throw new RuleError('not_outgoing', 'Đây là văn bản đến: chỉ văn bản đi mới được trình ký, ban hành.');
  }
}

async function changeStatus(
  tx: Db,
  ctx: RequestCtx,
  doc: q.DocRow,
  status: string,
  kind: string,
  note: string | null,
  extra: Record<string, unknown> = {},
) {
  const actor = actorOf(ctx);
  await tx.execute(sql`UPDATE documents SET status = ${status}, updated_at = now() WHERE id = ${doc.id}`);
  await q.addEvent(tx, doc.id, actor.userId, kind, note, Object.keys(extra).length ? extra : null);
  const after = presentDocument((await q.lockById(tx, doc.id)) as q.DocRow);
  await recordAudit(tx, ctx, {
    action: `document.${kind}`,
    entity: 'document',
    entityId: doc.id,
    orgId: doc.owner_org_id,
    before: { status: doc.status },
    after: { status, note, ...extra },
  });
  return after;
}

export async function submit(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { signerId: number; note?: string | undefined },
) {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.draft')) throw forbidden();
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status !== 'draft' && doc.status !== 'returned') {
      throw new RuleError('not_a_draft', 'Chỉ dự thảo hoặc văn bản bị trả lại mới trình ký được.');
    }
    const signer = await one<{
      id: number;
      full_name: string;
      role: string;
      org_id: number;
      clearance: number;
      disabled_at: string | null;
    }>(
      tx,
      sql`SELECT id, full_name, role, org_id, clearance, disabled_at FROM users WHERE id = ${input.signerId}`,
    );
    if (!signer || signer.disabled_at) throw notFound('Người ký');
    if (signer.role !== 'leader')
      throw new RuleError(
        'signer_not_leader',
        `${signer.full_name} không phải lãnh đạo nên không ký văn bản.`,
      );
    const seen = await q.visibleById(
      tx,
      { ...actor, userId: signer.id, orgId: signer.org_id, clearance: signer.clearance },
      id,
    );
    if (!seen)
      throw new RuleError(
        'signer_out_of_scope',
        `${signer.full_name} không thuộc đơn vị có thẩm quyền ký văn bản này.`,
      );
    await tx.execute(
      sql`UPDATE documents SET signer_id = ${signer.id}, signer_name = ${signer.full_name} WHERE id = ${id}`,
    );
    await q.grant(tx, id, { userId: signer.id }, 'signer');
    const out = await changeStatus(tx, ctx, doc, 'submitted', 'submitted', input.note || null, {
      signerId: signer.id,
    });
    await notify(
      tx,
      { userIds: [signer.id] },
      {
        kind: 'document.sign',
        title: 'Văn bản chờ ký',
        body: doc.summary.slice(0, 200),
        link: `/van-ban/${id}`,
        entity: 'document',
        entityId: id,
      },
    );
    return out;
  });
}

async function signerAction(deps: Deps, ctx: RequestCtx, id: number, approve: boolean, note: string | null) {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.sign')) throw forbidden();
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status !== 'submitted')
      throw new RuleError('not_submitted', 'Văn bản không ở trạng thái chờ ký.');
    if (doc.signer_id !== actor.userId) {
      throw new RuleError('not_the_signer', `Văn bản đang trình ${doc.signer_name ?? 'người khác'} ký.`);
    }
    const out = await changeStatus(
      tx,
      ctx,
      doc,
      approve ? 'approved' : 'returned',
      approve ? 'approved' : 'returned',
      note,
    );
    if (doc.created_by) {
      await notify(
        tx,
        { userIds: [doc.created_by] },
        {
          kind: approve ? 'document.approved' : 'document.returned',
          title: approve ? 'Văn bản đã được ký duyệt' : 'Văn bản bị trả lại',
          body: note ?? doc.summary.slice(0, 200),
          link: `/van-ban/${id}`,
          entity: 'document',
          entityId: id,
        },
      );
    }
    return out;
  });
}

export const approve = (deps: Deps, ctx: RequestCtx, id: number, note: string | null) =>
  signerAction(deps, ctx, id, true, note);
export const returnToDrafter = (deps: Deps, ctx: RequestCtx, id: number, note: string) =>
  signerAction(deps, ctx, id, false, note);

export async function setRecipients(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { orgIds: number[]; external: string[] },
) {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.draft')) throw forbidden();
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status === 'issued' || doc.status === 'cancelled') {
      throw new RuleError('document_locked', 'Văn bản đã ban hành: nơi nhận không đổi được nữa.');
    }
    await tx.execute(sql`DELETE FROM document_recipients WHERE document_id = ${id}`);
    const orgIds = [...new Set(input.orgIds)];
    for (const orgId of orgIds) {
      const org = await anyActiveOrg(tx, orgId);
      await tx.execute(
        sql`INSERT INTO document_recipients (document_id, org_id, name) VALUES (${id}, ${org.id}, ${org.name})`,
      );
    }
    for (const name of [...new Set(input.external)]) {
      await tx.execute(
        sql`INSERT INTO document_recipients (document_id, org_id, name) VALUES (${id}, NULL, ${name})`,
      );
    }
    await recordAudit(tx, ctx, {
      action: 'document.recipients',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      after: { orgIds, external: input.external },
    });
    return (await q.recipients(tx, id)).map((r) => ({ orgId: r.org_id, name: r.name }));
  });
}

/**
 * Issues the document: next number of its issuing body × type (× term), symbol `<n>-<TYPE>/<BODY>`.
 * A draft that never went through trình ký is taken as signed on paper (recorded in its history).
 */
export async function issue(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.issue')) throw forbidden();
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status === 'issued')
      throw new ConflictError('already_issued', `Văn bản đã được ban hành với số ${doc.symbol}.`);
    if (doc.status === 'cancelled') throw new ConflictError('cancelled', 'Văn bản đã bị hủy.');
    if (doc.status === 'submitted')
      throw new RuleError('awaiting_signature', 'Văn bản đang chờ ký, chưa ban hành được.');
    if (doc.status === 'returned')
      throw new RuleError('returned', 'Văn bản đã bị trả lại: sửa và trình ký lại trước khi ban hành.');
    const issuer = await one<{ id: number; short_code: string; kind: string; name: string }>(
      tx,
      sql`SELECT id, short_code, kind, name FROM orgs WHERE id = ${doc.issuer_org_id ?? doc.owner_org_id}`,
    );
    if (!issuer) throw notFound('Cơ quan ban hành');
    const date = doc.issued_on ?? todayVn();
    const term = await termFor(tx, issuer.id, date);
    // Congress documents share one sequence whatever their type (domain-reference §2).
    const seqKey = doc.congress ? '*ĐH' : doc.type_code;
    const number = await q.nextIssueNumber(tx, issuer.id, seqKey, term.id);
    const symbol = formatSymbol(number, doc.type_code, issuer.short_code);
    await tx.execute(sql`
      UPDATE documents SET number = ${number}, symbol = ${symbol}, term_id = ${term.id}, issued_on = ${date}::date,
             status = 'issued', updated_at = now()
       WHERE id = ${id}`);
    if (doc.status === 'draft') await q.addEvent(tx, id, actor.userId, 'signed_on_paper');
    await q.addEvent(tx, id, actor.userId, 'issued', null, { symbol, number, term: term.name });
    await recordAudit(tx, ctx, {
      action: 'document.issue',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      before: { status: doc.status },
      after: { symbol, number, termId: term.id, issuedOn: date },
    });
    const delivered = await deliver(tx, ctx, actor, { ...doc, symbol, number, issued_on: date }, issuer.name);
    return { id, symbol, number, issuedOn: date, term: term.name, delivered };
  });
}

/** Each internal recipient gets the document in its incoming register, with its own số đến. */
async function deliver(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  doc: q.DocRow,
  issuerName: string,
): Promise<number> {
  const list = (await q.recipients(tx, doc.id)).filter(
    (r) => r.org_id !== null && r.received_document_id === null,
  );
  const receivedOn = todayVn();
  const year = Number(receivedOn.slice(0, 4));
  for (const r of list) {
    const orgId = r.org_id as number;
    const incomingNumber = await q.nextIncomingNumber(tx, orgId, year);
    const copyId = await q.insertDoc(tx, {
      direction: 'in',
      typeCode: doc.type_code,
      ownerOrgId: orgId,
      issuerOrgId: doc.issuer_org_id,
      issuerName,
      symbol: doc.symbol,
      summary: doc.summary,
      content: doc.content,
      secrecy: doc.secrecy,
      urgency: doc.urgency,
      issuedOn: doc.issued_on,
      receivedOn,
      incomingYear: year,
      incomingNumber,
      pages: doc.pages,
      deadline: null,
      status: 'new',
      place: null,
      signAuthority: null,
      signerTitle: null,
      congress: false,
      sourceDocumentId: doc.id,
      createdBy: actor.userId,
    });
    await copyFiles(tx, doc.id, copyId);
    await q.addHandling(tx, { documentId: copyId, orgId, role: 'register' });
    await q.addEvent(tx, copyId, actor.userId, 'received', null, { fromDocumentId: doc.id, incomingNumber });
    await tx.execute(sql`UPDATE document_recipients SET received_document_id = ${copyId} WHERE id = ${r.id}`);
    await recordAudit(tx, ctx, {
      action: 'document.receive',
      entity: 'document',
      entityId: copyId,
      orgId,
      after: { fromDocumentId: doc.id, symbol: doc.symbol, incomingNumber },
    });
    await notify(
      tx,
      { orgId, roles: ['clerk', 'leader'] },
      {
        kind: 'document.incoming',
        title: `Văn bản đến số ${incomingNumber}: ${doc.symbol}`,
        body: doc.summary.slice(0, 200),
        link: `/van-ban/${copyId}`,
        entity: 'document',
        entityId: copyId,
      },
    );
  }
  if (list.length > 0)
    await q.addEvent(tx, doc.id, actor.userId, 'sent', null, { recipients: list.map((r) => r.name) });
  return list.length;
}

/** Cancels a document; an issued one keeps its number, marked cancelled in the register. */
export async function cancel(deps: Deps, ctx: RequestCtx, id: number, reason: string) {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.issue')) throw forbidden();
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status === 'cancelled') throw new ConflictError('cancelled', 'Văn bản đã bị hủy trước đó.');
    return changeStatus(tx, ctx, doc, 'cancelled', 'cancelled', reason, { symbol: doc.symbol });
  });
}
