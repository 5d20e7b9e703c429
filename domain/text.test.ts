import { describe, expect, it } from 'vitest';
import { compareNames, fold, isStorableText, nfc, sortByName } from './text.ts';

describe('Vietnamese text', () => {
  it('folds diacritics and đ for search', () => {
    expect(fold('Giải phóng mặt bằng')).toBe('giai phong mat bang');
    expect(fold('ĐẢNG ỦY XÃ ĐOÀI PHƯƠNG')).toBe('dang uy xa doai phuong');
  });

  it('stores NFC: a decomposed string becomes the composed one', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(decomposed).not.toBe('Nguyễn');
    expect(nfc(decomposed)).toBe('Nguyễn');
  });

  it('refuses NUL, control characters and lone surrogates', () => {
    expect(isStorableText('Chỉ thị 34-CT/TU\nngày 5/3')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\u0007b')).toBe(false);
    expect(isStorableText('a\uD800b')).toBe(false);
    expect(isStorableText('😀')).toBe(true);
  });
});

describe('names sort by given name', () => {
  it('orders by the last word first', () => {
    const names = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Chi', 'Phạm Thị Anh'];
    expect(sortByName(names, (n) => n)).toEqual(['Nguyễn Văn An', 'Phạm Thị Anh', 'Trần Thị Bình', 'Lê Chi']);
  });

  it('uses Vietnamese letter order: d before đ, a ă â, o ô ơ, u ư', () => {
    const names = [
      'Lê Văn Đức',
      'Lê Văn Dũng',
      'Hồ Ân',
      'Hồ Ăn',
      'Hồ An',
      'Vũ Ơn',
      'Vũ Ôn',
      'Vũ On',
      'Bùi Ưng',
      'Bùi Uyên',
    ];
    expect(sortByName(names, (n) => n)).toEqual([
      'Hồ An',
      'Hồ Ăn',
      'Hồ Ân',
      'Lê Văn Dũng',
      'Lê Văn Đức',
      'Vũ On',
      'Vũ Ôn',
      'Vũ Ơn',
      'Bùi Uyên',
      'Bùi Ưng',
    ]);
  });

  it('puts tones after the bare letter: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    const names = ['Hạ', 'Há', 'Hã', 'Hả', 'Hà', 'Ha'].map((g) => `Lê Thị ${g}`);
    expect(sortByName(names, (n) => n).map((n) => n.split(' ')[2])).toEqual([
      'Ha',
      'Hà',
      'Hả',
      'Hã',
      'Há',
      'Hạ',
    ]);
  });

  it('breaks ties on the given name by middle names, then family name', () => {
    expect(compareNames('Nguyễn Văn An', 'Nguyễn Thị An')).toBeGreaterThan(0); // Thị < Văn
    expect(compareNames('Trần Văn An', 'Lê Văn An')).toBeGreaterThan(0); // Lê < Trần
    expect(compareNames('Lê Văn An', 'Lê Văn An')).toBe(0);
  });

  it('a one-word name sorts with the given names', () => {
    expect(sortByName(['Trần Văn Cường', 'Bảo'], (n) => n)).toEqual(['Bảo', 'Trần Văn Cường']);
  });
});
