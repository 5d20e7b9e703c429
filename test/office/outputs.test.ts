// Every Word file of the app as printed: the data is built through the API in-process
// (outputs-fixtures.ts), each file is fetched from its route, LibreOffice converts them all to PDF in
// one run, and the tests read the text as a reader sees it (pdftotext -layout): the national
// heading, the unit's place before the date (never dots), the number, the signer's full name under
// the signature or the hint to write it, "Nơi nhận:" ending with a full stop, short headers whole.
// Skipped, with a message, only when LibreOffice is not installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { dateWords } from '../../domain/office.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { buildOutputs, NAMES, RAW_DECISION } from './outputs-fixtures.ts';
import { CONVERT_TIMEOUT_MS, type Rendered, recipientsPrinted, renderDocx, SOFFICE } from './pdf.ts';

const SKIP =
  'SKIPPED: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui poppler-utils';
if (!SOFFICE) console.warn(`test/office/outputs.test.ts ${SKIP}`);

const HINT = '(ký, ghi rõ họ tên)';
/** Dots standing for something to fill in by hand ("……………, ngày …"). */
const DOTS = /…|\.{3}/;
/** "STT" on one line, never broken into "ST" / "T". */
const STT_WHOLE = /(^|\s)STT(\s|$)/m;
const STT_BROKEN = /(^|\s)ST(\s|$)/m;

/** The text with its layout flattened: a sentence that wrapped reads as one line. */
// Justified paragraphs: how pdftotext splits their words depends on the fonts installed (with
// Liberation Serif it prints "S ơn Tây"), so prose is compared without any white space.
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!SOFFICE)(SOFFICE ? 'every Word file of the app as printed (LibreOffice)' : SKIP, () => {
  let t: TestApp;
  let out: Record<string, Rendered>;
  let built: Awaited<ReturnType<typeof buildOutputs>>;
  const today: string[] = [];
  /** "Hà Nội, ngày 07 tháng 12 năm 2026" for today (either day, for a run across midnight). */
  const todayLine = (place: string, page: string) =>
    today.map((d) => `${place}, ${dateWords(d)}`).some((l) => page.includes(l));

  beforeAll(async () => {
    today.push(todayVn());
    t = await startTestApp();
    built = await buildOutputs(t);
    out = await renderDocx(built.files);
    today.push(todayVn());
  }, CONVERT_TIMEOUT_MS + 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it('prints every file with the national heading and without dots for a place or a name', () => {
    for (const [name, r] of Object.entries(out)) {
      expect(r.page1, name).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(r.all, name).not.toMatch(DOTS);
      expect(r.all, name).not.toMatch(/Chi bộ Chi bộ/i);
    }
  });

  it('the issued directive: the unit’s place and date, its number, the signer’s full name, "Nơi nhận:" ending with "."', () => {
    const page = out.directive!.page1;
    expect(out.directive!.pages).toBe(1);
    for (const s of [
      'THÀNH ỦY HÀ NỘI',
      'Hà Nội, ngày 05 tháng 3 năm 2026',
      `Số ${built.symbol}`,
      'CHỈ THỊ',
      'về tăng cường công tác giải phóng mặt bằng',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      NAMES.signer,
    ]) {
      expect(page, s).toContain(s);
    }
    expect(page).toMatch(/THÀNH ỦY HÀ NỘI {3,}ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(page.indexOf(NAMES.signer)).toBeGreaterThan(page.indexOf('BÍ THƯ'));
    expect(page).not.toContain(HINT);
    expect(recipientsPrinted(page)).toEqual([
      '- Đảng ủy phường Cửa Nam,',
      '- Các đồng chí Ủy viên Ban Thường vụ,',
      '- Lưu Văn phòng.',
    ]);
  });

  it('a công văn draft: a gap for its number, "V/v …" under it, no type name, the position without a name', () => {
    const page = out.letterDraft!.page1;
    expect(page).toMatch(/Số {2,}-CV\/TU/);
    expect(page).toContain('V/v chuẩn bị hội nghị sơ kết');
    expect(page).not.toContain('CÔNG VĂN');
    expect(todayLine('Hà Nội', page)).toBe(true);
    expect(page).toContain('T/L BAN THƯỜNG VỤ');
    expect(page).toContain('CHÁNH VĂN PHÒNG');
    expect(page).not.toContain(HINT);
    expect(recipientsPrinted(page)).toEqual(['- Lưu Văn phòng.']);
  });

  it('the programme’s review report: place from the unit, a gap for its number, "STT" whole', () => {
    const { page1, all } = out.report!;
    expect(todayLine('Hà Nội', page1)).toBe(true);
    expect(page1).toMatch(/Số {2,}-BC\/TU/);
    expect(page1).toContain('BÁO CÁO');
    expect(squash(page1)).toContain(
      squash('(chủ đề: «Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển»)'),
    );
    expect(page1).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(all).toContain('II. KẾT QUẢ THEO ĐƠN VỊ');
    expect(all).toMatch(STT_WHOLE);
    expect(all).not.toMatch(STT_BROKEN);
    expect(all).toMatch(/^\s+Cộng\s+3\s/m);
    expect(all.match(/\(Chuyên viên bổ sung\)/g)).toHaveLength(2);
    expect(all).toContain('T/M BAN THƯỜNG VỤ');
    expect(recipientsPrinted(all)).toEqual([
      '- Thường trực cấp ủy,',
      '- Các đồng chí Ủy viên Ban Thường vụ,',
      '- Lưu Văn phòng.',
    ]);
  });

  it('the weekly schedule: landscape, a gap for its number, the week, the conflicts', () => {
    const page = out.schedule!.page1;
    expect(page).toMatch(/THÀNH ỦY HÀ NỘI {20,}ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(todayLine('Hà Nội', page)).toBe(true);
    expect(page).toMatch(/Số {2,}-LT\/TU/);
    expect(page).toContain('LỊCH CÔNG TÁC TUẦN');
    expect(page).toContain('(Từ ngày 23/11/2026 đến ngày 29/11/2026)');
    expect(page).toMatch(/Thứ Hai\s/);
    expect(page).toContain('23/11/2026');
    expect(page.match(/\(trùng lịch\)/g)).toHaveLength(2);
    expect(page).toContain('Lưu ý trùng lịch:');
    expect(squash(page)).toContain(squash('- Đồng chí Đinh Văn Chủ: «Hội nghị Ban Thường vụ Thành ủy'));
    expect(page).not.toContain('Nơi nhận:');
  });

  it('3-KNĐ: the chi bộ’s place on the introduction date, the two introducers’ names side by side', () => {
    const page = out.form3!.page1;
    expect(page).toContain('Mẫu 3-KNĐ');
    expect(page).toContain('CHI BỘ KHU PHỐ 1');
    expect(page).toContain(`Hà Nội, ${dateWords(built.ago(150))}`);
    expect(page).toContain('GIẤY GIỚI THIỆU');
    expect(page).toContain('Kính gửi: Chi bộ Khu phố 1');
    expect(page).toMatch(/ĐẢNG VIÊN GIỚI THIỆU {3,}ĐẢNG VIÊN GIỚI THIỆU/);
    expect(page).toMatch(new RegExp(`${NAMES.introducer1} {3,}${NAMES.introducer2}`));
    expect(page).not.toContain(HINT);
  });

  it('6-KNĐ: the resolution’s date, the stages, the secretary signing over the hint', () => {
    const page = out.form6!.page1;
    expect(page).toContain('Mẫu 6-KNĐ');
    expect(page).toContain(`Hà Nội, ${dateWords(built.ago(100))}`);
    expect(page).toContain('NGHỊ QUYẾT');
    expect(squash(page)).toContain(
      squash(`được các đồng chí ${NAMES.introducer1} và ${NAMES.introducer2} giới thiệu`),
    );
    expect(page).toContain('T/M CHI BỘ');
    expect(page.indexOf(HINT)).toBeGreaterThan(page.indexOf('BÍ THƯ'));
  });

  it('9-KNĐ: issued by the committee above, its free-text number as typed, Điều 1–3, the hint', () => {
    const page = out.form9!.page1;
    expect(page).toContain('Mẫu 9-KNĐ');
    expect(page).toContain('ĐẢNG ỦY PHƯỜNG CỬA NAM');
    expect(page).toContain(`Số ${RAW_DECISION}`);
    expect(page).toContain(`Hà Nội, ${dateWords(built.ago(60))}`);
    expect(page.match(/QUYẾT ĐỊNH/g)?.length).toBeGreaterThanOrEqual(2);
    for (const s of ['- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Lập ngày'])
      expect(page, s).toContain(s);
    expect(page).toContain('T/M BAN THƯỜNG VỤ');
    expect(page.indexOf(HINT)).toBeGreaterThan(page.indexOf('BÍ THƯ'));
  });

  it('the badge list: dated today with the unit’s place, 7 columns on one line each, the total, the hint', () => {
    const page = out.badges!.page1;
    expect(todayLine('Hà Nội', page)).toBe(true);
    expect(page).toContain('DANH SÁCH');
    expect(page).toMatch(STT_WHOLE);
    expect(page).toMatch(
      /Trần Văn Bốn Lăm\s+01\/01\/1940\s+03\/02\/1981\s+Chi bộ Khu phố 1\s+45 năm\s+5\.850\.000/,
    );
    expect(page).toMatch(/Nguyễn Văn Ba Mươi\s.*\s3\.510\.000/);
    expect(squash(page)).toContain(squash('Tổng cộng: 4 đồng chí; tiền thưởng 16.380.000 đồng'));
    expect(page).toContain('T/M BAN THƯỜNG VỤ');
    expect(page.indexOf(HINT)).toBeGreaterThan(page.indexOf('BÍ THƯ'));
  });

  it('the destruction minutes: the ward’s own place, the grounds, the files with "STT" whole, two signers', () => {
    const { page1, all } = out.minutes!;
    expect(page1).toMatch(/THÀNH ỦY HÀ NỘI {3,}ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(page1).toContain('ĐẢNG ỦY PHƯỜNG SƠN TÂY');
    expect(todayLine('Sơn Tây', page1)).toBe(true);
    expect(page1).toContain('BIÊN BẢN');
    expect(page1).toContain('hủy tài liệu hết giá trị');
    expect(squash(page1)).toContain(squash('Căn cứ Quyết định số 45-QĐ/ĐU'));
    expect(squash(page1)).toMatch(/Hômnay,ngày\d{2}tháng\d{1,2}năm\d{4},ĐảngủyphườngSơnTây/);
    expect(squash(page1)).toContain(squash('gồm 1 hồ sơ với 2 văn bản và 0 tệp'));
    expect(page1).toContain(built.fileCode);
    expect(page1).toMatch(STT_WHOLE);
    expect(page1).not.toMatch(STT_BROKEN);
    expect(squash(all)).toContain(squash('được bảo quản vĩnh viễn.'));
    expect(all).toMatch(/ĐẠI DIỆN HỘI ĐỒNG {3,}NGƯỜI THỰC HIỆN/);
    expect(all.indexOf(NAMES.executor)).toBeGreaterThan(all.indexOf('NGƯỜI THỰC HIỆN'));
    expect(all.match(/\(ký, ghi rõ họ tên\)/g)).toHaveLength(2);
    expect(all.indexOf('PHỤ LỤC: CÁC VĂN BẢN ĐÃ HỦY')).toBeGreaterThan(all.indexOf(NAMES.executor));
    expect(all).not.toContain('Nơi nhận:');
  });
});
