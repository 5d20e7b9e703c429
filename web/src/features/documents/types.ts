// Shapes of the documents API (server/modules/documents: presenter.ts, service.ts, search.ts,
// handling.ts, files.ts).
import type { Direction } from '../../../../domain/documents.ts';

export interface DocType {
  code: string;
  name: string;
  centralOnly: boolean;
}

export interface Doc {
  id: number;
  direction: Direction;
  typeCode: string;
  orgId: number;
  orgName: string;
  issuerOrgId: number | null;
  issuer: string | null;
  symbol: string | null;
  number: number | null;
  congress: boolean;
  summary: string;
  content: string | null;
  secrecy: number;
  secrecyLabel: string;
  urgency: number;
  urgencyLabel: string;
  issuedOn: string | null;
  receivedOn: string | null;
  incomingNumber: number | null;
  pages: number | null;
  deadline: string | null;
  status: string;
  statusLabel: string;
  place: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
  signerId: number | null;
  signerName: string | null;
  sourceDocumentId: number | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocFile {
  id: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  hasOcrPdf: boolean;
  textChars: number;
  encoding: string | null;
  extraction: string;
  extractionLabel: string;
  extractionError: string | null;
  createdAt: string;
}

export interface DocEvent {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  kind: string;
  note: string | null;
  data: unknown;
}

export interface DocDirection {
  id: number;
  authorId: number;
  authorName: string;
  text: string;
  leadOrgId: number | null;
  leadOrgName: string | null;
  coordinating: { id: number; name: string }[];
  assigneeId: number | null;
  assigneeName: string | null;
  deadline: string | null;
  taskId: number | null;
  createdAt: string;
}

export interface DocHandling {
  orgId: number;
  orgName: string;
  userId: number | null;
  userName: string | null;
  role: string;
  status: string;
  deadline: string | null;
  updatedAt: string;
}

export interface DocRecipient {
  orgId: number | null;
  name: string;
  receivedDocumentId: number | null;
}

export interface DocDetail extends Doc {
  files: DocFile[];
  events: DocEvent[];
  directions: DocDirection[];
  handling: DocHandling[];
  recipients: DocRecipient[];
}

/** One row of GET /api/documents (registers and search). */
export interface DocListItem {
  id: number;
  direction: Direction;
  symbol: string | null;
  summary: string;
  typeCode: string;
  issuedOn: string | null;
  receivedOn: string | null;
  incomingNumber: number | null;
  issuer: string | null;
  orgId: number;
  orgName: string;
  secrecy: number;
  urgency: number;
  status: string;
  statusLabel: string;
  deadline: string | null;
  snippet: string;
  highlights: [number, number][];
  rank: number | null;
}

export interface InboxItem extends Omit<Doc, 'content'> {
  handling: { status: string; role: string; deadline: string | null; overdue: boolean };
}

export interface InboxResponse {
  /** Rows under the chosen status; `nextOffset` is null on the last page. */
  total: number;
  nextOffset: number | null;
  items: InboxItem[];
  counts: { new: number; inProgress: number; done: number };
}

export interface Duplicate {
  id: number;
  symbol: string;
  issuedOn: string;
  issuer: string | null;
  incomingNumber: number | null;
}

export interface IssueResult {
  id: number;
  symbol: string;
  number: number;
  issuedOn: string;
  term: string;
  delivered: number;
}
