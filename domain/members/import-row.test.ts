import { describe, expect, it } from 'vitest';
import { cellDate, parseRow, readHeader } from './import-row.ts';

const TODAY = '2026-01-10';

describe('import header', () => {
  it('finds the columns in any order, ignoring case and spacing', () => {
    const { map, missing } = readHeader([
      undefined,
      'Số thẻ đảng viên',
      'NGÀY VÀO ĐẢNG',
      ' Họ  và tên ',
      'Ngày sinh',
    ]);
    expect(map).toEqual({ partyCardNo: 1, admittedOn: 2, fullName: 3, birthDate: 4 });
    expect(missing).toEqual([]);
  });
  it('names the required columns that are missing', () => {
    expect(readHeader(['Họ và tên', 'Giới tính']).missing).toEqual(['Ngày sinh', 'Ngày vào Đảng']);
  });
});

describe('import cells', () => {
  it('reads Excel dates, serial numbers, DD/MM/YYYY text and ISO text', () => {
    expect(cellDate(new Date(Date.UTC(1990, 4, 19)))).toBe('1990-05-19');
    expect(cellDate(new Date(Date.UTC(1990, 4, 18, 23, 59, 59, 999)))).toBe('1990-05-19');
    expect(cellDate(32_647)).toBe('1989-05-19');
    expect(cellDate('19/5/1990')).toBe('1990-05-19');
    expect(cellDate('19.05.1990')).toBe('1990-05-19');
    expect(cellDate('1990-05-19')).toBe('1990-05-19');
    expect(cellDate({ formula: 'DATE(1990,5,19)', result: new Date(Date.UTC(1990, 4, 19)) })).toBe(
      '1990-05-19',
    );
    expect(cellDate('31/02/1990')).toBe('invalid');
    expect(cellDate('')).toBeNull();
  });
});

describe('import rows', () => {
  const header = readHeader([
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Ngày vào Đảng',
    'Ngày chính thức',
    'Số thẻ đảng viên',
  ]).map;
  it('accepts a good row', () => {
    const r = parseRow(
      ['Nguyễn Văn An', '01/02/1970', 'nam', '03/02/1995', '03/02/1996', ' 012 345 '],
      header,
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      member: {
        fullName: 'Nguyễn Văn An',
        birthDate: '1970-02-01',
        gender: 'Nam',
        admittedOn: '1995-02-03',
        officialOn: '1996-02-03',
        partyCardNo: '012345',
      },
    });
  });
  it('names the reason of a bad row', () => {
    const bad = (values: unknown[]) => {
      const r = parseRow(values, header, TODAY);
      return r.ok ? '' : r.reason;
    };
    expect(bad(['', '01/02/1970', 'Nam', '03/02/1995'])).toMatch(/Thiếu họ và tên/);
    expect(bad(['A B', '31/02/1970', 'Nam', '03/02/1995'])).toMatch(/Ngày sinh .* không phải ngày/);
    expect(bad(['A B', '01/02/1970', 'Nam'])).toMatch(/Thiếu ngày vào Đảng/);
    expect(bad(['A B', '01/02/1970', 'Khác', '03/02/1995'])).toMatch(/Nam hoặc Nữ/);
    expect(bad(['A B', '01/02/1990', 'Nam', '03/02/2000'])).toMatch(/Chưa đủ 18/);
    expect(bad(['A B', '01/02/1970', 'Nam', '03/02/1995', '01/01/1990'])).toMatch(/sau ngày vào Đảng/);
    expect(bad(['A B', '01/02/1970', 'Nam', '03/02/1995', '', 'số#1'])).toMatch(/Số thẻ/);
  });
});
