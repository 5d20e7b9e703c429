// The document itself: registering incoming documents (số đến), drafting outgoing ones, editing,
// reading one document whole (with what the reader may do with it), the types, the duplicate check
// and the Word output. The workflow, handling, files, search, terms and registers are in subfolders.
import type { z } from 'zod';
import { todayVn } from '../../../domain/dates.ts';
import { DOCUMENT_TYPES, incomingYear } from '../../../domain/documents.ts';
import { type ResolutionInput, resolutionKey, STUDIED_TYPE_CODES } from '../../../domain/resolution.ts';
import type { createDocumentBody, updateDocumentBody } from '../../../domain/schemas/documents.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin, signedIn } from '../../auth/authorize.ts';
import { activeUnitInScope, type ScopedOrgRow } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, forbidden, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { placeOf } from '../orgs/service.ts';
import {
  isRecord,
  lockVisible,
  type RecordGuard,
  requireType,
  setRecordGuard,
  visibleDoc,
} from './access.ts';
import { presentFile } from './files/presenter.ts';
import { filesOf } from './files/queries.ts';
import {
  type DocumentDetail,
  type DocumentJson,
  documentCan,
  editAction,
  editableState,
  presentDirection,
  presentDocument,
  presentDuplicate,
  presentEvent,
  presentHandling,
  presentRecipient,
} from './presenter.ts';
import * as q from './queries.ts';
import { documentToDocx } from './word.ts';

export type { RecordGuard };

/**
 * The archive's record guard, consulted before any change of a document.
 * @trusted wiring: called once by server/integrations.ts when a runtime opens.
 */
export function registerRecordGuard(fn: RecordGuard | undefined): void {
  setRecordGuard(fn);
}

/**
 * The document types are written by the migrations only, so the answer is read once per database
 * handle and kept: every page of the register asks for it.
 */
const typesOf = new WeakMap<
  Deps,
  Promise<{ items: { code: string; name: string; centralOnly: boolean }[] }>
>();

export async function listDocumentTypes(deps: Deps, ctx: RequestCtx) {
  signedIn(ctx);
  let answer = typesOf.get(deps);
  if (!answer) {
    answer = q.listTypes(deps.database.db).then((rows) => ({
      items: rows.map((t) => ({ code: t.code, name: t.name, centralOnly: t.central_only })),
    }));
    // A failed read (database down) is not kept: the next request reads again.
    answer.catch(() => typesOf.delete(deps));
    typesOf.set(deps, answer);
  }
  return answer;
}

/** Incoming documents of a unit with the same issuer, symbol and date (asked before registering). */
export async function findDuplicates(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId: number; symbol: string; issuedOn: string; issuer?: string | undefined },
) {
  const actor = authorize(ctx, 'document.register');
  const db = deps.database.db;
  await activeUnitInScope(db, actor, input.orgId);
  const items = await q.findDuplicates(
    db,
    actor,
    input.orgId,
    input.symbol,
    input.issuedOn,
    input.issuer || null,
  );
  return { items: items.map(presentDuplicate) };
}

type CreateInput = z.infer<typeof createDocumentBody>;

export async function createDocument(deps: Deps, ctx: RequestCtx, input: CreateInput): Promise<DocumentJson> {
  const actor = authorize(ctx, input.direction === 'in' ? 'document.register' : 'document.draft');
  requireSecrecyWithin(actor, input.secrecy ?? 0);
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, actor, input.orgId);
    if (input.direction === 'in') return registerIncoming(tx, ctx, actor, org, input);
    const issuer = input.issuerOrgId ? await activeUnitInScope(tx, actor, input.issuerOrgId) : org;
    await requireType(tx, input.typeCode, issuer.kind);
    const id = await q.insertDoc(tx, {
      direction: input.direction,
      typeCode: input.typeCode,
      ownerOrgId: org.id,
      issuerOrgId: issuer.id,
      issuerName: issuer.name,
      // The số ký hiệu of an outgoing document is given when it is issued, never before.
      symbol: null,
      summary: input.summary,
      content: input.content || null,
      secrecy: input.secrecy ?? 0,
      urgency: input.urgency ?? 0,
      issuedOn: input.issuedOn ?? null,
      receivedOn: null,
      incomingYear: null,
      incomingNumber: null,
      pages: input.pages ?? null,
      deadline: input.deadline ?? null,
      status: 'draft',
      place: input.place || null,
      signAuthority: input.signAuthority || null,
      signerTitle: input.signerTitle || null,
      congress: input.congress ?? false,
      sourceDocumentId: null,
      createdBy: actor.userId,
    });
    await q.addEvent(tx, id, actor.userId, 'drafted');
    const out = presentDocument((await q.lockById(tx, id)) as q.DocRow);
    await recordAudit(tx, ctx, {
      action: 'document.create',
      entity: 'document',
      entityId: id,
      orgId: org.id,
      after: out,
    });
    return out;
  });
}

async function registerIncoming(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  org: ScopedOrgRow,
  input: CreateInput,
): Promise<DocumentJson> {
  await requireType(tx, input.typeCode);
  const receivedOn = input.receivedOn ?? todayVn();
  if (input.issuedOn && input.issuedOn > receivedOn) {
    throw new RuleError('issued_after_received', 'Ngày văn bản không thể sau ngày đến.');
  }
  if (input.symbol && input.issuedOn && !input.confirmDuplicate) {
    const dups = await q.findDuplicates(
      tx,
      actor,
      org.id,
      input.symbol,
      input.issuedOn,
      input.issuer || null,
    );
    const first = dups[0];
    if (first) {
      throw new ConflictError(
        'duplicate_document',
        `Văn bản ${first.symbol} ngày ${input.issuedOn.split('-').reverse().join('/')} đã vào sổ (số đến ${first.incoming_number}). Nếu đúng là văn bản khác, hãy xác nhận để vào sổ.`,
        { existingIds: dups.map((d) => Number(d.id)) },
      );
    }
  }
  const year = incomingYear(receivedOn);
  const number = await q.nextIncomingNumber(tx, org.id, year);
  const id = await q.insertDoc(tx, {
    direction: 'in',
    typeCode: input.typeCode,
    ownerOrgId: org.id,
    issuerOrgId: null,
    issuerName: input.issuer || null,
    symbol: input.symbol || null,
    summary: input.summary,
    content: input.content || null,
    secrecy: input.secrecy ?? 0,
    urgency: input.urgency ?? 0,
    issuedOn: input.issuedOn ?? null,
    receivedOn,
    incomingYear: year,
    incomingNumber: number,
    pages: input.pages ?? null,
    deadline: input.deadline ?? null,
    status: 'new',
    place: null,
    signAuthority: null,
    signerTitle: null,
    congress: false,
    sourceDocumentId: null,
    createdBy: actor.userId,
  });
  await q.addHandling(tx, {
    documentId: id,
    orgId: org.id,
    role: 'register',
    deadline: input.deadline ?? null,
  });
  await q.addEvent(tx, id, actor.userId, 'registered', null, { incomingNumber: number });
  const out = presentDocument((await q.lockById(tx, id)) as q.DocRow);
  await recordAudit(tx, ctx, {
    action: 'document.register',
    entity: 'document',
    entityId: id,
    orgId: org.id,
    after: out,
  });
  await notify(
    tx,
    { orgId: org.id, roles: ['leader'] },
    {
      kind: 'document.incoming',
      title: `Văn bản đến số ${number}: ${out.symbol ?? out.typeCode}`,
      body: out.summary.slice(0, 200),
      link: `/van-ban/${id}`,
      entity: 'document',
      entityId: id,
    },
  );
  return out;
}

/** Changes the fields of a draft, or of an incoming document not yet handled. */
export async function updateDocument(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateDocumentBody>,
): Promise<DocumentJson> {
  // Every role that registers also drafts; which of the two the change needs depends on the document.
  const actor = authorize(ctx, 'document.draft');
  if (input.secrecy !== undefined) requireSecrecyWithin(actor, input.secrecy);
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    const incoming = doc.direction === 'in';
    if (!may(actor, editAction(doc))) throw forbidden();
    if (!editableState(doc)) {
      throw new RuleError(
        'document_locked',
        'Văn bản đã ban hành hoặc đã xử lý xong không sửa được; hãy tạo văn bản mới thay thế.',
      );
    }
    if (input.typeCode && input.typeCode !== doc.type_code) await requireType(tx, input.typeCode);
    const before = presentDocument(doc);
    await q.updateFields(tx, id, {
      typeCode: input.typeCode ?? doc.type_code,
      summary: input.summary ?? doc.summary,
      content: input.content === undefined ? doc.content : input.content || null,
      secrecy: input.secrecy ?? doc.secrecy,
      urgency: input.urgency ?? doc.urgency,
      issuedOn: input.issuedOn === undefined ? doc.issued_on : input.issuedOn,
      symbol: incoming && input.symbol !== undefined ? input.symbol || null : doc.symbol,
      issuerName: incoming && input.issuer !== undefined ? input.issuer || null : doc.issuer_name,
      receivedOn: incoming && input.receivedOn ? input.receivedOn : doc.received_on,
      pages: input.pages === undefined ? doc.pages : input.pages,
      deadline: input.deadline === undefined ? doc.deadline : input.deadline,
      place: input.place === undefined ? doc.place : input.place || null,
      signAuthority: input.signAuthority === undefined ? doc.sign_authority : input.signAuthority || null,
      signerTitle: input.signerTitle === undefined ? doc.signer_title : input.signerTitle || null,
    });
    const after = presentDocument((await q.lockById(tx, id)) as q.DocRow);
    await q.addEvent(tx, id, actor.userId, 'edited');
    await recordAudit(tx, ctx, {
      action: 'document.update',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      before,
      after,
    });
    return after;
  });
}

/**
 * One document with its files, history, directions, handling, recipients and what the reader may do
 * with it. A Mật (or higher) document's read is audited.
 */
export async function getDocument(deps: Deps, ctx: RequestCtx, id: number): Promise<DocumentDetail> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const doc = await visibleDoc(db, actor, id);
  const [files, events, directions, handling, recipients, record] = await Promise.all([
    filesOf(db, id),
    q.events(db, id),
    q.directions(db, id),
    q.handlingOf(db, id),
    q.recipients(db, id),
    isRecord(db, id),
  ]);
  if (doc.secrecy >= 1) {
    await transact(deps, (tx) =>
      recordAudit(tx, ctx, {
        action: 'document.read',
        entity: 'document',
        entityId: id,
        orgId: doc.owner_org_id,
        after: { secrecy: doc.secrecy },
      }),
    );
  }
  const coordinatingIds = [...new Set(directions.flatMap((d) => d.coordinating_org_ids ?? []))];
  const names = new Map(
    (coordinatingIds.length ? await q.orgNames(db, coordinatingIds) : []).map((o) => [o.id, o.name]),
  );
  const handles = handling.some(
    (h) => h.user_id === actor.userId || (h.user_id === null && h.org_id === actor.orgId),
  );
  return {
    ...presentDocument(doc),
    files: files.map(presentFile),
    events: events.map(presentEvent),
    directions: directions.map((r) => presentDirection(r, names)),
    handling: handling.map(presentHandling),
    recipients: recipients.map(presentRecipient),
    can: documentCan(actor, doc, { record, handles }),
  };
}

/**
 * The text another area names as the one it studies or concretises (a study session, an action
 * programme): a document the reader sees (404 otherwise) — a resolution, directive, conclusion,
 * regulation, guide or circular with its số ký hiệu (422 otherwise) — or a reference written by hand
 * for a text that is not in the system. `key` matches the two (domain/resolution.ts).
 */
export async function studiedText(
  db: Db,
  ctx: RequestCtx,
  input: ResolutionInput,
): Promise<{ documentId: number | null; ref: string; title: string; key: string }> {
  const actor = signedIn(ctx);
  if (input.documentId === undefined) {
    const ref = input.ref ?? '';
    return { documentId: null, ref, title: input.title ?? '', key: resolutionKey(ref) };
  }
  const doc = await visibleDoc(db, actor, input.documentId);
  const typeName = (code: string) => DOCUMENT_TYPES.find((t) => t.code === code)?.name ?? code;
  if (!STUDIED_TYPE_CODES.includes(doc.type_code)) {
    throw new RuleError(
      'document_not_studied',
      `Văn bản «${doc.summary}» không thuộc loại được học tập, quán triệt (${STUDIED_TYPE_CODES.map(typeName)
        .join(', ')
        .toLowerCase()}).`,
    );
  }
  if (!doc.symbol) {
    throw new RuleError('document_without_symbol', `Văn bản «${doc.summary}» chưa có số ký hiệu.`);
  }
  return {
    documentId: Number(doc.id),
    ref: `${typeName(doc.type_code)} số ${doc.symbol}`,
    title: doc.summary,
    key: resolutionKey(doc.symbol),
  };
}

/** The document as Word in the Party layout. */
export async function documentWord(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const doc = await visibleDoc(db, actor, id);
  const issuerOrg = doc.issuer_org_id ?? doc.owner_org_id;
  const issuer = await q.issuerHeading(db, issuerOrg);
  const recipients = (await q.recipients(db, id)).map((r) => r.name);
  const incoming = doc.direction === 'in';
  const buffer = await documentToDocx({
    direction: doc.direction,
    typeCode: doc.type_code,
    symbol: doc.symbol,
    summary: doc.summary,
    content: doc.content,
    secrecy: doc.secrecy,
    urgency: doc.urgency,
    issuedOn: doc.issued_on,
    // The document's own place, else its issuing unit's (a received one from outside: the keeper's).
    place: doc.place || (await placeOf(db, ctx, issuerOrg)),
    issuerName: incoming ? (doc.issuer_name ?? issuer?.name ?? '') : (issuer?.name ?? ''),
    issuerCode: issuer?.short_code ?? '',
    superiorName: incoming ? null : (issuer?.parent_name ?? null),
    signAuthority: doc.sign_authority,
    signerTitle: doc.signer_title,
    signerName: doc.signer_name,
    recipients,
  });
  const name = `${(doc.symbol ?? `du-thao-${id}`).replace(/[/\\]/g, '-')}.docx`;
  return { buffer, name };
}
