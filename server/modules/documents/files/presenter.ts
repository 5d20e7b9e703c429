// JSON shape of a document's file.

import { z } from '@hono/zod-openapi';
import { DOCUMENT_FILE_KINDS } from '../../../../domain/schemas/documents.ts';
import { toIso } from '../../../db/sql.ts';
import type { FileRow } from './queries.ts';

export const EXTRACTION_STATES = ['pending', 'done', 'ocr_pending', 'ocr_unavailable', 'failed'] as const;

export const EXTRACTION_LABELS: Record<string, string> = {
  pending: 'Đang trích xuất chữ',
  done: 'Đã trích xuất chữ',
  ocr_pending: 'Đang nhận dạng chữ (OCR)',
  ocr_unavailable:
    'Máy chủ chưa cài OCR (ocrmypdf, tesseract-ocr-vie): tệp được lưu nhưng chưa tìm được theo nội dung',
  failed: 'Trích xuất chữ thất bại',
};

export const FILE_KIND_LABELS: Record<(typeof DOCUMENT_FILE_KINDS)[number], string> = {
  attachment: 'Tệp văn bản',
  signed_original: 'Bản gốc đã ký',
};

const int = z.number().int();

export const DocumentFile = z
  .object({
    id: int,
    name: z.string(),
    mime: z.string(),
    size: int,
    sha256: z.string(),
    hasOcrPdf: z.boolean(),
    textChars: int,
    encoding: z.string().nullable(),
    extraction: z.enum(EXTRACTION_STATES),
    extractionLabel: z.string(),
    extractionError: z.string().nullable(),
    /** attachment, or signed_original: the issued document as signed (scan or digital signature). */
    kind: z.enum(DOCUMENT_FILE_KINDS),
    kindLabel: z.string(),
    createdAt: z.string(),
  })
  .openapi('DocumentFile');
export type DocumentFile = z.infer<typeof DocumentFile>;

export function presentFile(f: FileRow): DocumentFile {
  const kind = f.kind as DocumentFile['kind'];
  return {
    id: Number(f.id),
    name: f.name,
    mime: f.mime,
    size: Number(f.size),
    sha256: f.sha256,
    hasOcrPdf: f.ocr_sha256 !== null,
    textChars: f.text_chars,
    encoding: f.encoding,
    extraction: f.extraction as DocumentFile['extraction'],
    extractionLabel: EXTRACTION_LABELS[f.extraction] ?? f.extraction,
    extractionError: f.extraction_error,
    kind,
    kindLabel: FILE_KIND_LABELS[kind] ?? kind,
    createdAt: toIso(f.created_at) as string,
  };
}
