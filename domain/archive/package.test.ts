import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  entryName,
  isSafeEntryPath,
  manifestText,
  metadataXml,
  PACKAGE_FORMAT,
  type PackageMetadata,
  parseManifestText,
  verifyPackage,
  xmlComponents,
} from './package.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function pkg() {
  const meta: PackageMetadata = {
    format: PACKAGE_FORMAT,
    version: 1,
    createdAt: '2026-11-25T00:00:00.000Z',
    createdBy: 'Văn thư',
    source: 'Đảng ủy phường',
    files: [
      {
        id: 1,
        orgName: 'Đảng ủy phường',
        year: 2020,
        code: '01.02',
        title: 'Hồ sơ <giải phóng> mặt bằng & "tái định cư"',
        section: null,
        retentionYears: null,
        openedOn: '2020-01-02',
        closedOn: '2021-01-15',
        endYear: 2020,
        secrecy: 0,
        documents: [
          {
            id: 7,
            direction: 'in',
            typeCode: 'CT',
            symbol: '34-CT/TU',
            issuer: null,
            issuedOn: '2020-03-05',
            summary: 'Chỉ thị',
            pages: 2,
            secrecy: 0,
            declared: true,
            correctsDocumentId: null,
            components: [
              {
                path: 'ho-so/a.pdf',
                name: 'a.pdf',
                mime: 'application/pdf',
                size: 3,
                sha256: sha('abc'),
                role: 'original',
              },
            ],
          },
        ],
      },
    ],
  };
  const json = JSON.stringify(meta);
  const xml = metadataXml(meta);
  const actual = new Map([
    ['ho-so/a.pdf', sha('abc')],
    ['metadata.json', sha(json)],
    ['metadata.xml', sha(xml)],
  ]);
  const manifest = manifestText(actual);
  return { meta, xml, actual: new Map([...actual, ['manifest-sha256.txt', sha(manifest)]]), manifest };
}

describe('transfer package format', () => {
  it('verifies a whole package', () => {
    const p = pkg();
    expect(verifyPackage({ actual: p.actual, manifest: p.manifest, metadata: p.meta, xml: p.xml })).toEqual({
      ok: true,
      files: 1,
      documents: 1,
      components: 1,
    });
    expect(xmlComponents(p.xml).get('ho-so/a.pdf')).toBe(sha('abc'));
    expect(p.xml).toContain('&lt;giải phóng&gt; mặt bằng &amp; &quot;tái định cư&quot;');
  });

  it('refuses a changed, missing or extra entry, and a description that does not match', () => {
    const p = pkg();
    const changed = new Map(p.actual).set('ho-so/a.pdf', sha('abd'));
    expect(verifyPackage({ ...p, metadata: p.meta, actual: changed })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('bị thay đổi'),
    });
    const missing = new Map(p.actual);
    missing.delete('ho-so/a.pdf');
    expect(verifyPackage({ ...p, metadata: p.meta, actual: missing })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('thiếu tệp'),
    });
    const extra = new Map(p.actual).set('ho-so/b.pdf', sha('x'));
    expect(verifyPackage({ ...p, metadata: p.meta, actual: extra })).toMatchObject({ ok: false });
    expect(verifyPackage({ ...p, metadata: p.meta, manifest: undefined })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('thiếu manifest'),
    });
    expect(
      verifyPackage({ ...p, metadata: p.meta, xml: p.xml.replace(sha('abc'), sha('zzz')) }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('metadata.xml'),
    });
  });

  it('keeps paths inside the package', () => {
    expect(isSafeEntryPath('ho-so/2020-01.02/001-7/a.pdf')).toBe(true);
    for (const bad of ['../etc/passwd', '/abs', 'a/../../b', 'a\\b', 'a//b', ''])
      expect(isSafeEntryPath(bad)).toBe(false);
    expect(typeof parseManifestText(`${sha('a')}  ../x\n`)).toBe('string');
    expect(entryName('../../Báo cáo: "quý I".pdf')).toBe('__.._Báo cáo_ _quý I_.pdf');
  });
});
