// The kit's documents as printed: LibreOffice converts them to PDF and the tests read page 1 as a
// reader would (pdftotext -layout). Skipped, with a message, only when LibreOffice is not installed
// (Debian: apt-get install libreoffice-writer-nogui poppler-utils). All documents are converted in
// one LibreOffice run, with a private profile, in beforeAll.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { dateWords } from '../../domain/office.ts';
import { packDocx } from '../../server/office/index.ts';
import { CONVERT_TIMEOUT_MS, type Rendered, recipientsPrinted, renderDocx, SOFFICE } from './pdf.ts';
import { directive, minutes, report, SIGNER, schedule, UNIT_COLUMNS } from './samples.ts';

const SKIP =
  'SKIPPED: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui poppler-utils';
if (!SOFFICE) console.warn(`test/office/render.test.ts ${SKIP}`);

/** The old way: column widths as percentages, STT at 7 % (11.5 mm), where "STT" broke in two. */
async function percentGrid(): Promise<Buffer> {
  const cell = (text: string, pct: number) =>
    new TableCell({
      width: { size: pct, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({ children: [new TextRun({ text, bold: true, size: 24, font: 'Times New Roman' })] }),
      ],
    });
  const widths = [7, 33, 10, 12, 12, 13, 13];
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
          children: [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [new TableRow({ children: UNIT_COLUMNS.map((c, i) => cell(c.header, widths[i]!)) })],
            }),
          ],
        },
      ],
    }),
  );
}

describe.skipIf(!SOFFICE)(SOFFICE ? 'the kit’s documents as printed (LibreOffice)' : SKIP, () => {
  let out: Record<string, Rendered>;
  let today: string[];

  beforeAll(async () => {
    today = [todayVn()];
    out = await renderDocx({
      directive: await packDocx(directive),
      report: await packDocx(report),
      schedule: await packDocx(schedule),
      minutes: await packDocx(minutes),
      percentGrid: await percentGrid(),
    });
    today.push(todayVn()); // a run across midnight accepts either day
  }, CONVERT_TIMEOUT_MS + 30_000);

  it('a directive fits page 1: national heading, the unit’s place and date, symbol, summary, full name, recipients', () => {
    const page = out.directive!.page1;
    expect(out.directive!.pages).toBe(1);
    for (const s of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'THÀNH ỦY HÀ NỘI',
      'Hà Nội, ngày 05 tháng 3 năm 2026',
      'Số 34-CT/TU',
      'MẬT',
      'KHẨN',
      'CHỈ THỊ',
      'về tăng cường công tác giải phóng mặt bằng',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      SIGNER,
      'Nơi nhận:',
    ]) {
      expect(page, s).toContain(s);
    }
    expect(page).not.toMatch(/…|\.{3}/);
    // The heading's two columns share their first line.
    expect(page).toMatch(/THÀNH ỦY HÀ NỘI {3,}ĐẢNG CỘNG SẢN VIỆT NAM/);
    // The name is printed below the position, after the space for the signature and the seal.
    expect(page.indexOf(SIGNER)).toBeGreaterThan(page.indexOf('BÍ THƯ'));
    const recipients = recipientsPrinted(page);
    expect(recipients).toEqual([
      '- Thường trực Thành ủy,',
      '- Các đồng chí Ủy viên Ban Thường vụ,',
      '- Các quận ủy, huyện ủy, thị ủy,',
      '- Lưu Văn phòng.',
    ]);
  });

  it('a report draft prints today’s date with the place, a gap for its number, and STT on one line', () => {
    const page = out.report!.page1;
    expect(today.map((d) => `Hà Nội, ${dateWords(d)}`).some((l) => page.includes(l))).toBe(true);
    expect(page).toMatch(/Số {2,}-BC\/BTGDVTU/);
    expect(page).not.toMatch(/…|\.{3}/);
    expect(page).toMatch(/(^|\s)STT(\s|$)/m);
    expect(page).not.toMatch(/(^|\s)ST(\s|$)/m);
    expect(page).toContain('Ban Tuyên giáo và Dân vận');
    expect(page).toContain(SIGNER);
    expect(recipientsPrinted(page).at(-1)).toBe('- Lưu Văn phòng.');
  });

  it('the old percentage widths broke "STT" in two: the check above can see it', () => {
    const page = out.percentGrid!.page1;
    expect(page).not.toMatch(/(^|\s)STT(\s|$)/m);
    expect(page).toMatch(/(^|\s)ST(\s|$)/m);
  });

  it('a weekly schedule is landscape and keeps its short headers whole', () => {
    const page = out.schedule!.page1;
    expect(page).toContain('LỊCH CÔNG TÁC TUẦN');
    expect(page).toContain('(Từ ngày 23/11/2026 đến ngày 29/11/2026)');
    expect(page).toContain('Hà Nội, ngày 20 tháng 11 năm 2026');
    // Landscape: the heading's columns are far apart on one line.
    expect(page).toMatch(/THÀNH ỦY HÀ NỘI {20,}ĐẢNG CỘNG SẢN VIỆT NAM/);
    for (const h of ['Thời', 'Nội dung', 'Chủ trì', 'Địa điểm']) expect(page).toContain(h);
  });

  it('a minutes prints both signers’ full names under their positions', () => {
    const page = out.minutes!.page1;
    expect(page).toContain('BIÊN BẢN');
    expect(page).toContain('Hà Nội, ngày 15 tháng 6 năm 2026');
    expect(page).toMatch(/ĐẠI DIỆN HỘI ĐỒNG {3,}NGƯỜI THỰC HIỆN/);
    expect(page).toMatch(/Trần Thị Bình {3,}Lê Văn Cường/);
  });
});
