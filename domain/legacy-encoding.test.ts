import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, tcvn3ToUnicode, toUnicodeText, vniToUnicode } from './legacy-encoding.ts';

describe('TCVN3 (ABC, .VnTime)', () => {
  it('converts real place names', () => {
    expect(tcvn3ToUnicode('B¶o Th¾ng')).toBe('Bảo Thắng');
    expect(tcvn3ToUnicode('M­êng Kh­¬ng')).toBe('Mường Khương');
    expect(tcvn3ToUnicode('B¸t X¸t')).toBe('Bát Xát');
  });

  it('converts a Party document heading and body', () => {
    expect(tcvn3ToUnicode('§¶ng céng s¶n viÖt nam')).toBe('Đảng cộng sản việt nam');
    expect(tcvn3ToUnicode('Ban Th­êng vô Thµnh ñy')).toBe('Ban Thường vụ Thành ủy');
    expect(tcvn3ToUnicode('gi¶i phãng mÆt b»ng')).toBe('giải phóng mặt bằng');
  });

  it('is detected', () => {
    expect(detectLegacyEncoding('Ban Th­êng vô Thµnh ñy yªu cÇu c¸c cÊp ñy')).toBe('tcvn3');
  });
});

describe('VNI (VNI-Times)', () => {
  it('converts real strings', () => {
    expect(vniToUnicode('Vieät Nam')).toBe('Việt Nam');
    expect(vniToUnicode('Ñaûng Coäng saûn Vieät Nam')).toBe('Đảng Cộng sản Việt Nam');
    expect(vniToUnicode('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(vniToUnicode('Thaønh phoá Hoà Chí Minh')).toBe('Thành phố Hồ Chí Minh');
    expect(vniToUnicode('ngöôøi lao ñoäng')).toBe('người lao động');
    expect(vniToUnicode('Thöôøng vuï Thaønh uûy')).toBe('Thường vụ Thành ủy');
  });

  it('is detected', () => {
    expect(detectLegacyEncoding('Ñaûng Coäng saûn Vieät Nam')).toBe('vni');
  });
});

describe('Unicode stays Unicode', () => {
  it('does not touch Unicode Vietnamese, English or French', () => {
    for (const s of [
      'Đảng Cộng sản Việt Nam',
      'The quick brown fox',
      'Un été à Paris, très agréable',
      '34-CT/TU ngày 5/3/2026',
    ]) {
      expect(detectLegacyEncoding(s)).toBe('unicode');
      expect(toUnicodeText(s).text).toBe(s.normalize('NFC'));
    }
  });

  it('returns NFC', () => {
    expect(toUnicodeText('Nguye\u0302\u0303n').text).toBe('Nguyễn');
  });
});

describe('TCVN3 with letters that VNI also uses', () => {
  it('is still TCVN3 (ô ñ Ö are ụ ủ ệ here)', () => {
    const s = 'Ban Th\u00ADêng vô Thµnh ñy yªu cÇu c¸c cÊp ñy tæ chøc thùc hiÖn nghiªm tóc.';
    expect(detectLegacyEncoding(s)).toBe('tcvn3');
    expect(tcvn3ToUnicode(s)).toBe('Ban Thường vụ Thành ủy yêu cầu các cấp ủy tổ chức thực hiện nghiêm túc.');
  });
});
