// JSON shape of a row of the registers and the search, with its snippet and highlights.

import { z } from '@hono/zod-openapi';
import { DIRECTIONS } from '../../../../domain/documents.ts';
import { makeSnippet } from '../../../../domain/search.ts';
import { presentDocument } from '../presenter.ts';
import type { Hit } from './queries.ts';

const int = z.number().int();

export const DocumentListItem = z
  .object({
    id: int,
    direction: z.enum(DIRECTIONS),
    symbol: z.string().nullable(),
    summary: z.string(),
    typeCode: z.string(),
    issuedOn: z.string().nullable(),
    receivedOn: z.string().nullable(),
    incomingNumber: int.nullable(),
    issuer: z.string().nullable(),
    orgId: int,
    orgName: z.string(),
    secrecy: int,
    urgency: int,
    status: z.string(),
    statusLabel: z.string(),
    deadline: z.string().nullable(),
    signerName: z.string().nullable(),
    /** Plain text around the first match; `highlights` are [start, end) ranges in it. */
    snippet: z.string(),
    highlights: z.array(z.tuple([int, int])),
    rank: z.number().nullable(),
  })
  .openapi('DocumentListItem');
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const DocumentList = z
  .object({
    items: z.array(DocumentListItem),
    nextCursor: z.string().nullable(),
    /**
     * Matches of a word search: exact when `totalExact`; otherwise the search stopped counting at this
     * many (the newest it ranks) and there are more («hơn 1.000 kết quả»). Null when browsing.
     */
    total: int.nullable(),
    totalExact: z.boolean(),
  })
  .openapi('DocumentList');
export type DocumentList = z.infer<typeof DocumentList>;

export function presentHit(d: Hit, terms: string[]): DocumentListItem {
  const doc = presentDocument(d);
  // The snippet comes from the first field that holds a term: summary, content, then the files' text.
  const sources = [d.summary, d.content ?? '', d.files_excerpt ?? ''];
  let snippet = makeSnippet(d.summary, terms);
  if (terms.length > 0 && snippet.highlights.length === 0) {
    for (const s of sources.slice(1)) {
      const candidate = makeSnippet(s, terms);
      if (candidate.highlights.length > 0) {
        snippet = candidate;
        break;
      }
    }
  }
  return {
    id: doc.id,
    direction: doc.direction,
    symbol: doc.symbol,
    summary: doc.summary,
    typeCode: doc.typeCode,
    issuedOn: doc.issuedOn,
    receivedOn: doc.receivedOn,
    incomingNumber: doc.incomingNumber,
    issuer: doc.issuer,
    orgId: doc.orgId,
    orgName: doc.orgName,
    secrecy: doc.secrecy,
    urgency: doc.urgency,
    status: doc.status,
    statusLabel: doc.statusLabel,
    deadline: doc.deadline,
    signerName: doc.signerName,
    snippet: snippet.text,
    highlights: snippet.highlights,
    rank: d.rank === null ? null : Number(d.rank),
  };
}
