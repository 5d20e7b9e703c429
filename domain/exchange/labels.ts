// Document exchange between systems (docs/exchange.md): the kinds of message, the status messages
// that answer a package, their edXML codes and Vietnamese labels, and the outbox's retry delays.
// Kept as data: the codes come from the edXML standard (QCVN 102:2016/BTTTT, amended by Thông tư
// 01/2022/TT-BTTTT) as far as its public text goes.

export const MESSAGE_KINDS = ['new', 'replacement', 'revocation', 'update'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  new: 'Gửi mới',
  replacement: 'Thay thế',
  revocation: 'Thu hồi',
  update: 'Cập nhật',
};

/** edXML BussinessDocType: 0 new, 1 revocation, 2 update, 3 replacement. */
export const BUSINESS_DOC_TYPE: Record<MessageKind, string> = {
  new: '0',
  revocation: '1',
  update: '2',
  replacement: '3',
};

export const STATUS_CODES = ['received', 'accepted', 'rejected', 'processing', 'done', 'failed'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const STATUS_LABELS: Record<StatusCode, string> = {
  received: 'Đã đến',
  accepted: 'Đã tiếp nhận',
  rejected: 'Từ chối tiếp nhận',
  processing: 'Đang xử lý',
  done: 'Hoàn thành',
  failed: 'Lỗi xử lý gói tin',
};

/**
 * edXML StatusCode of each status: 01 đã đến, 02 từ chối tiếp nhận, 03 đã tiếp nhận, 05 đang xử lý,
 * 06 hoàn thành. The standard's public text has no code for a package that could not be processed;
 * 99 is this system's own (docs/exchange.md).
 */
export const STATUS_EDXML_CODE: Record<StatusCode, string> = {
  received: '01',
  rejected: '02',
  accepted: '03',
  processing: '05',
  done: '06',
  failed: '99',
};

/** Statuses the receiving unit's staff report by hand; received and failed are sent by the system. */
export const MANUAL_STATUSES = ['accepted', 'rejected', 'processing', 'done'] as const;

/** Delivery tries before a package is marked failed (the last one about a day after the first). */
export const MAX_ATTEMPTS = 20;

/**
 * Seconds to wait after the n-th failed delivery (n ≥ 1): doubling from `baseSeconds`, at most an
 * hour, so a peer that is down for minutes is reached soon after it returns and one down for days
 * is not flooded.
 */
export function retryDelaySeconds(attempts: number, baseSeconds = 5): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(3600, baseSeconds * 2 ** Math.min(n - 1, 20));
}

/** The edXML DocumentId of a document: sender's agency code, date of issue and number/notation. */
export function documentKey(organId: string, promulgationDate: string, symbol: string): string {
  return `${organId},${promulgationDate},${symbol}`;
}
