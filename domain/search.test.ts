import { describe, expect, it } from 'vitest';
import { foldAligned, makeSnippet, queryTerms } from './search.ts';

describe('search text', () => {
  it('splits queries into folded terms', () => {
    expect(queryTerms('Giải phóng mặt bằng')).toEqual(['giai', 'phong', 'mat', 'bang']);
    expect(queryTerms('giai phong  MAT-bang')).toEqual(['giai', 'phong', 'mat', 'bang']);
    expect(queryTerms('Đoài Phương')).toEqual(['doai', 'phuong']);
  });

  it('folds without moving positions', () => {
    const s = 'Đảng ủy xã Đoài Phương';
    expect(foldAligned(s)).toHaveLength(s.length);
    expect(foldAligned(s)).toBe('dang uy xa doai phuong');
  });

  it('cuts a snippet around the first match and marks every match in the accented text', () => {
    const text = `${'Mở đầu văn bản. '.repeat(20)}Tập trung giải phóng mặt bằng dự án vành đai 4; hoàn thành giải phóng mặt bằng trước 30/6.`;
    const s = makeSnippet(text, queryTerms('giai phong mat bang'), 120);
    expect(s.text.startsWith('… ')).toBe(true);
    const marked = s.highlights.map(([a, b]) => s.text.slice(a, b));
    expect(marked).toEqual(['giải phóng mặt bằng', 'giải phóng mặt bằng']);
  });

  it('matches words, not the inside of words; tones do not matter', () => {
    const s = makeSnippet('phương án và đoàn phường', ['phuong']);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['phương', 'phường']);
    expect(makeSnippet('phương án', ['uong']).highlights).toEqual([]);
  });
});
