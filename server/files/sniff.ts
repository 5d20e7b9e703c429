// The type of an uploaded file comes from its bytes, never from its name or the type the browser
// declared; those only serve to catch a file that lies about being a PDF.
import { fileTypeFromFile } from 'file-type';
import { ValidationError } from '../http/errors.ts';

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
} as const;

export async function sniffUpload(
  upload: { tempPath: string; filename: string; declaredType: string },
  allowed: ReadonlySet<string>,
  allowedLabel: string,
): Promise<string> {
  const detected = await fileTypeFromFile(upload.tempPath);
  const mime = detected?.mime ?? '';
  const claimsPdf = /\.pdf$/i.test(upload.filename) || upload.declaredType === MIME.pdf;
  if (claimsPdf && mime !== MIME.pdf) {
    throw new ValidationError(
      `Tệp «${upload.filename}» không phải là PDF (nội dung không đúng định dạng PDF).`,
      undefined,
      'not_a_pdf',
    );
  }
  if (!allowed.has(mime)) {
    throw new ValidationError(
      `Loại tệp không được chấp nhận${mime ? ` (${mime})` : ''}: chỉ nhận ${allowedLabel}.`,
      undefined,
      'file_type_not_allowed',
    );
  }
  return mime;
}
