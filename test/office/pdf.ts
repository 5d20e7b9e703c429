// Word files as a reader sees them: LibreOffice (headless, its own profile so that parallel runs do
// not share one) converts .docx to PDF, pdftotext (poppler-utils) gives the text of a page with its
// layout kept, so a test can see what is printed and where a line breaks.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's binary, or null when it is not installed (Debian: libreoffice-writer-nogui). */
export const SOFFICE = has('soffice') ? 'soffice' : has('libreoffice') ? 'libreoffice' : null;
export const PDFTOTEXT = has('pdftotext') ? 'pdftotext' : null;

/** How long one conversion may take: LibreOffice's first start on a cold machine is slow. */
export const CONVERT_TIMEOUT_MS = 180_000;

export interface Rendered {
  /** The text of page 1, layout kept (pdftotext -layout), NFC. */
  page1: string;
  /** The text of every page, layout kept, NFC (a table or a signature on page 2). */
  all: string;
  pages: number;
}

/** The lines of "Nơi nhận:" as printed: from the label, each left-column line that starts with "- ". */
export function recipientsPrinted(page: string): string[] {
  const at = page.indexOf('Nơi nhận:');
  if (at < 0) return [];
  return [...page.slice(at).matchAll(/^ {0,4}(- .*?)(?= {3,}|$)/gm)].map((m) => m[1]!.trim());
}

/**
 * Renders .docx files (name → bytes) through LibreOffice in one run, and reads each PDF's first
 * page. Throws when pdftotext is missing: LibreOffice is present, so the machine is meant to run this.
 */
export async function renderDocx(files: Record<string, Buffer>): Promise<Record<string, Rendered>> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed');
  if (!PDFTOTEXT) throw new Error('pdftotext is not installed: apt-get install poppler-utils');
  const dir = await mkdtemp(path.join(tmpdir(), 'vanphong-office-'));
  try {
    const names = Object.keys(files);
    for (const n of names) await writeFile(path.join(dir, `${n}.docx`), files[n]!);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        path.join(dir, 'pdf'),
        ...names.map((n) => path.join(dir, `${n}.docx`)),
      ],
      { timeout: CONVERT_TIMEOUT_MS, env: { ...process.env, HOME: dir } },
    );
    const made = new Set(await readdir(path.join(dir, 'pdf')));
    const out: Record<string, Rendered> = {};
    for (const n of names) {
      if (!made.has(`${n}.pdf`)) throw new Error(`LibreOffice made no PDF of ${n}.docx`);
      const pdf = path.join(dir, 'pdf', `${n}.pdf`);
      const { stdout } = await run(PDFTOTEXT, ['-f', '1', '-l', '1', '-layout', '-enc', 'UTF-8', pdf, '-']);
      const all = await run(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', pdf, '-']);
      const info = await run('pdfinfo', [pdf]).catch(() => ({ stdout: '' }));
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
      out[n] = { page1: stdout.normalize('NFC'), all: all.stdout.normalize('NFC'), pages };
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
