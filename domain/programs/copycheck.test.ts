import { describe, expect, it } from 'vitest';
import { COPY_THRESHOLD, checkProgramme, normalise, similarity, unitNameVariants } from './copycheck.ts';

const NAMES = ['Đảng ủy phường Ô Chợ Dừa', 'Thành ủy Hà Nội'];
const S1 =
  'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của Thành phố năm 2026';
const S4 = 'Nâng cao chất lượng sinh hoạt chi bộ; quản lý đảng viên sinh hoạt nơi cư trú';

// The measured examples of docs/programs.md: [source, lower unit's item, is it a copy?]
const CASES: [string, string, boolean][] = [
  [
    S1,
    'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của phường năm 2026',
    true,
  ],
  [
    S1,
    'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của phường Ô Chợ Dừa năm 2026',
    true,
  ],
  [
    S1,
    'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội trên địa bàn phường năm 2026',
    true,
  ],
  [S1, S1.toUpperCase(), true],
  [S1, `${S1}; phấn đấu thu ngân sách đạt 350 tỷ đồng`, true],
  [
    S1,
    'Lãnh đạo hoàn thành giải phóng mặt bằng dự án đường Vành đai 1 đoạn qua phường; thu ngân sách trên địa bàn đạt 350 tỷ đồng, tăng 8% so với năm 2025',
    false,
  ],
  [
    S1,
    'Tập trung lãnh đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026: thu ngân sách đạt 350 tỷ đồng; hoàn thành cải tạo chợ Xã Đàn và 3 tuyến phố Hoàng Cầu, Đặng Tiến Đông, Thái Hà',
    false,
  ],
  [
    'Lãnh đạo tổ chức thành công Đại hội Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025 - 2030',
    'Lãnh đạo tổ chức thành công Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030',
    true,
  ],
  [S4, 'Tiếp tục nâng cao chất lượng sinh hoạt chi bộ và quản lý đảng viên sinh hoạt nơi cư trú', true],
  [
    S4,
    'Mỗi chi bộ tổ dân phố tổ chức ít nhất 1 buổi sinh hoạt chuyên đề mỗi quý; rà soát 1.250 đảng viên sinh hoạt nơi cư trú tại 42 tổ dân phố',
    false,
  ],
  [
    'Bảo đảm quốc phòng, an ninh, giữ vững trật tự an toàn xã hội trên địa bàn Thủ đô',
    'Bảo đảm quốc phòng, an ninh, giữ vững trật tự an toàn xã hội trên địa bàn phường',
    true,
  ],
  [
    'Bảo đảm quốc phòng, an ninh, giữ vững trật tự an toàn xã hội trên địa bàn Thủ đô',
    'Giải quyết dứt điểm tình trạng lấn chiếm vỉa hè tại phố Khâm Thiên, Xã Đàn; không để phát sinh điểm nóng về an ninh trật tự tại khu tập thể Kim Liên',
    false,
  ],
  [
    'Tập trung giải phóng mặt bằng, đẩy nhanh tiến độ các dự án trọng điểm của Thành phố',
    'Hoàn thành giải phóng mặt bằng 2,3 ha dự án mở rộng đường Hoàng Cầu - Voi Phục trong quý III/2026; vận động 27 hộ dân bàn giao mặt bằng',
    false,
  ],
];

describe('normalise', () => {
  it('neutralises level and unit names before folding, so "quận" never collides with "quán triệt"', () => {
    const words = (s: string) => normalise(s, NAMES).map((t) => t.word);
    expect(words('Quán triệt Nghị quyết của Quận ủy')).toEqual([
      'quan',
      'triet',
      'nghi',
      'quyet',
      'cua',
      'capdonvi',
    ]);
    expect(words('phát triển kinh tế - xã hội của xã')).toEqual([
      'phat',
      'trien',
      'kinh',
      'te',
      'xa',
      'hoi',
      'cua',
      'capdonvi',
    ]);
    expect(words('Ban Thường vụ Đảng ủy phường Ô Chợ Dừa')).toEqual(['capdonvi']);
    expect(words('Thành ủy Hà Nội và Thành phố Hà Nội')).toEqual(['capdonvi', 'va', 'capdonvi']);
  });
  it('marks numbers and place-like names inside a sentence as local content', () => {
    const local = normalise('Cải tạo chợ Đồng Xuân, thu 350 tỷ đồng', NAMES)
      .filter((t) => t.local)
      .map((t) => t.word);
    expect(local).toEqual(['dong', 'xuan', '350']);
  });
  it('derives the proper name of a unit', () => {
    expect(unitNameVariants('Đảng ủy phường Ô Chợ Dừa')).toEqual(['đảng ủy phường ô chợ dừa', 'ô chợ dừa']);
    expect(unitNameVariants('Thành ủy Hà Nội')).toEqual(['thành ủy hà nội', 'hà nội']);
  });
});

describe('similarity', () => {
  it.each(CASES)('%s ⟶ %s (copy: %s)', (source, item, copy) => {
    const s = similarity(source, item, NAMES);
    expect(s >= COPY_THRESHOLD).toBe(copy);
  });
  it('leaves a clear gap around the threshold on the measured examples', () => {
    const copies = CASES.filter((c) => c[2]).map((c) => similarity(c[0], c[1], NAMES));
    const locals = CASES.filter((c) => !c[2]).map((c) => similarity(c[0], c[1], NAMES));
    expect(Math.min(...copies)).toBeGreaterThan(COPY_THRESHOLD + 0.1);
    expect(Math.max(...locals)).toBeLessThan(COPY_THRESHOLD - 0.1);
  });
  it('is symmetric, 1 for identical text, 0 for empty text', () => {
    expect(similarity(S1, S4)).toBe(similarity(S4, S1));
    expect(similarity(S1, S1)).toBe(1);
    expect(similarity('', S1)).toBe(0);
  });
});

describe('checkProgramme', () => {
  it('scores the share of copied items; an item without a source is compared with every superior item', () => {
    const sources = [
      { id: 1, title: S1 },
      { id: 2, title: S4 },
    ];
    const items = [
      { id: 10, title: S1.replace('Thành phố', 'phường'), sourceItemId: 1 },
      { id: 11, title: CASES[9]![1], sourceItemId: 2 },
      {
        id: 12,
        title: 'Tiếp tục nâng cao chất lượng sinh hoạt chi bộ và quản lý đảng viên sinh hoạt nơi cư trú',
      },
      { id: 13, title: 'Vận động 100% hộ dân tổ dân phố số 5 phân loại rác tại nguồn' },
    ];
    const r = checkProgramme(items, sources, NAMES);
    expect(r.copyScore).toBe(0.5);
    expect(r.localItems).toBe(2);
    expect(r.copiedItems.map((c) => [c.itemId, c.sourceItemId])).toEqual([
      [10, 1],
      [12, 2],
    ]);
    expect(checkProgramme([], sources, NAMES)).toMatchObject({
      copyScore: 0,
      localItems: 0,
      copiedItems: [],
    });
    expect(checkProgramme(items, [], NAMES)).toMatchObject({ copyScore: 0, localItems: 4 });
  });
});
