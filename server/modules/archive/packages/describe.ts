// The description of a transfer package: each file with its documents (those the account may see)
// and their components — the originals and the PDF/A made from them — at their paths in the zip.
// No SQL here (queries.ts), no role check (the service).
import path from 'node:path';
import { entryName, type PackageComponent, type PackageFile } from '../../../../domain/archive/package.ts';
import type { Who } from '../../../auth/actor.ts';
import type { Deps } from '../../../deps.ts';
import { snapshots } from '../../documents/archival/service.ts';
import * as aq from '../queries.ts';

/** Builds the description and the list of entries; content is read from the store while zipping. */
export async function describePackage(deps: Deps, who: Who, files: aq.FileRow[]) {
  const db = deps.database.db;
  const content: { path: string; sha256: string }[] = [];
  const out: PackageFile[] = [];
  for (const f of files) {
    const filed = new Map((await aq.filedRows(db, Number(f.id))).map((r) => [Number(r.document_id), r]));
    const snaps = await snapshots(db, [...filed.keys()], { withText: true, ...(who ? { actor: who } : {}) });
    const dir = `ho-so/${f.plan_year}-${entryName(f.code)}`;
    const documents = snaps.map((s, i) => {
      const row = filed.get(s.document.id);
      const docDir = `${dir}/${String(i + 1).padStart(3, '0')}-${s.document.id}`;
      const used = new Set<string>();
      const unique = (name: string) => {
        let n = entryName(name);
        const { name: stem, ext } = path.parse(n);
        for (let k = 2; used.has(n); k++) n = `${stem}-${k}${ext}`;
        used.add(n);
        return `${docDir}/${n}`;
      };
      const components: PackageComponent[] = [];
      for (const file of s.files) {
        const original: PackageComponent = {
          path: unique(file.name),
          name: file.name,
          mime: file.mime,
          size: file.size,
          sha256: file.sha256,
          role: 'original',
          text: file.text,
        };
        components.push(original);
        content.push({ path: original.path, sha256: file.sha256 });
        if (file.ocrSha256) {
          const pdfa: PackageComponent = {
            path: unique(`${path.parse(file.name).name}-pdfa.pdf`),
            name: `${path.parse(file.name).name}-pdfa.pdf`,
            mime: 'application/pdf',
            size: 0,
            sha256: file.ocrSha256,
            role: 'pdfa',
            derivedFrom: original.path,
          };
          components.push(pdfa);
          content.push({ path: pdfa.path, sha256: file.ocrSha256 });
        }
      }
      return {
        id: s.document.id,
        direction: s.document.direction,
        typeCode: s.document.typeCode,
        symbol: s.document.symbol,
        issuer: s.document.issuer,
        issuedOn: s.document.issuedOn ?? s.document.receivedOn,
        summary: s.document.summary,
        pages: s.document.pages,
        secrecy: s.document.secrecy,
        declared: row?.declared_at != null,
        correctsDocumentId: row?.corrects_document_id == null ? null : Number(row.corrects_document_id),
        components,
      };
    });
    out.push({
      id: Number(f.id),
      orgName: f.org_name,
      year: f.plan_year,
      code: f.code,
      title: f.title,
      section: f.section,
      retentionYears: f.retention_years,
      openedOn: f.opened_on,
      closedOn: f.closed_on,
      endYear: f.end_year,
      secrecy: f.secrecy,
      documents,
    });
  }
  // Sizes of the PDF/A come from the store (the rows keep the original's size only).
  for (const f of out) {
    for (const d of f.documents) {
      for (const c of d.components) if (c.role === 'pdfa') c.size = await deps.files.size(c.sha256);
    }
  }
  return { files: out, content };
}
