import { describe, expect, it } from 'vitest';
import { duplicateSources, isProblem, type ManifestRow, mapHeaders, parseManifestRow } from './manifest.ts';

const HEADERS = ['Trích yếu', 'MÃ HỒ SƠ', 'so ky hieu', 'Ngày văn bản', 'Số trang', 'Tệp quét', 'Độ mật'];

describe('manifest', () => {
  it('matches headers ignoring case, diacritics and order; names the missing ones', () => {
    const { columns, missing } = mapHeaders(HEADERS);
    expect(columns).toMatchObject({
      summary: 0,
      fileCode: 1,
      symbol: 2,
      issuedOn: 3,
      pages: 4,
      sourceName: 5,
      secrecy: 6,
    });
    expect(missing).toEqual([]);
    expect(mapHeaders(['Mã hồ sơ', 'Trích yếu']).missing).toEqual(['Ngày văn bản', 'Số trang', 'Tệp quét']);
  });

  it('reads a row: dates as Excel dates or DD/MM/YYYY, the type from the symbol, secrecy by name', () => {
    const { columns } = mapHeaders(HEADERS);
    const row = parseManifestRow(
      2,
      ['Chỉ thị về giải phóng mặt bằng', '01.02', '34-CT/TU', '05/03/2024', 3, 'a.pdf', 'Mật'],
      columns,
    );
    expect(row).toMatchObject({
      row: 2,
      fileCode: '01.02',
      typeCode: 'CT',
      issuedOn: '2024-03-05',
      pages: 3,
      secrecy: 1,
    });
    const excel = parseManifestRow(
      3,
      ['x', '01.02', '12-NQ/TU', new Date(Date.UTC(2019, 0, 31)), '1', 'b.pdf', 'Tuyệt mật'],
      columns,
    );
    expect(excel).toMatchObject({ issuedOn: '2019-01-31', typeCode: 'NQ', secrecy: 3 });
  });

  it('gives every reason a row is refused', () => {
    const { columns } = mapHeaders(HEADERS);
    const bad = parseManifestRow(
      4,
      ['', '', 'không số', '31/02/2024', 0, 'thư mục/a.pdf', 'rất mật'],
      columns,
    );
    expect(isProblem(bad)).toBe(true);
    const reason = (bad as { reason: string }).reason;
    for (const part of [
      'thiếu mã hồ sơ',
      'ngày văn bản',
      'thiếu trích yếu',
      'số trang',
      'thư mục',
      'độ mật',
      'loại văn bản',
    ]) {
      expect(reason).toContain(part);
    }
  });

  it('one scan belongs to one row', () => {
    const rows = [
      { row: 2, sourceName: 'A.pdf' },
      { row: 5, sourceName: 'a.PDF' },
    ] as ManifestRow[];
    expect(duplicateSources(rows)).toEqual([{ row: 5, reason: 'tệp «a.PDF» đã có ở dòng 2' }]);
  });
});
