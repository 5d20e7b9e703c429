// The text of a Word file as paragraphs (a draft of a scheme, a congress paper): mammoth (the project's DOCX reader, as for documents' text)
// gives the raw text with each paragraph — a table cell's too — ended by a blank line; a line break
// inside a paragraph becomes a space. Text typed in the old TCVN3 or VNI fonts is turned into
// Unicode, whitespace is collapsed, and empty paragraphs dropped: the diff and the comment anchors
// count what a reader sees. Before mammoth unpacks the file, its zip directory is read to refuse an
// archive that would unpack to an absurd size (the same limits as the documents' text extraction).
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { toUnicodeText } from '../../domain/legacy-encoding.ts';

const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 10_000;

export class DocxUnreadable extends Error {}

function checkZip(data: Uint8Array): void {
  let total = 0;
  let entries = 0;
  try {
    unzipSync(data, {
      filter(info) {
        total += info.originalSize;
        entries++;
        return false; // the directory only: nothing is decompressed
      },
    });
  } catch {
    throw new DocxUnreadable('tệp nén bị hỏng');
  }
  if (entries > MAX_ENTRIES || total > MAX_UNPACKED || total > data.length * MAX_RATIO) {
    throw new DocxUnreadable(
      `tệp nén bất thường (${entries} mục, ${Math.round(total / 1024 / 1024)} MB khi giải nén)`,
    );
  }
}

/** Raw text (mammoth's form) as the reader's paragraphs. */
export function toParagraphs(raw: string): string[] {
  return toUnicodeText(raw)
    .text.normalize('NFC')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The paragraphs of a .docx file; DocxUnreadable when it cannot be read. */
export async function docxParagraphs(file: string): Promise<string[]> {
  const data = new Uint8Array(await readFile(file));
  checkZip(data);
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    return toParagraphs(value);
  } catch (err) {
    throw new DocxUnreadable(err instanceof Error ? err.message : String(err));
  }
}

/** The characters of the text, paragraphs separated by a line break. */
export function textChars(paragraphs: readonly string[]): number {
  return paragraphs.join('\n').length;
}

/** The paragraphs joined by a blank line; null when the file cannot be read as Word. */
export async function docxText(file: string): Promise<string | null> {
  try {
    return (await docxParagraphs(file)).join('\n\n');
  } catch (err) {
    if (err instanceof DocxUnreadable) return null;
    throw err;
  }
}
