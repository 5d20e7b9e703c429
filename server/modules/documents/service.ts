// Registering incoming documents, drafting outgoing ones, editing, and reading one document whole.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { todayVn } from '../../../domain/dates.ts';
import { incomingYear } from '../../../domain/documents.ts';
import { roleCan } from '../../../domain/roles.ts';
import type { createDocumentBody, updateDocumentBody } from '../../../domain/schemas/documents.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { actorOf, lockVisible, orgInScope, requireType } from './access.ts';
import { listFiles } from './files.ts';
import { presentDocument } from './presenter.ts';
import * as q from './queries.ts';

type CreateInput = z.infer<typeof createDocumentBody>;

export async function createDocument(deps: Deps, ctx: RequestCtx, input: CreateInput) {
  const actor = actorOf(ctx);
  const action = input.direction === 'in' ? 'document.register' : 'document.draft';
  if (!roleCan(actor.role, action)) throw forbidden();
  return transact(deps, async (tx) => {
    const org = await orgInScope(tx, actor, input.orgId);
    if (input.direction === 'in') return registerIncoming(tx, ctx, actor, org, input);
    const issuer = input.issuerOrgId ? await orgInScope(tx, actor, input.issuerOrgId) : org;
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
  org: { id: number; name: string },
  input: CreateInput,
) {
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

const EDITABLE_OUT = new Set(['draft', 'returned']);
const EDITABLE_IN = new Set(['new', 'in_progress']);

export async function updateDocument(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateDocumentBody>,
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    const incoming = doc.direction === 'in';
    if (!roleCan(actor.role, incoming ? 'document.register' : 'document.draft')) throw forbidden();
    if (!(incoming ? EDITABLE_IN : EDITABLE_OUT).has(doc.status)) {
      throw new RuleError(
        'document_locked',
        'Văn bản đã ban hành hoặc đã xử lý xong không sửa được; hãy tạo văn bản mới thay thế.',
      );
    }
    if (input.typeCode && input.typeCode !== doc.type_code) await requireType(tx, input.typeCode);
    const before = presentDocument(doc);
    await tx.execute(sql`
      UPDATE documents SET
        type_code = ${input.typeCode ?? doc.type_code},
        summary = ${input.summary ?? doc.summary},
        content = ${input.content === undefined ? doc.content : input.content || null},
        secrecy = ${input.secrecy ?? doc.secrecy},
        urgency = ${input.urgency ?? doc.urgency},
        issued_on = ${input.issuedOn === undefined ? doc.issued_on : input.issuedOn}::date,
        symbol = ${incoming && input.symbol !== undefined ? input.symbol || null : doc.symbol},
        issuer_name = ${incoming && input.issuer !== undefined ? input.issuer || null : doc.issuer_name},
        received_on = ${incoming && input.receivedOn ? input.receivedOn : doc.received_on}::date,
        pages = ${input.pages === undefined ? doc.pages : input.pages},
        deadline = ${input.deadline === undefined ? doc.deadline : input.deadline}::date,
        place = ${input.place === undefined ? doc.place : input.place || null},
        sign_authority = ${input.signAuthority === undefined ? doc.sign_authority : input.signAuthority || null},
        signer_title = ${input.signerTitle === undefined ? doc.signer_title : input.signerTitle || null},
        updated_at = now()
      WHERE id = ${id}`);
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

/** One document with its files, history, directions, handling and recipients. Secret reads are audited. */
export async function getDocument(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = actorOf(ctx);
  const db = deps.database.db;
  const doc = await q.visibleById(db, actor, id);
  if (!doc) throw notFound('Văn bản');
  const [files, events, directions, handling, recipients] = await Promise.all([
    listFiles(db, id),
    q.events(db, id),
    q.directions(db, id),
    q.handlingOf(db, id),
    q.recipients(db, id),
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
  return {
    ...presentDocument(doc),
    files,
    events: events.map((e) => ({
      id: Number(e.id),
      at: toIso(e.at),
      actorId: e.actor_id,
      actorName: e.actor_name,
      kind: e.kind,
      note: e.note,
      data: e.data,
    })),
    directions: directions.map((r) => ({
      id: Number(r.id),
      authorId: r.author_id,
      authorName: r.author_name,
      text: r.text,
      leadOrgId: r.lead_org_id,
      leadOrgName: r.lead_org_name,
      coordinating: (r.coordinating_org_ids ?? []).map((oid) => ({
        id: oid,
        name: names.get(oid) ?? String(oid),
      })),
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      deadline: r.deadline,
      taskId: r.task_id === null ? null : Number(r.task_id),
      createdAt: toIso(r.created_at),
    })),
    handling: handling.map((h) => ({
      orgId: h.org_id,
      orgName: h.org_name,
      userId: h.user_id,
      userName: h.user_name,
      role: h.role,
      status: h.status,
      deadline: h.deadline,
      updatedAt: toIso(h.updated_at),
    })),
    recipients: recipients.map((r) => ({
      orgId: r.org_id,
      name: r.name,
      receivedDocumentId: r.received_document_id === null ? null : Number(r.received_document_id),
    })),
  };
}
