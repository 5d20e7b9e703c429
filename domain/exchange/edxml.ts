// The edXML envelope (QCVN 102:2016/BTTTT, amended by Thông tư 01/2022/TT-BTTTT) as far as its
// public schema is known: the message header (From, To, DocumentId, Code, PromulgationInfo,
// DocumentType, Subject, Content, SignerInfo, DueDate, ToPlaces, OtherInfo, SteeringType,
// ResponseFor), the trace header list with the business kind (new, revocation, update,
// replacement), and the attachments encoded in base64; and the status message that answers it.
// Built by hand with escaping; read with fast-xml-parser after refusing any DOCTYPE (no entity of
// the sender's is ever expanded) and checking sizes. Pure: no I/O.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isValidIsoDate, parseDateVi } from '../dates.ts';
import {
  BUSINESS_DOC_TYPE,
  MESSAGE_KINDS,
  type MessageKind,
  STATUS_CODES,
  STATUS_EDXML_CODE,
  type StatusCode,
} from './labels.ts';

export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
export const MAX_ATTACHMENTS = 50;

export interface Organ {
  organId: string;
  organName: string;
}

export interface Attachment {
  name: string;
  contentType: string;
  description: string;
  /** The file's bytes in base64. */
  base64: string;
}

export interface EdxmlDocument {
  from: Organ;
  to: Organ[];
  documentId: string;
  codeNumber: string;
  codeNotation: string;
  place: string;
  promulgationDate: string;
  typeName: string;
  subject: string;
  content: string;
  signer: { competence: string; position: string; fullName: string };
  dueDate: string | null;
  toPlaces: string[];
  priority: number;
  sphere: string;
  pageAmount: number | null;
  steeringType: number;
  responseFor: { organId: string; code: string; promulgationDate: string; documentId: string } | null;
  trace: { organId: string; timestamp: string }[];
  kind: MessageKind;
  reason: string;
  attachments: Attachment[];
}

export interface EdxmlStatus {
  from: Organ;
  to: Organ;
  /** The DocumentId of the document the status is about. */
  documentId: string;
  code: string;
  promulgationDate: string;
  status: StatusCode;
  description: string;
  timestamp: string;
}

/** A package that cannot be read: its message is shown to the person who sent it (Vietnamese). */
export class EdxmlError extends Error {}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function el(name: string, value: string | number | null | undefined): string {
  return `<edXML:${name}>${value === null || value === undefined ? '' : esc(String(value))}</edXML:${name}>`;
}

function organ(tag: string, o: Organ): string {
  return `<edXML:${tag}>${el('OrganId', o.organId)}${el('OrganName', o.organName)}</edXML:${tag}>`;
}

export function buildEnvelope(d: EdxmlDocument): string {
  const rf = d.responseFor;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<edXML:edXMLEnvelope xmlns:edXML="${EDXML_NS}">`,
    '<edXML:edXMLHeader><edXML:MessageHeader>',
    organ('From', d.from),
    ...d.to.map((t) => organ('To', t)),
    el('DocumentId', d.documentId),
    `<edXML:Code>${el('CodeNumber', d.codeNumber)}${el('CodeNotation', d.codeNotation)}</edXML:Code>`,
    `<edXML:PromulgationInfo>${el('Place', d.place)}${el('PromulgationDate', d.promulgationDate)}</edXML:PromulgationInfo>`,
    `<edXML:DocumentType>${el('Type', 2)}${el('TypeName', d.typeName)}</edXML:DocumentType>`,
    el('Subject', d.subject),
    el('Content', d.content),
    `<edXML:SignerInfo>${el('Competence', d.signer.competence)}${el('Position', d.signer.position)}${el('FullName', d.signer.fullName)}</edXML:SignerInfo>`,
    el('DueDate', d.dueDate),
    `<edXML:ToPlaces>${d.toPlaces.map((p) => el('Place', p)).join('')}</edXML:ToPlaces>`,
    `<edXML:OtherInfo>${el('Priority', d.priority)}${el('SphereOfPromulgation', d.sphere)}${el('PageAmount', d.pageAmount)}</edXML:OtherInfo>`,
    el('SteeringType', d.steeringType),
    rf
      ? `<edXML:ResponseFor>${el('OrganId', rf.organId)}${el('Code', rf.code)}${el('PromulgationDate', rf.promulgationDate)}${el('DocumentId', rf.documentId)}</edXML:ResponseFor>`
      : '',
    '</edXML:MessageHeader><edXML:TraceHeaderList>',
    ...d.trace.map(
      (t) =>
        `<edXML:TraceHeader>${el('OrganId', t.organId)}${el('Timestamp', t.timestamp)}</edXML:TraceHeader>`,
    ),
    `<edXML:Bussiness>${el('BussinessDocType', BUSINESS_DOC_TYPE[d.kind])}${el('BussinessDocReason', d.reason)}</edXML:Bussiness>`,
    '</edXML:TraceHeaderList></edXML:edXMLHeader>',
    '<edXML:edXMLBody><edXML:AttachmentEncoded>',
    ...d.attachments.map(
      (a, i) =>
        `<edXML:Attachment>${el('ContentId', `att${i + 1}`)}${el('ContentType', a.contentType)}${el('Description', a.description)}${el('AttachmentName', a.name)}${el('ContentTransferEncoded', a.base64)}</edXML:Attachment>`,
    ),
    '</edXML:AttachmentEncoded></edXML:edXMLBody>',
    '</edXML:edXMLEnvelope>',
  ];
  return parts.join('');
}

export function buildStatus(s: EdxmlStatus): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<edXML:Status xmlns:edXML="${EDXML_NS}"><edXML:MessageHeader>`,
    `<edXML:ResponseFor>${el('OrganId', s.to.organId)}${el('Code', s.code)}${el('PromulgationDate', s.promulgationDate)}${el('DocumentId', s.documentId)}</edXML:ResponseFor>`,
    organ('From', s.from),
    organ('To', s.to),
    el('StatusCode', STATUS_EDXML_CODE[s.status]),
    el('Description', s.description),
    el('Timestamp', s.timestamp),
    '</edXML:MessageHeader></edXML:Status>',
  ].join('');
}

// ---- reading ------------------------------------------------------------------------------------

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  // The five XML entities and character references (&#7871;) are read; no entity is ever declared.
  htmlEntities: true,
});

type Node = Record<string, unknown>;

function node(v: unknown): Node {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

function str(v: unknown, max = 4000): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'object') throw new EdxmlError('Gói tin edXML có phần tử không đúng cấu trúc.');
  return String(v).normalize('NFC').slice(0, max);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v];
}

function date(v: unknown, label: string, required: boolean): string | null {
  const s = str(v, 40);
  if (!s) {
    if (required) throw new EdxmlError(`Gói tin edXML thiếu ${label}.`);
    return null;
  }
  const iso = /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : parseDateVi(s);
  if (!iso || !isValidIsoDate(iso)) throw new EdxmlError(`${label} không đúng dạng ngày: «${s}».`);
  return iso;
}

function int(v: unknown, lo: number, hi: number): number | null {
  const s = str(v, 12);
  if (!s) return null;
  const n = Number(s);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

function organOf(v: unknown, label: string): Organ {
  const o = node(v);
  const organId = str(o.OrganId, 40);
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]{1,39}$/.test(organId)) {
    throw new EdxmlError(`Gói tin edXML thiếu mã định danh (OrganId) của ${label} hoặc mã không hợp lệ.`);
  }
  return { organId, organName: str(o.OrganName, 300) };
}

function parseXml(xml: string, maxBytes: number): Node {
  if (xml.length > maxBytes) throw new EdxmlError('Gói tin edXML vượt quá dung lượng cho phép.');
  // No DOCTYPE, hence no entity of the sender's: nothing to expand, nothing fetched from outside.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new EdxmlError('Gói tin edXML không được chứa khai báo DOCTYPE hay ENTITY.');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new EdxmlError(`Tệp không phải XML hợp lệ (dòng ${valid.err.line}): ${valid.err.msg}`);
  }
  return node(parser.parse(xml));
}

const B64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export function parseEnvelope(xml: string, maxBytes = 200 * 1024 * 1024): EdxmlDocument {
  const root = parseXml(xml, maxBytes);
  const env = node(root.edXMLEnvelope);
  if (!root.edXMLEnvelope) {
    throw new EdxmlError('Tệp không phải gói tin edXML (thiếu phần tử edXMLEnvelope).');
  }
  const header = node(env.edXMLHeader);
  const mh = node(header.MessageHeader);
  if (!header.MessageHeader) throw new EdxmlError('Gói tin edXML thiếu phần MessageHeader.');
  const code = node(mh.Code);
  const codeNumber = str(code.CodeNumber, 20);
  const codeNotation = str(code.CodeNotation, 60);
  if (!codeNumber || !codeNotation) {
    throw new EdxmlError('Gói tin edXML thiếu số, ký hiệu văn bản (CodeNumber, CodeNotation).');
  }
  const subject = str(mh.Subject, 2000);
  if (!subject) throw new EdxmlError('Gói tin edXML thiếu trích yếu văn bản (Subject).');
  const prom = node(mh.PromulgationInfo);
  const promulgationDate = date(prom.PromulgationDate, 'Ngày ban hành (PromulgationDate)', true) as string;
  const to = list(mh.To).map((t) => organOf(t, 'nơi nhận'));
  // A package saved to a file may name no receiver: the one who imports it says which unit receives.
  const signer = node(mh.SignerInfo);
  const other = node(mh.OtherInfo);
  const rfNode = mh.ResponseFor ? node(mh.ResponseFor) : null;
  const traceList = node(header.TraceHeaderList);
  const business = node(traceList.Bussiness);
  const bizType = str(business.BussinessDocType, 4) || '0';
  const kind = MESSAGE_KINDS.find((k) => BUSINESS_DOC_TYPE[k] === bizType);
  if (!kind) throw new EdxmlError(`Loại nghiệp vụ (BussinessDocType) không hợp lệ: «${bizType}».`);
  const body = node(env.edXMLBody);
  const encoded = node(body.AttachmentEncoded ?? env.AttachmentEncoded);
  const rawAttachments = list(encoded.Attachment);
  if (rawAttachments.length > MAX_ATTACHMENTS) {
    throw new EdxmlError(`Gói tin edXML có quá nhiều tệp đính kèm (tối đa ${MAX_ATTACHMENTS}).`);
  }
  const attachments = rawAttachments.map((a, i) => {
    const n = node(a);
    const base64 = str(n.ContentTransferEncoded, maxBytes).replace(/\s+/g, '');
    if (!base64 || !B64.test(base64)) {
      throw new EdxmlError(`Tệp đính kèm thứ ${i + 1} không có nội dung base64 hợp lệ.`);
    }
    return {
      name: str(n.AttachmentName, 200) || `tep-dinh-kem-${i + 1}`,
      contentType: str(n.ContentType, 100),
      description: str(n.Description, 500),
      base64,
    };
  });
  return {
    from: organOf(mh.From, 'nơi gửi'),
    to,
    documentId: str(mh.DocumentId, 200),
    codeNumber,
    codeNotation,
    place: str(prom.Place, 100),
    promulgationDate,
    typeName: str(node(mh.DocumentType).TypeName, 100),
    subject,
    content: str(mh.Content, 100_000),
    signer: {
      competence: str(signer.Competence, 20),
      position: str(signer.Position, 200),
      fullName: str(signer.FullName, 200),
    },
    dueDate: date(mh.DueDate, 'Hạn xử lý (DueDate)', false),
    toPlaces: list(node(mh.ToPlaces).Place).map((p) => str(p, 300)),
    priority: int(other.Priority, 0, 4) ?? 0,
    sphere: str(other.SphereOfPromulgation, 300),
    pageAmount: int(other.PageAmount, 0, 100_000),
    steeringType: int(mh.SteeringType, 0, 9) ?? 0,
    responseFor: rfNode
      ? {
          organId: str(rfNode.OrganId, 40),
          code: str(rfNode.Code, 100),
          promulgationDate: str(rfNode.PromulgationDate, 40),
          documentId: str(rfNode.DocumentId, 200),
        }
      : null,
    trace: list(traceList.TraceHeader).map((t) => ({
      organId: str(node(t).OrganId, 40),
      timestamp: str(node(t).Timestamp, 40),
    })),
    kind,
    reason: str(business.BussinessDocReason, 2000),
    attachments,
  };
}

export function parseStatus(xml: string): EdxmlStatus {
  const root = parseXml(xml, 1024 * 1024);
  if (!root.Status)
    throw new EdxmlError('Tệp không phải thông điệp trạng thái edXML (thiếu phần tử Status).');
  const mh = node(node(root.Status).MessageHeader);
  const rf = node(mh.ResponseFor);
  const documentId = str(rf.DocumentId, 200);
  if (!documentId) throw new EdxmlError('Thông điệp trạng thái thiếu DocumentId của văn bản được trả lời.');
  const codeText = str(mh.StatusCode, 4);
  const status = STATUS_CODES.find((s) => STATUS_EDXML_CODE[s] === codeText);
  if (!status) throw new EdxmlError(`Mã trạng thái (StatusCode) không hợp lệ: «${codeText}».`);
  return {
    from: organOf(mh.From, 'nơi gửi'),
    to: organOf(mh.To, 'nơi nhận'),
    documentId,
    code: str(rf.Code, 100),
    promulgationDate: str(rf.PromulgationDate, 40),
    status,
    description: str(mh.Description, 2000),
    timestamp: str(mh.Timestamp, 40),
  };
}

/** Which of the two a package is, before reading it whole. */
export function packageKind(xml: string): 'envelope' | 'status' | null {
  const head = xml.slice(0, 2000);
  if (/<(?:\w+:)?edXMLEnvelope[\s>]/.test(head)) return 'envelope';
  if (/<(?:\w+:)?Status[\s>]/.test(head)) return 'status';
  return null;
}

/** The document's type code from its notation (`CT/TU` → CT) or its type name; null when unknown. */
export function typeCodeOf(
  d: Pick<EdxmlDocument, 'codeNotation' | 'typeName'>,
  types: readonly { code: string; name: string }[],
): string | null {
  const head = d.codeNotation.split('/')[0]?.trim() ?? '';
  const byCode = types.find((t) => t.code.normalize('NFC') === head.normalize('NFC'));
  if (byCode) return byCode.code;
  const name = d.typeName.normalize('NFC').toLowerCase();
  return types.find((t) => t.name.toLowerCase() === name)?.code ?? null;
}

/** The symbol as this system writes it: `34-CT/TU` (number, then notation). */
export function symbolOf(d: Pick<EdxmlDocument, 'codeNumber' | 'codeNotation'>): string {
  return `${d.codeNumber}-${d.codeNotation}`;
}

/** The number/notation of a symbol `34-CT/TU`: 34 and CT/TU; a symbol of another form keeps it whole. */
export function splitSymbol(symbol: string): { codeNumber: string; codeNotation: string } {
  const m = /^(\d+)\s*-\s*(.+)$/.exec(symbol.trim());
  return m
    ? { codeNumber: m[1] as string, codeNotation: (m[2] as string).trim() }
    : { codeNumber: '0', codeNotation: symbol };
}
