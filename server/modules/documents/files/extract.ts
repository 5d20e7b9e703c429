// Text out of files: PDF text layer (unpdf), DOCX (mammoth), and OCR of scans and image-only PDFs
// with ocrmypdf -l vie into a searchable PDF/A. Legacy TCVN3/VNI text is converted to Unicode.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { toUnicodeText } from '../../../../domain/legacy-encoding.ts';
import { MIME } from '../../../files/sniff.ts';

const run = promisify(execFile);

export { MIME };

/** What a document may carry: PDF, Word and scans. */
export const ALLOWED_MIME = new Set<string>([MIME.pdf, MIME.docx, MIME.jpeg, MIME.png, MIME.tiff]);

export interface Extracted {
  text: string;
  encoding: string;
  pages: number;
  /** A page count with almost no text: the PDF is a scan and needs OCR. */
  needsOcr: boolean;
}

/** Fewer than this many characters per page means the PDF has no usable text layer. */
const MIN_CHARS_PER_PAGE = 40;

export async function extractPdf(file: string): Promise<Extracted> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  const merged = Array.isArray(text) ? text.join('\n') : text;
  const converted = toUnicodeText(merged);
  return {
    text: converted.text,
    encoding: converted.encoding,
    pages: totalPages,
    needsOcr: converted.text.replace(/\s+/g, '').length < MIN_CHARS_PER_PAGE * Math.max(1, totalPages),
  };
}

// DOCX are zip files: refuse archives that would unpack to absurd sizes before mammoth unpacks them.
const DOCX_MAX_UNPACKED = 200 * 1024 * 1024;
const DOCX_MAX_RATIO = 200;

export async function checkZipBomb(file: string): Promise<void> {
  const data = new Uint8Array(await readFile(file));
  let total = 0;
  let entries = 0;
  unzipSync(data, {
    filter(info) {
      total += info.originalSize;
      entries++;
      return false; // read the directory only, decompress nothing
    },
  });
  if (entries > 10_000 || total > DOCX_MAX_UNPACKED || total > data.length * DOCX_MAX_RATIO) {
    throw new Error(
      `tệp nén bất thường (${entries} mục, ${Math.round(total / 1024 / 1024)} MB khi giải nén)`,
    );
  }
}

export async function extractDocx(file: string): Promise<Extracted> {
  await checkZipBomb(file);
  const { value } = await mammoth.extractRawText({ path: file });
  const converted = toUnicodeText(value);
  return { text: converted.text, encoding: converted.encoding, pages: 0, needsOcr: false };
}

let ocrAvailable: Promise<boolean> | undefined;

/** ocrmypdf with Tesseract's Vietnamese data, checked once per process. */
export function isOcrAvailable(): Promise<boolean> {
  ocrAvailable ??= (async () => {
    try {
      await run('ocrmypdf', ['--version'], { timeout: 20_000 });
      const { stdout } = await run('tesseract', ['--list-langs'], { timeout: 20_000 });
      return /\bvie\b/.test(stdout);
    } catch {
      return false;
    }
  })();
  return ocrAvailable;
}

export interface OcrResult {
  text: string;
  /** The searchable PDF/A, a temp file for the caller to store. */
  pdfPath: string;
  sha256: string;
}

/** OCR a scan (image or image-only PDF) into a searchable PDF/A and its text. */
export async function ocr(file: string, mime: string): Promise<OcrResult> {
  const base = path.join(tmpdir(), `vanphong-ocr-${randomBytes(6).toString('hex')}`);
  const out = `${base}.pdf`;
  const sidecar = `${base}.txt`;
  const args = ['-l', 'vie', '--output-type', 'pdfa', '--sidecar', sidecar, '--quiet'];
  if (mime.startsWith('image/')) args.push('--image-dpi', '300');
  else args.push('--skip-text');
  args.push(file, out);
  try {
    await run('ocrmypdf', args, { timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 });
    const text = (await readFile(sidecar, 'utf8')).normalize('NFC');
    const sha256 = createHash('sha256')
      .update(await readFile(out))
      .digest('hex');
    await stat(out);
    return { text, pdfPath: out, sha256 };
  } finally {
    await rm(sidecar, { force: true });
  }
}
