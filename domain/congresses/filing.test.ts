import { describe, expect, it } from 'vitest';
import { manifestOf, numbered, segment } from './filing.ts';

describe('congress file paths and manifest', () => {
  it('names path segments without diacritics, numbered in order', () => {
    expect(segment('Báo cáo chính trị — bản 2')).toBe('bao-cao-chinh-tri-ban-2');
    expect(segment('Đặng Thị Ánh')).toBe('dang-thi-anh');
    expect(segment('***')).toBe('khong-ten');
    expect(segment('a'.repeat(80))).toHaveLength(60);
    expect(numbered(3, 'Bầu Chi ủy')).toBe('03-bau-chi-uy');
  });

  it('counts the items of each part and refuses one path used twice', () => {
    const item = {
      path: '02-dai-bieu/danh-sach.txt',
      part: 'delegates' as const,
      title: 'x',
      size: 1,
      sha256: 'a',
    };
    const c = { id: 1, title: 'Đại hội', orgName: 'Chi bộ', term: '2025-2030', heldOn: '2025-05-01' };
    const m = manifestOf(c, '2025-05-02T00:00:00.000Z', [item]);
    expect(m.parts.map((p) => [p.folder, p.items])).toEqual([
      ['01-van-kien', 0],
      ['02-dai-bieu', 1],
      ['03-ho-so-nhan-su', 0],
      ['04-bau-cu', 0],
    ]);
    expect(() => manifestOf(c, '', [item, item])).toThrow(/duplicate path/);
  });
});
