// The resolution or directive that a study session studies and an action programme concretises:
// a document of the system (its id), or a reference written by hand ("Nghị quyết số 57-NQ/TW" and
// its title) for a text that is not in the system. Both are matched by one key, the số ký hiệu
// normalised, so that a ward's session on "57-NQ/TW" finds the city's action programme on the
// registered document 57-NQ/TW.
import { fold, nfc } from './text.ts';
import { text, z } from './validation.ts';

/** Ids of documents are bigint: any safe positive integer. */
const documentId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * A số ký hiệu inside a reference: number, type abbreviation, issuing body ("57-NQ/TW",
 * "01-CT/TW", "05-QĐi/TW", "42-HD/BTCTW", "34-CT/TU").
 */
const SYMBOL = /(\d+)\s*[-–]\s*([\p{L}]+)\s*\/\s*([\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)/u;

/** The số ký hiệu found in a reference, as written without spaces ("57-NQ/TW"), or null. */
export function resolutionSymbol(ref: string): string | null {
  const m = SYMBOL.exec(nfc(ref));
  if (!m) return null;
  return `${m[1]}-${m[2]}/${(m[3] ?? '').replace(/\s+/g, '')}`;
}

/**
 * The key two references to the same text share: the symbol in upper case when there is one
 * ("Nghị quyết số 57-NQ/TW" and "57-nq/tw" → "57-NQ/TW"), otherwise the folded words.
 */
export function resolutionKey(ref: string): string {
  const symbol = resolutionSymbol(ref);
  if (symbol) return symbol.toUpperCase();
  return fold(nfc(ref)).replace(/\s+/g, ' ').trim();
}

/** Document types that are studied and concretised (Chỉ thị 01-CT/TW: nghị quyết, chỉ thị, kết luận, quy định). */
export const STUDIED_TYPE_CODES: readonly string[] = ['NQ', 'CT', 'KL', 'QĐi', 'HD', 'TT'];

/** A resolution named in a request: the document's id, or its symbol and title written by hand. */
export const resolutionInput = z
  .object({
    documentId: documentId.optional(),
    /** "Nghị quyết số 57-NQ/TW" or "57-NQ/TW". */
    ref: text(200).optional(),
    title: text(1000).optional(),
  })
  .refine((r) => r.documentId !== undefined || (r.ref !== undefined && r.title !== undefined), {
    message: 'chọn văn bản trong hệ thống, hoặc ghi số ký hiệu và trích yếu',
  });
export type ResolutionInput = z.infer<typeof resolutionInput>;
