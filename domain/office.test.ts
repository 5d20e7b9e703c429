import { describe, expect, it } from 'vitest';
import {
  columnWidthsMm,
  dateWords,
  isDraftSymbol,
  OfficeInputError,
  placeDateLine,
  recipientLines,
  recordedSymbol,
  signerName,
  symbolLine,
  textWidthMm,
  wordWidthMm,
} from './office.ts';
import { PARTY_LAYOUT } from './party-layout.ts';

describe('the place and date line', () => {
  it('prints the unit’s place, the day with two digits and the month without', () => {
    expect(placeDateLine('Hà Nội', '2026-03-05')).toBe('Hà Nội, ngày 05 tháng 3 năm 2026');
    expect(placeDateLine('  Thành phố   Vinh ', '2026-11-23')).toBe(
      'Thành phố Vinh, ngày 23 tháng 11 năm 2026',
    );
    expect(dateWords('2026-01-09')).toBe('ngày 09 tháng 1 năm 2026');
  });

  it('without a date, carries today’s date in Vietnam time', () => {
    const lateEvening = new Date('2026-03-04T18:30:00Z'); // 01:30 on 5 March in Hà Nội
    expect(placeDateLine('Hà Nội', null, lateEvening)).toBe('Hà Nội, ngày 05 tháng 3 năm 2026');
    expect(placeDateLine('Hà Nội', undefined, lateEvening)).toBe('Hà Nội, ngày 05 tháng 3 năm 2026');
    expect(placeDateLine('Hà Nội', '', lateEvening)).toBe('Hà Nội, ngày 05 tháng 3 năm 2026');
  });

  it('refuses a missing place and dots standing for one, so "…, ngày …" cannot be printed', () => {
    for (const bad of ['', '   ', '……………', '...', '…', 'Hà Nội…', '____', '-']) {
      expect(() => placeDateLine(bad, '2026-03-05'), bad).toThrow(OfficeInputError);
    }
    expect(() => placeDateLine('Hà Nội', '2026-02-30')).toThrow(OfficeInputError);
  });
});

describe('the number and symbol line', () => {
  it('prints "Số 34-CT/TU", whatever spacing or "Số" the caller gave', () => {
    expect(symbolLine('34-CT/TU')).toBe('Số 34-CT/TU');
    expect(symbolLine(' Số 34 - CT/TU ')).toBe('Số 34-CT/TU');
    expect(symbolLine('05-ĐA/ĐU')).toBe('Số 05-ĐA/ĐU');
    expect(symbolLine('12-QĐi/TW')).toBe('Số 12-QĐi/TW');
  });

  it('leaves a gap for the number of a draft', () => {
    expect(symbolLine({ typeCode: 'BC', issuerCode: 'TU' })).toBe('Số        -BC/TU');
    expect(symbolLine({ typeCode: 'BC', issuerCode: 'TU' }, { ...PARTY_LAYOUT, draftNumberGap: 4 })).toBe(
      'Số    -BC/TU',
    );
  });

  it('takes a recorded number as the Party form when it is one, else as free text printed as it is', () => {
    expect(recordedSymbol(' Số 45 - QĐ/ĐU ')).toBe('45-QĐ/ĐU');
    expect(recordedSymbol('123/QĐ-ĐU')).toEqual({ raw: '123/QĐ-ĐU' });
    expect(recordedSymbol('  ')).toBeNull();
    expect(recordedSymbol(null)).toBeNull();
    expect(symbolLine({ raw: '123/QĐ-ĐU' })).toBe('Số 123/QĐ-ĐU');
    expect(symbolLine({ raw: 'Số 07/2026' })).toBe('Số 07/2026');
    for (const bad of ['', '…', '...', '-/-'])
      expect(() => symbolLine({ raw: bad }), bad).toThrow(OfficeInputError);
    expect(isDraftSymbol({ typeCode: 'BC', issuerCode: 'TU' })).toBe(true);
    expect(isDraftSymbol({ raw: '1' })).toBe(false);
    expect(isDraftSymbol('1-BC/TU')).toBe(false);
    expect(isDraftSymbol(null)).toBe(false);
  });

  it('refuses dots and malformed symbols', () => {
    for (const bad of ['', 'CT/TU', '34-CT', '…-CT/TU', 'Số …']) {
      expect(() => symbolLine(bad), bad).toThrow(OfficeInputError);
    }
    expect(() => symbolLine({ typeCode: 'CT', issuerCode: '…' })).toThrow(OfficeInputError);
  });
});

describe('the recipients', () => {
  it('start each line with "- ", end it with ",", the last "Lưu Văn phòng." with a full stop', () => {
    expect(recipientLines(['Thường trực Thành ủy', 'Các đồng chí Ủy viên Ban Thường vụ'])).toEqual([
      '- Thường trực Thành ủy,',
      '- Các đồng chí Ủy viên Ban Thường vụ,',
      '- Lưu Văn phòng.',
    ]);
  });

  it('normalise what the caller typed: dashes, punctuation, blanks and repeats', () => {
    expect(
      recipientLines(['- Ban Tổ chức Thành ủy;', ' ', 'Các chi bộ,', 'ban tổ chức thành ủy'], null),
    ).toEqual(['- Ban Tổ chức Thành ủy,', '- Các chi bộ.']);
  });

  it('keep the caller’s own archive line last and add none after it', () => {
    expect(recipientLines(['Như trên', 'Lưu Chi bộ.'])).toEqual(['- Như trên,', '- Lưu Chi bộ.']);
    expect(recipientLines(['Như trên'], 'Lưu VT, BTC')).toEqual(['- Như trên,', '- Lưu VT, BTC.']);
    expect(recipientLines([])).toEqual(['- Lưu Văn phòng.']);
    expect(() => recipientLines([], null)).toThrow(OfficeInputError);
  });
});

describe('the signer’s name', () => {
  it('is required and never dots', () => {
    expect(signerName('  Nguyễn  Văn An ')).toBe('Nguyễn Văn An');
    for (const bad of [null, undefined, '', '……', '...'])
      expect(() => signerName(bad)).toThrow(OfficeInputError);
  });
});

describe('table columns', () => {
  const portrait = textWidthMm();
  const report = [
    { header: 'STT', share: 7 },
    { header: 'Đơn vị', share: 33 },
    { header: 'Tổng số', share: 10 },
    { header: 'Hoàn thành đúng hạn', share: 12 },
    { header: 'Hoàn thành quá hạn', share: 12 },
    { header: 'Đang thực hiện trong hạn', share: 13 },
    { header: 'Quá hạn chưa hoàn thành', share: 13 },
  ];

  it('span the text width: 165 mm on portrait A4, 252 mm on landscape', () => {
    expect(portrait).toBe(165);
    expect(textWidthMm(PARTY_LAYOUT, true)).toBe(252);
    const w = columnWidthsMm(report, portrait, 12);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 1);
  });

  it('give STT at least 12 mm and the width of its word, taken from the shared columns', () => {
    const w = columnWidthsMm(report, portrait, 12);
    // 7% of 165 mm is 11.55 mm, where "STT" in bold 12 pt breaks onto two lines.
    expect(w[0]).toBeGreaterThanOrEqual(12);
    expect(w[0]).toBeGreaterThanOrEqual(wordWidthMm('STT', 12) + 2 * PARTY_LAYOUT.table.cellPaddingMm);
    expect(w[1]).toBeGreaterThan(w[2]!);
    for (const [i, c] of report.entries()) {
      for (const word of c.header.split(' ')) expect(w[i]!).toBeGreaterThan(wordWidthMm(word, 12));
    }
  });

  it('keep fixed widths in millimetres and share the rest', () => {
    const w = columnWidthsMm(
      [
        { header: 'STT', mm: 14 },
        { header: 'Họ và tên', share: 2 },
        { header: 'Ghi chú', share: 1 },
      ],
      165,
      12,
    );
    expect(w).toEqual([14, 100.67, 50.33]);
    // A fixed column too narrow for its header is widened.
    expect(columnWidthsMm([{ header: 'STT', mm: 6 }, { header: 'Nội dung' }], 165, 12)[0]).toBeGreaterThan(
      12,
    );
    // Fixed columns only: the last one takes what is left.
    expect(
      columnWidthsMm(
        [
          { header: 'A', mm: 20 },
          { header: 'B', mm: 30 },
        ],
        165,
        12,
      ),
    ).toEqual([20, 145]);
  });

  it('keep the data’s short words whole when the page allows it, and fall back to the headers when not', () => {
    const columns = [{ header: 'STT' }, { header: 'Ngày', share: 1 }, { header: 'Trích yếu', share: 8 }];
    const [, date] = columnWidthsMm(columns, 165, 12, PARTY_LAYOUT, [
      ['1', '05/03/2016', 'V/v tổ chức hội nghị'],
    ]);
    expect(date).toBeGreaterThan(wordWidthMm('05/03/2016', 12));
    // A long token (a hash) does not count; a table too narrow for its data keeps the headers' floors.
    const hash = 'a'.repeat(64);
    expect(columnWidthsMm(columns, 165, 12, PARTY_LAYOUT, [['1', hash, '']])[1]).toBeLessThan(20);
    const narrow = columnWidthsMm([{ header: 'A' }, { header: 'B' }], 30, 12, PARTY_LAYOUT, [
      ['WWWWWWWW', 'WWWWWWWW'],
    ]);
    expect(narrow).toEqual([15, 15]);
  });

  it('refuse a table wider than the page', () => {
    expect(() =>
      columnWidthsMm(
        [
          { header: 'A', mm: 100 },
          { header: 'B', mm: 80 },
        ],
        165,
        12,
      ),
    ).toThrow(OfficeInputError);
    const many = Array.from({ length: 15 }, (_, i) => ({ header: `Cột ${i}` }));
    expect(() => columnWidthsMm(many, 165, 12)).toThrow(OfficeInputError);
    expect(() => columnWidthsMm([], 165, 12)).toThrow(OfficeInputError);
  });
});
