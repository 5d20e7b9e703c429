// JSON shapes of a document and of its page (files, history, directions, handling, recipients), and
// the one place that says what an account may do with a document: the services refuse by the same
// predicates that give the page its `can` flags.

import { z } from '@hono/zod-openapi';
import { DIRECTIONS, type DocumentStatus, STATUS_LABELS } from '../../../domain/documents.ts';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../domain/roles.ts';
import type { Actor, Who } from '../../auth/actor.ts';
import { may } from '../../auth/authorize.ts';
import { toIso } from '../../db/sql.ts';
import { DocumentFile } from './files/presenter.ts';
import type { DirectionRow, DocRow, DuplicateRow, EventRow, HandlingRow, RecipientRow } from './queries.ts';

const int = z.number().int();

export const DocumentJson = z
  .object({
    id: int,
    direction: z.enum(DIRECTIONS),
    typeCode: z.string(),
    orgId: int,
    orgName: z.string(),
    issuerOrgId: int.nullable(),
    issuer: z.string().nullable(),
    symbol: z.string().nullable(),
    number: int.nullable(),
    congress: z.boolean(),
    summary: z.string(),
    content: z.string().nullable(),
    secrecy: int,
    secrecyLabel: z.string(),
    urgency: int,
    urgencyLabel: z.string(),
    issuedOn: z.string().nullable(),
    receivedOn: z.string().nullable(),
    incomingNumber: int.nullable(),
    pages: int.nullable(),
    deadline: z.string().nullable(),
    status: z.string(),
    statusLabel: z.string(),
    place: z.string().nullable(),
    signAuthority: z.string().nullable(),
    signerTitle: z.string().nullable(),
    signerId: int.nullable(),
    signerName: z.string().nullable(),
    /** When the signer must sign by, counted from the working regulation at submission (null: no rule). */
    signDueOn: z.string().nullable(),
    /** The article of the regulation that gave signDueOn, with the regulation's title. */
    signRuleArticle: z.string().nullable(),
    signDoneOn: z.string().nullable(),
    sourceDocumentId: int.nullable(),
    createdBy: int.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Document');
export type DocumentJson = z.infer<typeof DocumentJson>;

export function presentDocument(d: DocRow): DocumentJson {
  return {
    id: Number(d.id),
    direction: d.direction,
    typeCode: d.type_code,
    orgId: d.owner_org_id,
    orgName: d.owner_org_name,
    issuerOrgId: d.issuer_org_id,
    issuer: d.issuer_name,
    symbol: d.symbol,
    number: d.number,
    congress: d.congress,
    summary: d.summary,
    content: d.content,
    secrecy: d.secrecy,
    secrecyLabel: SECRECY_LABELS[d.secrecy as 0 | 1 | 2 | 3],
    urgency: d.urgency,
    urgencyLabel: URGENCY_LABELS[d.urgency as 0 | 1 | 2 | 3],
    issuedOn: d.issued_on,
    receivedOn: d.received_on,
    incomingNumber: d.incoming_number,
    pages: d.pages,
    deadline: d.deadline,
    status: d.status,
    statusLabel:
      STATUS_LABELS[d.status as DocumentStatus] ?? (d.status === 'destroyed' ? 'Đã tiêu hủy' : d.status),
    place: d.place,
    signAuthority: d.sign_authority,
    signerTitle: d.signer_title,
    signerId: d.signer_id,
    signerName: d.signer_name,
    signDueOn: d.sign_due_on,
    signRuleArticle: d.sign_rule_article,
    signDoneOn: d.sign_done_on,
    sourceDocumentId: d.source_document_id === null ? null : Number(d.source_document_id),
    createdBy: d.created_by,
    createdAt: toIso(d.created_at) as string,
    updatedAt: toIso(d.updated_at) as string,
  };
}

// ---- What may be done with a document (role table + state) ----

/** States in which the fields of a document may still change. */
export const EDITABLE_OUT: ReadonlySet<string> = new Set(['draft', 'returned']);
export const EDITABLE_IN: ReadonlySet<string> = new Set(['new', 'in_progress']);
/** An outgoing document issued or cancelled takes no change (an issued one: its signed original). */
export const CLOSED: ReadonlySet<string> = new Set(['issued', 'cancelled']);

interface DocState {
  direction: 'in' | 'out' | 'internal';
  status: string;
  signer_id: number | null;
}

/** Roles that attach files to documents: those who register or draft them. */
export function mayAttach(who: Who): boolean {
  return may(who, 'document.draft') || may(who, 'document.register');
}

/** The action a change of the fields needs: registering for incoming documents, drafting otherwise. */
export function editAction(doc: Pick<DocState, 'direction'>) {
  return doc.direction === 'in' ? ('document.register' as const) : ('document.draft' as const);
}

export function editableState(doc: Pick<DocState, 'direction' | 'status'>): boolean {
  return (doc.direction === 'in' ? EDITABLE_IN : EDITABLE_OUT).has(doc.status);
}

/** The signed original (scan or digitally signed file) is added to an issued document only. */
export function takesSignedOriginal(doc: Pick<DocState, 'direction' | 'status'>): boolean {
  return doc.direction !== 'in' && doc.status === 'issued';
}

export const DocumentCan = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    /** Approve or return: only the signer the document was submitted to. */
    sign: z.boolean(),
    issue: z.boolean(),
    cancel: z.boolean(),
    recipients: z.boolean(),
    upload: z.boolean(),
    /** Add the signed original (bản gốc đã ký) to an issued document. */
    uploadSignedOriginal: z.boolean(),
    direct: z.boolean(),
    /** The account or its unit has a part in handling it. */
    handle: z.boolean(),
  })
  .openapi('DocumentCan');
export type DocumentCan = z.infer<typeof DocumentCan>;

/**
 * What one account may do with one document it sees. `record`: the archive declared it a record,
 * so nothing changes it any more; `handles`: the account or its unit has a handling line on it.
 */
export function documentCan(
  actor: Actor,
  doc: DocState,
  opts: { record: boolean; handles: boolean },
): DocumentCan {
  const out = doc.direction !== 'in';
  const open = !opts.record && doc.status !== 'destroyed';
  return {
    edit: open && may(actor, editAction(doc)) && editableState(doc),
    submit: open && out && may(actor, 'document.draft') && EDITABLE_OUT.has(doc.status),
    sign:
      open &&
      out &&
      doc.status === 'submitted' &&
      may(actor, 'document.sign') &&
      doc.signer_id === actor.userId,
    issue:
      open && out && may(actor, 'document.issue') && (doc.status === 'draft' || doc.status === 'approved'),
    cancel: open && out && may(actor, 'document.issue') && doc.status !== 'cancelled',
    recipients: open && out && may(actor, 'document.draft') && !CLOSED.has(doc.status),
    upload: open && mayAttach(actor) && !CLOSED.has(doc.status),
    uploadSignedOriginal: open && may(actor, 'document.issue') && takesSignedOriginal(doc),
    direct: open && may(actor, 'document.direct'),
    handle: open && opts.handles,
  };
}

// ---- The document's page ----

export const DocumentEvent = z
  .object({
    id: int,
    at: z.string(),
    actorId: int.nullable(),
    actorName: z.string().nullable(),
    kind: z.string(),
    note: z.string().nullable(),
    data: z.unknown(),
  })
  .openapi('DocumentEvent');

export const DocumentDirection = z
  .object({
    id: int,
    authorId: int,
    authorName: z.string(),
    text: z.string(),
    leadOrgId: int.nullable(),
    leadOrgName: z.string().nullable(),
    coordinating: z.array(z.object({ id: int, name: z.string() })),
    assigneeId: int.nullable(),
    assigneeName: z.string().nullable(),
    deadline: z.string().nullable(),
    /** The article of the working regulation the deadline was counted from (null: typed by hand). */
    ruleArticle: z.string().nullable(),
    taskId: int.nullable(),
    createdAt: z.string(),
  })
  .openapi('DocumentDirection');

export const DocumentHandling = z
  .object({
    orgId: int,
    orgName: z.string(),
    userId: int.nullable(),
    userName: z.string().nullable(),
    role: z.string(),
    status: z.string(),
    deadline: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('DocumentHandling');

export const DocumentRecipient = z
  .object({ orgId: int.nullable(), name: z.string(), receivedDocumentId: int.nullable() })
  .openapi('DocumentRecipient');

export const DocumentDetail = DocumentJson.extend({
  files: z.array(DocumentFile),
  events: z.array(DocumentEvent),
  directions: z.array(DocumentDirection),
  handling: z.array(DocumentHandling),
  recipients: z.array(DocumentRecipient),
  can: DocumentCan,
}).openapi('DocumentDetail');
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export function presentEvent(e: EventRow): z.infer<typeof DocumentEvent> {
  return {
    id: Number(e.id),
    at: toIso(e.at) as string,
    actorId: e.actor_id,
    actorName: e.actor_name,
    kind: e.kind,
    note: e.note,
    data: e.data,
  };
}

export function presentDirection(
  r: DirectionRow,
  names: Map<number, string>,
): z.infer<typeof DocumentDirection> {
  return {
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
    ruleArticle: r.rule_article,
    taskId: r.task_id === null ? null : Number(r.task_id),
    createdAt: toIso(r.created_at) as string,
  };
}

export function presentHandling(h: HandlingRow): z.infer<typeof DocumentHandling> {
  return {
    orgId: h.org_id,
    orgName: h.org_name,
    userId: h.user_id,
    userName: h.user_name,
    role: h.role,
    status: h.status,
    deadline: h.deadline,
    updatedAt: toIso(h.updated_at) as string,
  };
}

export function presentRecipient(r: RecipientRow): z.infer<typeof DocumentRecipient> {
  return {
    orgId: r.org_id,
    name: r.name,
    receivedDocumentId: r.received_document_id === null ? null : Number(r.received_document_id),
  };
}

// ---- Small answers ----

export const DocumentTypeList = z
  .object({ items: z.array(z.object({ code: z.string(), name: z.string(), centralOnly: z.boolean() })) })
  .openapi('DocumentTypeList');

export const DocumentDuplicates = z
  .object({
    items: z.array(
      z.object({
        id: int,
        symbol: z.string(),
        issuedOn: z.string(),
        issuer: z.string().nullable(),
        incomingNumber: int.nullable(),
      }),
    ),
  })
  .openapi('DocumentDuplicates');

export function presentDuplicate(d: DuplicateRow) {
  return {
    id: Number(d.id),
    symbol: d.symbol,
    issuedOn: d.issued_on,
    issuer: d.issuer_name,
    incomingNumber: d.incoming_number,
  };
}
