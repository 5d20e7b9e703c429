// Annual quality rating (Quy định 366-QĐ/TW of 2025, docs/domain.md): 100 points, of which 30
// for the general criteria and 70 for results; the categories by thresholds. "Hoàn thành xuất sắc"
// also requires every task done on time.

export const RATING_PARTS = { general: 30, results: 70 } as const;

export const RATING_CATEGORIES = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type RatingCategory = (typeof RATING_CATEGORIES)[number];

export const RATING_LABELS: Record<RatingCategory, string> = {
  xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

/** Highest first: the first threshold a score meets is its category. */
export const RATING_THRESHOLDS: readonly {
  category: RatingCategory;
  minScore: number;
  requiresAllTasksOnTime: boolean;
}[] = [
  { category: 'xuat_sac', minScore: 90, requiresAllTasksOnTime: true },
  { category: 'tot', minScore: 70, requiresAllTasksOnTime: false },
  { category: 'hoan_thanh', minScore: 50, requiresAllTasksOnTime: false },
  { category: 'khong_hoan_thanh', minScore: 0, requiresAllTasksOnTime: false },
];

export function ratingCategory(score: number, allTasksOnTime: boolean): RatingCategory {
  for (const t of RATING_THRESHOLDS) {
    if (score >= t.minScore && (!t.requiresAllTasksOnTime || allTasksOnTime)) return t.category;
  }
  return 'khong_hoan_thanh';
}

/** Why a pair of scores cannot be accepted, or null. */
export function scoresProblem(general: number, results: number): string | null {
  if (general < 0 || general > RATING_PARTS.general)
    return `Điểm tiêu chí chung phải từ 0 đến ${RATING_PARTS.general}.`;
  if (results < 0 || results > RATING_PARTS.results)
    return `Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến ${RATING_PARTS.results}.`;
  return null;
}

/** The lower of two categories (`cap`: the highest a member may reach, e.g. when disciplined). */
export function atMost(category: RatingCategory, cap: RatingCategory): RatingCategory {
  return RATING_CATEGORIES.indexOf(category) < RATING_CATEGORIES.indexOf(cap) ? cap : category;
}
