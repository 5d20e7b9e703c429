// The fixed query set of the search measurements: common words (10%+ of documents), words of middling
// frequency, rare terms and names (well under 1%), the same without diacritics, symbol fragments, and
// queries with the register's filters. Their places in the Zipf law are in lib/vocab.ts (PLACED).
export interface SearchQuery {
  label: string;
  q: string;
  direction?: 'in' | 'out' | 'internal';
  typeCode?: string;
  from?: string;
  to?: string;
}

export const QUERIES: SearchQuery[] = [
  { label: 'common: đảng viên', q: 'đảng viên' },
  { label: 'common: kiểm tra', q: 'kiểm tra' },
  { label: 'common: kinh tế - xã hội', q: 'kinh tế - xã hội' },
  { label: 'common: chuyển đổi số', q: 'chuyển đổi số' },
  { label: 'mid: an ninh trật tự', q: 'an ninh trật tự' },
  { label: 'mid: sáp nhập', q: 'sáp nhập' },
  { label: 'mid: đảng phí', q: 'đảng phí' },
  { label: 'mid: tham nhũng', q: 'tham nhũng' },
  { label: 'mid: giải phóng mặt bằng', q: 'giải phóng mặt bằng' },
  { label: 'no diacritics: giai phong mat bang', q: 'giai phong mat bang' },
  { label: 'mid: ô nhiễm môi trường', q: 'ô nhiễm môi trường' },
  { label: 'no diacritics: o nhiem moi truong', q: 'o nhiem moi truong' },
  { label: 'rare: dập khuôn', q: 'dập khuôn' },
  { label: 'no diacritics: dap khuon', q: 'dap khuon' },
  { label: 'rare: Ô Chợ Dừa', q: 'Ô Chợ Dừa' },
  { label: 'rare: ngập úng', q: 'ngập úng' },
  { label: 'symbol: 34-CT', q: '34-CT' },
  { label: 'symbol: 13140', q: '13140' },
  { label: 'filters: báo cáo, BC, from 2025', q: 'báo cáo', typeCode: 'BC', from: '2025-01-01' },
  {
    label: 'filters: an ninh, in, 2024',
    q: 'an ninh',
    direction: 'in',
    from: '2024-01-01',
    to: '2024-12-31',
  },
];

export function queryString(s: SearchQuery, limit = 20): string {
  const p = new URLSearchParams({ q: s.q, limit: String(limit) });
  if (s.direction) p.set('direction', s.direction);
  if (s.typeCode) p.set('typeCode', s.typeCode);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  return p.toString();
}
