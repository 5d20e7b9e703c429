import { type DocumentStatus, STATUS_LABELS } from '../../../domain/documents.ts';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../domain/roles.ts';
import { toIso } from '../../db/sql.ts';
import type { DocRow } from './queries.ts';

export function presentDocument(d: DocRow) {
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
    sourceDocumentId: d.source_document_id === null ? null : Number(d.source_document_id),
    createdBy: d.created_by,
    createdAt: toIso(d.created_at),
    updatedAt: toIso(d.updated_at),
  };
}

export type DocumentJson = ReturnType<typeof presentDocument>;
