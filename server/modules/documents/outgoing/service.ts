// The outgoing workflow: draft → submitted for signature (trình ký) → approved or returned → issued
// with the next number of its issuing body, type and term; internal recipients get their own
// incoming copy with their own số đến. A number once issued is never reused.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { formatSymbol } from '../../../../domain/documents.ts';
import type { Role } from '../../../../domain/roles.ts';
import { sortByName } from '../../../../domain/text.ts';
import { type Actor, type RequestCtx, whoOf } from '../../../auth/actor.ts';
import { authorize, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { grant } from '../../../auth/grants.ts';
import { activeUnit, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { lockVisible, requireType, visibleDoc } from '../access.ts';
import { copyFiles } from '../files/queries.ts';
import { CLOSED, type DocumentJson, EDITABLE_OUT, presentDocument } from '../presenter.ts';
import * as dq from '../queries.ts';
import { termFor } from '../terms/service.ts';
import type { DocumentIssued } from './presenter.ts';
import * as q from './queries.ts';

function requireOutgoing(doc: dq.DocRow): void {
  if (doc.direction === 'in') {
    throw new RuleError('not_outgoing', 'Đây là văn bản đến: chỉ văn bản đi mới được trình ký, ban hành.');
  }
}

async function changeStatus(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  doc: dq.DocRow,
  status: string,
  note: string | null,
  extra: Record<string, unknown> = {},
): Promise<DocumentJson> {
  await q.setStatus(tx, doc.id, status);
  await dq.addEvent(tx, doc.id, actor.userId, status, note, Object.keys(extra).length ? extra : null);
  const after = presentDocument((await dq.lockById(tx, doc.id)) as dq.DocRow);
  await recordAudit(tx, ctx, {
    action: `document.${status}`,
    entity: 'document',
    entityId: doc.id,
    orgId: doc.owner_org_id,
    before: { status: doc.status },
    after: { status, note, ...extra },
  });
  return after;
}

/** Leaders who can see the document and so may be asked to sign it, by name. */
export async function listSigners(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = authorize(ctx, 'document.draft');
  const db = deps.database.db;
  await visibleDoc(db, actor, id);
  const items = sortByName(
    (await q.signers(db, id)).map((u) => ({
      id: u.id,
      fullName: u.full_name,
      orgId: u.org_id,
      orgName: u.org_name,
    })),
    (u) => u.fullName,
  );
  return { items };
}

/** What the working regulation says of a submission: its due date, the version, the article, a refusal. */
export interface SigningRuleCheck {
  dueOn: string;
  workRuleId: number;
  article: string;
  /** Why the submission breaks the signing rule (naming the article), or null. */
  refusal: string | null;
}
export type SigningRuleFinder = (
  tx: Db,
  ctx: RequestCtx,
  input: {
    orgId: number;
    docType: string;
    on: string;
    signerRole: Role;
    signAuthority: string | null;
    submitter: { role: Role; orgName: string };
  },
) => Promise<SigningRuleCheck | null>;
let signingRule: SigningRuleFinder = async () => null;

/** @trusted registration at start (server/integrations.ts): the rules area reads the regulation. */
export function registerSigningRule(fn: SigningRuleFinder): void {
  signingRule = fn;
}

export async function submit(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { signerId: number; note?: string | undefined; submittedOn?: string | undefined },
): Promise<DocumentJson> {
  const actor = authorize(ctx, 'document.draft');
  const today = todayVn();
  // A draft handed to the signer on paper earlier is entered with that day: its due date counts from it.
  const on = input.submittedOn ?? today;
  if (on > today) throw new RuleError('submitted_future', 'Ngày trình ký sau ngày hôm nay.');
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (!EDITABLE_OUT.has(doc.status)) {
      throw new RuleError('not_a_draft', 'Chỉ dự thảo hoặc văn bản bị trả lại mới trình ký được.');
    }
    const signer = await q.userForSigning(tx, input.signerId);
    if (!signer || signer.disabled_at) throw notFound('Người ký');
    if (signer.role !== 'leader')
      throw new RuleError(
        'signer_not_leader',
        `${signer.full_name} không phải lãnh đạo nên không ký văn bản.`,
      );
    const seen = await dq.visibleById(
      tx,
      { ...actor, userId: signer.id, orgId: signer.org_id, clearance: signer.clearance },
      id,
    );
    if (!seen)
      throw new RuleError(
        'signer_out_of_scope',
        `${signer.full_name} không thuộc đơn vị có thẩm quyền ký văn bản này.`,
      );
    // The signing rule of the issuing unit's regulation in force on the day of submission: who may sign, how, through
    // whom, and by when. The document keeps the version and the article; no rule, no due date.
    const submitter = await q.userForSigning(tx, actor.userId);
    const rule = await signingRule(tx, ctx, {
      orgId: doc.issuer_org_id ?? doc.owner_org_id,
      docType: doc.type_code,
      on,
      signerRole: signer.role as Role,
      signAuthority: doc.sign_authority,
      submitter: { role: actor.role, orgName: submitter?.org_name ?? '' },
    });
    if (rule?.refusal) throw new RuleError('signer_not_allowed', rule.refusal);
    await q.setSigner(tx, id, signer);
    await q.setSignDue(tx, id, rule);
    await grant(tx, { entity: 'document', entityId: id, userId: signer.id, reason: 'signer' });
    const out = await changeStatus(tx, ctx, actor, doc, 'submitted', input.note || null, {
      signerId: signer.id,
      ...(on !== today ? { submittedOn: on } : {}),
      ...(rule ? { signDueOn: rule.dueOn, workRuleId: rule.workRuleId, article: rule.article } : {}),
    });
    await notify(
      tx,
      { userIds: [signer.id] },
      {
        kind: 'document.sign',
        title: rule ? `Văn bản chờ ký, hạn ${formatDateVi(rule.dueOn)}` : 'Văn bản chờ ký',
        body: doc.summary.slice(0, 200),
        link: `/van-ban/${id}`,
        entity: 'document',
        entityId: id,
      },
    );
    return out;
  });
}

async function signerAction(
  deps: Deps,
  ctx: RequestCtx,
  actor: Actor,
  id: number,
  approve: boolean,
  note: string | null,
): Promise<DocumentJson> {
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status !== 'submitted')
      throw new RuleError('not_submitted', 'Văn bản không ở trạng thái chờ ký.');
    if (doc.signer_id !== actor.userId) {
      throw new RuleError('not_the_signer', `Văn bản đang trình ${doc.signer_name ?? 'người khác'} ký.`);
    }
    await q.markSignDone(tx, id, todayVn());
    const out = await changeStatus(tx, ctx, actor, doc, approve ? 'approved' : 'returned', note);
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

/** The signer approves (ký duyệt) the document submitted to them. */
export async function approve(deps: Deps, ctx: RequestCtx, id: number, note: string | null) {
  const actor = authorize(ctx, 'document.sign');
  return signerAction(deps, ctx, actor, id, true, note);
}

/** The signer returns the document to its drafter with a comment. */
export async function returnToDrafter(deps: Deps, ctx: RequestCtx, id: number, note: string) {
  const actor = authorize(ctx, 'document.sign');
  return signerAction(deps, ctx, actor, id, false, note);
}

export async function setRecipients(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { orgIds: number[]; external: string[] },
) {
  const actor = authorize(ctx, 'document.draft');
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (CLOSED.has(doc.status)) {
      throw new RuleError('document_locked', 'Văn bản đã ban hành: nơi nhận không đổi được nữa.');
    }
    const orgIds = [...new Set(input.orgIds)];
    const list: { orgId: number | null; name: string }[] = [];
    for (const orgId of orgIds) {
      const org = await activeUnit(tx, orgId);
      list.push({ orgId: org.id, name: org.name });
    }
    for (const name of new Set(input.external)) list.push({ orgId: null, name });
    await q.replaceRecipients(tx, id, list);
    await recordAudit(tx, ctx, {
      action: 'document.recipients',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      after: { orgIds, external: input.external },
    });
    return (await dq.recipients(tx, id)).map((r) => ({ orgId: r.org_id, name: r.name }));
  });
}

/**
 * Issues the document: next number of its issuing body × type (× term), symbol `<n>-<TYPE>/<BODY>`.
 * A draft that never went through trình ký is taken as signed on paper (recorded in its history).
 */
export async function issue(deps: Deps, ctx: RequestCtx, id: number): Promise<DocumentIssued> {
  const actor = authorize(ctx, 'document.issue');
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
    const issuer = await unitInScope(tx, null, doc.issuer_org_id ?? doc.owner_org_id);
    const date = doc.issued_on ?? todayVn();
    const term = await termFor(tx, ctx, { issuerOrgId: issuer.id, date });
    // Congress documents share one sequence whatever their type (docs/documents.md).
    const seqKey = doc.congress ? '*ĐH' : doc.type_code;
    const number = await q.nextIssueNumber(tx, issuer.id, seqKey, term.id);
    const symbol = formatSymbol(number, doc.type_code, issuer.short_code);
    await q.markIssued(tx, id, { number, symbol, termId: term.id, issuedOn: date });
    if (doc.status === 'draft') await dq.addEvent(tx, id, actor.userId, 'signed_on_paper');
    await dq.addEvent(tx, id, actor.userId, 'issued', null, { symbol, number, term: term.name });
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
  doc: dq.DocRow,
  issuerName: string,
): Promise<number> {
  const list = (await dq.recipients(tx, doc.id)).filter(
    (r) => r.org_id !== null && r.received_document_id === null,
  );
  const receivedOn = todayVn();
  const year = Number(receivedOn.slice(0, 4));
  for (const r of list) {
    const orgId = r.org_id as number;
    const incomingNumber = await dq.nextIncomingNumber(tx, orgId, year);
    const copyId = await dq.insertDoc(tx, {
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
    await dq.addHandling(tx, { documentId: copyId, orgId, role: 'register' });
    await dq.addEvent(tx, copyId, actor.userId, 'received', null, { fromDocumentId: doc.id, incomingNumber });
    await q.markReceived(tx, r.id, copyId);
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
    await dq.addEvent(tx, doc.id, actor.userId, 'sent', null, { recipients: list.map((r) => r.name) });
  return list.length;
}

/** Cancels a document; an issued one keeps its number, marked cancelled in the register. */
export async function cancel(deps: Deps, ctx: RequestCtx, id: number, reason: string): Promise<DocumentJson> {
  const actor = authorize(ctx, 'document.issue');
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    requireOutgoing(doc);
    if (doc.status === 'cancelled') throw new ConflictError('cancelled', 'Văn bản đã bị hủy trước đó.');
    return changeStatus(tx, ctx, actor, doc, 'cancelled', reason, { symbol: doc.symbol });
  });
}

/** A text another area drafts and its unit issues at once (a chi bộ meeting's resolution). */
export interface IssuedRecordInput {
  issuerOrgId: number;
  typeCode: string;
  summary: string;
  content: string | null;
  issuedOn: string;
  secrecy: number;
  signAuthority: string | null;
  signerTitle: string | null;
  /** Why it was issued outside this area's workflow, for the document's history. */
  note: string;
}

/**
 * Records such a text as an issued outgoing document of its unit, numbered in the unit's own
 * sequence of its type within the term — the sequence of the documents drafted here, so that no
 * number is given twice and the register shows it. Inside the caller's transaction, after the
 * caller's own role and scope checks; the secrecy ceiling still applies.
 */
export async function issueRecord(
  tx: Db,
  ctx: RequestCtx,
  input: IssuedRecordInput,
): Promise<{ id: number; number: number; symbol: string; term: string }> {
  const who = whoOf(ctx);
  requireSecrecyWithin(who, input.secrecy);
  await requireType(tx, input.typeCode);
  const issuer = await unitInScope(tx, null, input.issuerOrgId);
  const term = await termFor(tx, ctx, { issuerOrgId: issuer.id, date: input.issuedOn });
  const number = await q.nextIssueNumber(tx, issuer.id, input.typeCode, term.id);
  const symbol = formatSymbol(number, input.typeCode, issuer.short_code);
  const id = await dq.insertDoc(tx, {
    direction: 'out',
    typeCode: input.typeCode,
    ownerOrgId: issuer.id,
    issuerOrgId: issuer.id,
    issuerName: issuer.name,
    symbol: null,
    summary: input.summary,
    content: input.content,
    secrecy: input.secrecy,
    urgency: 0,
    issuedOn: input.issuedOn,
    receivedOn: null,
    incomingYear: null,
    incomingNumber: null,
    pages: null,
    deadline: null,
    status: 'draft',
    place: null,
    signAuthority: input.signAuthority,
    signerTitle: input.signerTitle,
    congress: false,
    sourceDocumentId: null,
    createdBy: who?.userId ?? null,
  });
  await q.markIssued(tx, id, { number, symbol, termId: term.id, issuedOn: input.issuedOn });
  await dq.addEvent(tx, id, who?.userId ?? null, 'issued', input.note, { symbol, number, term: term.name });
  await recordAudit(tx, ctx, {
    action: 'document.issue',
    entity: 'document',
    entityId: id,
    orgId: issuer.id,
    after: { symbol, number, termId: term.id, issuedOn: input.issuedOn, note: input.note },
  });
  return { id, number, symbol, term: term.name };
}
