// The text of a paper's Word file: mammoth (the project's DOCX reader) gives the raw text, each
// paragraph ended by a blank line; text in the old TCVN3 or VNI fonts is turned into Unicode,
// whitespace collapsed, empty paragraphs dropped. The zip directory is read first to refuse a file
// that would unpack to an absurd size (the same limits as the other areas' text extraction).
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { toUnicodeText } from '../../../../domain/legacy-encoding.ts';

const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 10_000;

/** The paragraphs joined by a blank line; null when the file cannot be read as Word. */
export async function docxText(file: string): Promise<string | null> {
  const data = new Uint8Array(await readFile(file));
  let total = 0;
  let entries = 0;
  try {
    unzipSync(data, {
      filter(info) {
        total += info.originalSize;
        entries++;
        return false;
      },
    });
  } catch {
    return null;
  }
  if (entries > MAX_ENTRIES || total > MAX_UNPACKED || total > data.length * MAX_RATIO) return null;
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    return toUnicodeText(value)
      .text.normalize('NFC')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  } catch {
    return null;
  }
}
