// The office kit's Word XML: the layout's font, sizes, A4 and margins; the texts of each block; the
// table grid; and the inputs it refuses (no place, dots, no signer's name). Fast: no LibreOffice.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mmToTwip } from '../../domain/office.ts';
import { PARTY_LAYOUT } from '../../domain/party-layout.ts';
import { OfficeInputError, packDocx, table } from '../../server/office/index.ts';
import { directive, minutes, report, SIGNER, schedule } from './samples.ts';

async function xmlOf(spec: Parameters<typeof packDocx>[0]): Promise<string> {
  const files = unzipSync(new Uint8Array(await packDocx(spec)));
  return strFromU8(files['word/document.xml'] as Uint8Array);
}

/** The visible texts, one entry per paragraph. */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
}

describe('the office kit', () => {
  it('lays out the page from PARTY_LAYOUT: the font of every run, A4, margins 20/20/30/15 mm, the sizes', async () => {
    const xml = await xmlOf(directive);
    expect(new Set([...xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]))).toEqual(
      new Set(['Times New Roman']),
    );
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    expect([...sizes].sort((a, b) => a - b)).toEqual([12, 13, 14, 15, 16]);
  });

  it('prints the heading, title, body, recipients and signature in that order', async () => {
    const p = paragraphsOf(await xmlOf(directive)).filter(Boolean);
    expect(p.slice(0, 10)).toEqual([
      'THÀNH ỦY HÀ NỘI',
      '*',
      'Số 34-CT/TU',
      'MẬT',
      'KHẨN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 05 tháng 3 năm 2026',
      'CHỈ THỊ',
      'về tăng cường công tác giải phóng mặt bằng',
      '-----',
    ]);
    expect(p.slice(-9)).toEqual([
      expect.stringContaining('Ban Thường vụ Thành ủy yêu cầu'),
      'Nơi nhận:',
      '- Thường trực Thành ủy,',
      '- Các đồng chí Ủy viên Ban Thường vụ,',
      '- Các quận ủy, huyện ủy, thị ủy,',
      '- Lưu Văn phòng.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      SIGNER,
    ]);
  });

  it('gives a draft a gap for its number and today’s date when it has none', async () => {
    const p = paragraphsOf(await xmlOf(report));
    expect(p).toContain('THÀNH ỦY HÀ NỘI');
    expect(p).toContain('BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY');
    expect(p).toContain('Số        -BC/BTGDVTU');
    expect(p.find((x) => x.startsWith('Hà Nội, ngày '))).toMatch(
      /^Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}$/,
    );
    expect(p.join('\n')).not.toMatch(/…|\.\.\./);
  });

  it('sets table columns in twips, fixed, spanning the text width, STT at least 12 mm', async () => {
    const xml = await xmlOf(report);
    const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((g) =>
      [...g[1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1])),
    );
    const units = grids.find((g) => g.length === 7)!;
    expect(units.reduce((a, b) => a + b, 0)).toBe(mmToTwip(165));
    expect(units[0]).toBeGreaterThanOrEqual(mmToTwip(12));
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('prints a landscape page and an annex after two signatures side by side', async () => {
    const wide = await xmlOf(schedule);
    expect(wide).toContain('w:orient="landscape"');
    expect(wide).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
    const p = paragraphsOf(await xmlOf(minutes));
    const at = (s: string) => p.indexOf(s);
    expect(at('ĐẠI DIỆN HỘI ĐỒNG')).toBeGreaterThan(0);
    expect(at('XÁC ĐỊNH GIÁ TRỊ TÀI LIỆU')).toBe(at('ĐẠI DIỆN HỘI ĐỒNG') + 1);
    expect(at('Trần Thị Bình')).toBeGreaterThan(at('XÁC ĐỊNH GIÁ TRỊ TÀI LIỆU'));
    expect(at('Lê Văn Cường')).toBeGreaterThan(at('Trần Thị Bình'));
    expect(at('PHỤ LỤC: CÁC VĂN BẢN ĐÃ HỦY')).toBeGreaterThan(at('Lê Văn Cường'));
    expect(p).not.toContain('Nơi nhận:');
  });

  it('takes every value from the layout it is given', async () => {
    const layout = {
      ...PARTY_LAYOUT,
      font: 'Liberation Serif',
      marginsMm: { top: 25, bottom: 20, left: 35, right: 15 },
    };
    const xml = await xmlOf({ ...report, layout });
    expect(new Set([...xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]))).toEqual(
      new Set(['Liberation Serif']),
    );
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="850" w:bottom="1134" w:left="1984"/);
  });

  it('refuses a document without a place, with dots for one, or without the signer’s name', async () => {
    const bad = (patch: Partial<typeof directive>) => packDocx({ ...directive, ...patch });
    const h = directive.heading;
    for (const place of ['', '……………', '...']) {
      await expect(bad({ heading: { ...h, place } })).rejects.toThrow(OfficeInputError);
    }
    await expect(bad({ heading: { ...h, symbol: 'Số      -CT/…' } })).rejects.toThrow(OfficeInputError);
    const sign = { authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: '' };
    await expect(bad({ closing: { recipients: [], signatures: [sign] } })).rejects.toThrow(OfficeInputError);
    await expect(
      bad({
        body: [
          table({
            columns: [
              { header: 'A', mm: 120 },
              { header: 'B', mm: 60 },
            ],
            rows: [],
          }),
        ],
      }),
    ).rejects.toThrow(OfficeInputError);
  });

  it('leaves the name out only on an unnumbered draft, or prints the hint to write it by hand', async () => {
    const position = { authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: null };
    // A numbered document needs its signer's name, or the hint.
    await expect(
      packDocx({ ...directive, closing: { recipients: [], signatures: [position] } }),
    ).rejects.toThrow(OfficeInputError);
    const draft = paragraphsOf(
      await xmlOf({ ...report, closing: { recipients: ['Như trên'], signatures: [position] } }),
    ).filter(Boolean);
    expect(draft.slice(-2)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
    const hinted = paragraphsOf(
      await xmlOf({
        ...directive,
        closing: { signatures: [{ ...position, hint: '(ký, ghi rõ họ tên)' }] },
      }),
    ).filter(Boolean);
    expect(hinted.slice(-3)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '(ký, ghi rõ họ tên)']);
    // No signature at all (a received copy): the recipients alone.
    const none = paragraphsOf(await xmlOf({ ...directive, closing: { recipients: [], signatures: [] } }));
    expect(none.filter(Boolean).slice(-2)).toEqual(['Nơi nhận:', '- Lưu Văn phòng.']);
  });

  it('prints a number recorded as free text as it is, and still refuses dots', async () => {
    const p = paragraphsOf(
      await xmlOf({ ...directive, heading: { ...directive.heading, symbol: { raw: '123/QĐ-ĐU' } } }),
    );
    expect(p).toContain('Số 123/QĐ-ĐU');
    await expect(
      packDocx({ ...directive, heading: { ...directive.heading, symbol: { raw: 'Số …' } } }),
    ).rejects.toThrow(OfficeInputError);
  });
});
