import { describe, expect, it } from 'vitest';
import { effectivePlace, isPlaceName, placeFromName } from './orgs.ts';

describe('the place name of a unit (địa danh)', () => {
  it('is derived from a committee’s name by dropping the committee words', () => {
    expect(placeFromName('Thành ủy Hà Nội')).toBe('Hà Nội');
    expect(placeFromName('Thành uỷ Hà Nội')).toBe('Hà Nội');
    expect(placeFromName('Tỉnh ủy Nghệ An')).toBe('Nghệ An');
    expect(placeFromName('  Tỉnh ủy   Bắc Ninh ')).toBe('Bắc Ninh');
    expect(placeFromName('Đảng bộ tỉnh Nghệ An')).toBe('Nghệ An');
    expect(placeFromName('Đảng bộ thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeFromName('Ban Thường vụ Thành ủy Hải Phòng')).toBe('Hải Phòng');
    expect(placeFromName('Đảng ủy phường Cửa Nam')).toBe('Phường Cửa Nam');
    expect(placeFromName('Huyện ủy Sóc Sơn')).toBe('Sóc Sơn');
    // NFD input (as pasted from some editors) is read the same.
    expect(placeFromName('Thành ủy Hà Nội'.normalize('NFD'))).toBe('Hà Nội');
  });

  it('is not derived from a name without committee words, nor into nothing', () => {
    expect(placeFromName('Thành ủy')).toBeNull();
    expect(placeFromName('Văn phòng Thành ủy')).toBeNull();
    expect(placeFromName('Chi bộ Kết nạp')).toBeNull();
    expect(placeFromName('Đảng bộ Khối các cơ quan Thành phố')).toBeNull();
    expect(placeFromName('Thành ủy ……')).toBeNull();
  });

  it('is the unit’s own, else the nearest ancestor’s, else from the root’s name, else the unit’s name', () => {
    const u = { name: 'Ban Tuyên giáo', place: null, inheritedPlace: null, rootName: 'Thành ủy Hà Nội' };
    expect(effectivePlace({ ...u, place: 'Sơn Tây', inheritedPlace: 'Hà Nội' })).toBe('Sơn Tây');
    expect(effectivePlace({ ...u, inheritedPlace: 'Hà Nội' })).toBe('Hà Nội');
    expect(effectivePlace(u)).toBe('Hà Nội');
    expect(effectivePlace({ ...u, rootName: 'Đảng bộ Khối các cơ quan' })).toBe('Ban Tuyên giáo');
    expect(effectivePlace({ ...u, rootName: 'Văn phòng' })).toBe('Ban Tuyên giáo');
    expect(effectivePlace({ ...u, place: '  ', rootName: null })).toBe('Ban Tuyên giáo');
  });

  it('must have letters and no dots standing for it', () => {
    expect(isPlaceName('Hà Nội')).toBe(true);
    for (const bad of ['', '……', '...', '___', '123']) expect(isPlaceName(bad), bad).toBe(false);
  });
});
