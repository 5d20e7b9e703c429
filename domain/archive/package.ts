// Transfer packages (gói nộp lưu) to the historical archive: a zip holding the files' content,
// metadata.json and metadata.xml describing the files (hồ sơ) and documents, and
// manifest-sha256.txt listing the SHA-256 of every other entry ("<sha256>  <path>", BagIt style).
// This module holds the format and the verification rules; the server streams the zip.

export const PACKAGE_FORMAT = 'vanphong-archive-package';
export const PACKAGE_VERSION = 1;
export const MANIFEST_NAME = 'manifest-sha256.txt';
export const METADATA_JSON = 'metadata.json';
export const METADATA_XML = 'metadata.xml';

export interface PackageComponent {
  path: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  /** The scan or file as received, or the searchable PDF/A made from it. */
  role: 'original' | 'pdfa';
  /** Text of the file (extracted or OCR), carried so the receiving archive can search it. */
  text?: string | null;
  /** A PDF/A names the original it was made from. */
  derivedFrom?: string;
}

export interface PackageDocument {
  id: number;
  direction: string;
  typeCode: string;
  symbol: string | null;
  issuer: string | null;
  issuedOn: string | null;
  summary: string;
  pages: number | null;
  secrecy: number;
  declared: boolean;
  correctsDocumentId: number | null;
  components: PackageComponent[];
}

export interface PackageFile {
  id: number;
  orgName: string;
  year: number;
  code: string;
  title: string;
  section: string | null;
  retentionYears: number | null;
  openedOn: string | null;
  closedOn: string | null;
  endYear: number | null;
  secrecy: number;
  documents: PackageDocument[];
}

export interface PackageMetadata {
  format: typeof PACKAGE_FORMAT;
  version: number;
  createdAt: string;
  createdBy: string;
  source: string;
  files: PackageFile[];
}

const SHA = /^[0-9a-f]{64}$/;

/** A name usable inside the zip: no directories, no control characters, bounded. */
export function entryName(name: string): string {
  const clean = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/^\.+/, '_')
    .trim()
    .slice(0, 120);
  return clean || 'tep';
}

/** Entry paths must be relative and stay inside the package (no "..", no absolute paths). */
export function isSafeEntryPath(p: string): boolean {
  if (!p || p.length > 400 || p.startsWith('/') || p.includes('\\') || /\p{Cc}/u.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

export function manifestText(entries: ReadonlyMap<string, string>): string {
  return `${[...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([p, sha]) => `${sha}  ${p}`)
    .join('\n')}\n`;
}

export function parseManifestText(text: string): Map<string, string> | string {
  const out = new Map<string, string>();
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  for (const [i, line] of lines.entries()) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line.replace(/\r$/, ''));
    if (!m) return `dòng ${i + 1} của ${MANIFEST_NAME} không đúng dạng «sha256  đường-dẫn»`;
    const p = m[2] as string;
    if (!isSafeEntryPath(p)) return `đường dẫn không an toàn trong ${MANIFEST_NAME}: «${p}»`;
    if (out.has(p)) return `«${p}» được kê hai lần trong ${MANIFEST_NAME}`;
    out.set(p, m[1] as string);
  }
  return out;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attrs(o: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** The same description as metadata.json, in XML for archives that read XML. */
export function metadataXml(m: PackageMetadata): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<package${attrs({ xmlns: 'urn:vanphong:archive-package:1', format: m.format, version: m.version, createdAt: m.createdAt, createdBy: m.createdBy, source: m.source })}>`,
  );
  for (const f of m.files) {
    out.push(
      `  <file${attrs({ id: f.id, code: f.code, year: f.year, retentionYears: f.retentionYears ?? 'permanent', openedOn: f.openedOn, closedOn: f.closedOn, endYear: f.endYear, secrecy: f.secrecy })}>`,
    );
    out.push(`    <orgName>${escapeXml(f.orgName)}</orgName>`);
    out.push(`    <title>${escapeXml(f.title)}</title>`);
    if (f.section) out.push(`    <section>${escapeXml(f.section)}</section>`);
    for (const d of f.documents) {
      out.push(
        `    <document${attrs({ id: d.id, direction: d.direction, typeCode: d.typeCode, symbol: d.symbol, issuedOn: d.issuedOn, pages: d.pages, secrecy: d.secrecy, declared: d.declared, correctsDocumentId: d.correctsDocumentId })}>`,
      );
      if (d.issuer) out.push(`      <issuer>${escapeXml(d.issuer)}</issuer>`);
      out.push(`      <summary>${escapeXml(d.summary)}</summary>`);
      for (const c of d.components) {
        out.push(
          `      <component${attrs({ path: c.path, name: c.name, mime: c.mime, size: c.size, sha256: c.sha256, role: c.role, derivedFrom: c.derivedFrom })}/>`,
        );
      }
      out.push('    </document>');
    }
    out.push('  </file>');
  }
  out.push('</package>', '');
  return out.join('\n');
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** The (path, sha256) pairs of the components listed in metadata.xml. */
export function xmlComponents(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<component\b([^>]*)\/>/g)) {
    const a = m[1] ?? '';
    const p = /\bpath="([^"]*)"/.exec(a)?.[1];
    const sha = /\bsha256="([^"]*)"/.exec(a)?.[1];
    if (p !== undefined && sha !== undefined) out.set(unescapeXml(p), sha);
  }
  return out;
}

export type Verdict =
  | { ok: true; files: number; documents: number; components: number }
  | { ok: false; reason: string };

/**
 * Verifies a package from the SHA-256 of each entry as read: the manifest lists exactly the other
 * entries with their hashes, and the JSON and XML describe the same components with the same hashes.
 */
export function verifyPackage(input: {
  actual: ReadonlyMap<string, string>;
  manifest: string | undefined;
  metadata: unknown;
  xml: string | undefined;
}): Verdict {
  if (input.manifest === undefined) return { ok: false, reason: `thiếu ${MANIFEST_NAME}` };
  const listed = parseManifestText(input.manifest);
  if (typeof listed === 'string') return { ok: false, reason: listed };
  for (const p of input.actual.keys()) {
    if (p === MANIFEST_NAME) continue;
    if (!listed.has(p))
      return { ok: false, reason: `tệp «${p}» có trong gói nhưng không có trong ${MANIFEST_NAME}` };
  }
  for (const [p, sha] of listed) {
    const got = input.actual.get(p);
    if (got === undefined) return { ok: false, reason: `thiếu tệp «${p}» đã kê trong ${MANIFEST_NAME}` };
    if (got !== sha)
      return { ok: false, reason: `tệp «${p}» bị thay đổi: SHA-256 không khớp với ${MANIFEST_NAME}` };
  }
  for (const name of [METADATA_JSON, METADATA_XML]) {
    if (!listed.has(name)) return { ok: false, reason: `thiếu ${name}` };
  }
  const meta = input.metadata as PackageMetadata | undefined;
  if (!meta || meta.format !== PACKAGE_FORMAT || !Array.isArray(meta.files)) {
    return { ok: false, reason: `${METADATA_JSON} không phải mô tả gói nộp lưu của vanphong` };
  }
  if (meta.version !== PACKAGE_VERSION)
    return { ok: false, reason: `phiên bản gói ${meta.version} không được hỗ trợ` };
  const described = new Map<string, string>();
  let documents = 0;
  for (const f of meta.files) {
    for (const d of f.documents ?? []) {
      documents++;
      for (const c of d.components ?? []) {
        if (!SHA.test(c.sha256) || !isSafeEntryPath(c.path))
          return { ok: false, reason: `mô tả tệp «${c.path}» không hợp lệ` };
        described.set(c.path, c.sha256);
      }
    }
  }
  for (const [p, sha] of described) {
    if (listed.get(p) !== sha)
      return { ok: false, reason: `${METADATA_JSON} mô tả «${p}» khác với nội dung trong gói` };
  }
  for (const p of listed.keys()) {
    if (p !== METADATA_JSON && p !== METADATA_XML && !described.has(p)) {
      return { ok: false, reason: `tệp «${p}» không được mô tả trong ${METADATA_JSON}` };
    }
  }
  const fromXml = xmlComponents(input.xml ?? '');
  if (fromXml.size !== described.size || [...described].some(([p, sha]) => fromXml.get(p) !== sha)) {
    return { ok: false, reason: `${METADATA_XML} không khớp với ${METADATA_JSON}` };
  }
  return { ok: true, files: meta.files.length, documents, components: described.size };
}
