import { describe, expect, it } from 'vitest';
import { parseCsv, readAmount, readMonth, readStatement, StatementUnreadable } from './portal-statement.ts';

describe('portal statement', () => {
  it('parses CSV with quotes, semicolons and a BOM', () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;1";"say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x;1', 'say "hi"'],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads lines by their headers and rejects what it cannot read', () => {
    const table = parseCsv(
      [
        'Sao kê đảng phí',
        'Mã giao dịch,Ngày giao dịch,Số thẻ đảng viên,Họ và tên,Số tiền,Kỳ nộp',
        'GD1,05/03/2026 10:15,01 234 567,Nguyễn Văn A,"80.000",03/2026',
        'GD2,2026-03-06,,Trần B,50000,',
        'GD3,31/02/2026,1,C,1000,',
        ',06/03/2026,1,C,1000,',
        'GD4,06/03/2026,1,C,abc,',
        'GD5,06/03/2026,1,C,1000,13/2026',
      ].join('\n'),
    );
    const read = readStatement(table);
    expect(read.lines).toEqual([
      {
        row: 3,
        ref: 'GD1',
        paidOn: '2026-03-05',
        month: '2026-03',
        cardNo: '01234567',
        payerName: 'Nguyễn Văn A',
        amount: 80_000,
      },
      {
        row: 4,
        ref: 'GD2',
        paidOn: '2026-03-06',
        month: '2026-03',
        cardNo: null,
        payerName: 'Trần B',
        amount: 50_000,
      },
    ]);
    expect(read.rejected.map((r) => r.row)).toEqual([5, 6, 7, 8]);
  });

  it('needs the header', () => {
    expect(() => readStatement([['a', 'b']])).toThrow(StatementUnreadable);
  });

  it('reads amounts and months', () => {
    expect(readAmount('1.234.000 đ')).toBe(1_234_000);
    expect(readAmount(-5)).toBeNull();
    expect(readAmount('0')).toBeNull();
    expect(readMonth('3/2026')).toBe('2026-03');
    expect(readMonth('2026-11')).toBe('2026-11');
    expect(readMonth('00/2026')).toBeNull();
  });
});
