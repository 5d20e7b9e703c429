// Self-review and rating (Quy định 366-QĐ/TW of 30/8/2025, Hướng dẫn 43-HD/BTCTW of 31/10/2025):
// the review period (a year, or a quarter of it), the individual review forms and whom each is for,
// the sections a member writes, and the criteria the app computes beside them (tasks on time, fees
// paid). Pure: the services feed it figures and store what it says.
import type { RatingCategory } from '../members/rating.ts';
import { nfc } from '../text.ts';

// ---- Period ------------------------------------------------------------------------------------

/** 0 = the year; 1–4 = a quarter of it. Quarterly reviews were added by Quy định 366-QĐ/TW. */
export type Quarter = 0 | 1 | 2 | 3 | 4;

export interface Period {
  year: number;
  quarter: Quarter;
  from: string;
  to: string;
  /** «năm 2025», «quý II năm 2025». */
  label: string;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function periodOf(year: number, quarter: Quarter = 0): Period {
  const firstMonth = quarter === 0 ? 1 : quarter * 3 - 2;
  const lastMonth = quarter === 0 ? 12 : quarter * 3;
  return {
    year,
    quarter,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`,
    label: quarter === 0 ? `năm ${year}` : `quý ${ROMAN[quarter]} năm ${year}`,
  };
}

/** The months (YYYY-MM) of a period. */
export function monthsOf(p: Period): string[] {
  const first = Number(p.from.slice(5, 7));
  const last = Number(p.to.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => `${p.year}-${pad(first + i)}`);
}

/** Why a period cannot be reviewed on `today` (it has not begun), or null. */
export function periodProblem(p: Period, today: string): string | null {
  return p.from > today ? `Chưa thể kiểm điểm ${p.label}: kỳ đánh giá chưa bắt đầu.` : null;
}

// ---- Individual forms ----------------------------------------------------------------------------

export const REVIEW_FORMS = ['2A', '2B', '2C'] as const;
export type ReviewForm = (typeof REVIEW_FORMS)[number];

/** Whom each form is for, as the guidance's appendix titles them. */
export const REVIEW_FORM_LABELS: Record<ReviewForm, string> = {
  '2A': 'Mẫu 2A — cá nhân là cán bộ lãnh đạo, quản lý',
  '2B': 'Mẫu 2B — cán bộ, công chức, viên chức, người lao động không giữ chức vụ lãnh đạo, quản lý',
  '2C': 'Mẫu 2C — đảng viên không làm việc trong hệ thống chính trị',
};

export const REVIEW_FORMS_SOURCE =
  'Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương, Phụ lục (Mẫu 01, 2A, 2B, 2C-HD KĐ.ĐG 2025)';

export interface ReviewSection {
  key: string;
  label: string;
  /** Forms that carry it. */
  forms: readonly ReviewForm[];
  /** Asked in a quarterly review too (the quarter's review is the lighter one: results and remedies). */
  quarterly: boolean;
}

export const REVIEW_SECTIONS: readonly ReviewSection[] = [
  {
    key: 'politics',
    label:
      'Tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc',
    forms: REVIEW_FORMS,
    quarterly: false,
  },
  {
    key: 'duties',
    label: 'Kết quả thực hiện chức trách, nhiệm vụ được giao',
    forms: ['2A', '2B'],
    quarterly: true,
  },
  {
    key: 'duties',
    label: 'Kết quả thực hiện nhiệm vụ đảng viên (nhiệm vụ chi bộ phân công, nghĩa vụ công dân nơi cư trú)',
    forms: ['2C'],
    quarterly: true,
  },
  {
    key: 'leadership',
    label: 'Kết quả lãnh đạo, chỉ đạo, quản lý, điều hành; trách nhiệm nêu gương',
    forms: ['2A'],
    quarterly: true,
  },
  {
    key: 'pledge',
    label: 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
    forms: REVIEW_FORMS,
    quarterly: false,
  },
  {
    key: 'shortcomings',
    label: 'Hạn chế, khuyết điểm và nguyên nhân',
    forms: REVIEW_FORMS,
    quarterly: true,
  },
  {
    key: 'remedied',
    label: 'Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước',
    forms: REVIEW_FORMS,
    quarterly: false,
  },
  {
    key: 'collective',
    label: 'Trách nhiệm của cá nhân đối với hạn chế, khuyết điểm của tập thể (nếu có)',
    forms: ['2A'],
    quarterly: false,
  },
  {
    key: 'direction',
    label: 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
    forms: REVIEW_FORMS,
    quarterly: true,
  },
];

/** The sections of a form in a period (a quarter asks fewer). */
export function sectionsOf(form: ReviewForm, quarter: Quarter): { key: string; label: string }[] {
  return REVIEW_SECTIONS.filter((s) => s.forms.includes(form) && (quarter === 0 || s.quarterly)).map((s) => ({
    key: s.key,
    label: s.label,
  }));
}

/** Why a set of sections cannot be kept under a form, or null (unknown keys: they would be lost). */
export function sectionsProblem(
  form: ReviewForm,
  quarter: Quarter,
  sections: Record<string, string>,
): string | null {
  const allowed = new Set(sectionsOf(form, quarter).map((s) => s.key));
  const stray = Object.keys(sections).filter((k) => !allowed.has(k));
  return stray.length > 0
    ? `Mục «${stray.join(', ')}» không có trong ${REVIEW_FORM_LABELS[form].split(' — ')[0]}${quarter ? ' (kiểm điểm quý)' : ''}.`
    : null;
}

const fold = (s: string) => nfc(s).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** Words of a post that make its holder a leader or manager (folded, whole words). */
const LEADING_POSTS = [
  'bi thu',
  'chu tich',
  'giam doc',
  'truong',
  'chanh',
  'chu nhiem',
  'thu truong',
  'tong bien tap',
  'chi huy',
  'cap uy vien',
  'uy vien ban thuong vu',
];
/** Occupations outside the political system. */
const OUTSIDE_SYSTEM = [
  'nghi huu',
  'huu tri',
  'nong dan',
  'sinh vien',
  'hoc sinh',
  'lao dong tu do',
  'kinh doanh',
  'doanh nghiep',
];

const hasWord = (text: string, word: string) => new RegExp(`(^|[^a-z])${word}([^a-z]|$)`).test(text);

/**
 * The form a member's review is suggested on: 2C for members outside the political system (retired,
 * students, farmers, private business: by the fee basis or the occupation), 2A for those holding a
 * leading or managing post, else 2B. The chi bộ may choose another; the review keeps the choice.
 */
export function suggestedForm(m: {
  position: string | null;
  occupation: string | null;
  feeBasis: string;
}): ReviewForm {
  const occupation = fold(m.occupation ?? '');
  if (m.feeBasis === 'pension' || m.feeBasis === 'student') return '2C';
  if (OUTSIDE_SYSTEM.some((w) => hasWord(occupation, w))) return '2C';
  const post = fold(m.position ?? '');
  return LEADING_POSTS.some((w) => hasWord(post, w)) ? '2A' : '2B';
}

// ---- Computed criteria -------------------------------------------------------------------------

export interface TaskFigures {
  /** Tasks due in the period that are already due (done, or past their deadline). */
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
}

export interface TaskCriterion extends TaskFigures {
  /** Share done on time, 0–100 with one decimal (null when nothing was due). */
  onTimePercent: number | null;
  allOnTime: boolean;
  /** Share late (done late or overdue), 0–100. */
  latePercent: number | null;
  /** Whether the late share stays within the rule (`reviews.late_tasks_max_percent`). */
  withinLateLimit: boolean;
  /** The highest grade the tasks allow: xuất sắc only with all on time; không hoàn thành past the limit. */
  maxCategory: RatingCategory;
}

const share = (n: number, of: number) => (of === 0 ? null : Math.round((n * 1000) / of) / 10);

export function taskCriterion(f: TaskFigures, lateMaxPercent: number): TaskCriterion {
  const late = f.doneLate + f.overdue;
  const latePercent = share(late, f.due);
  const allOnTime = f.due > 0 && f.doneOnTime === f.due;
  const withinLateLimit = latePercent === null || latePercent <= lateMaxPercent;
  return {
    ...f,
    onTimePercent: share(f.doneOnTime, f.due),
    allOnTime,
    latePercent,
    withinLateLimit,
    maxCategory: allOnTime ? 'xuat_sac' : withinLateLimit ? 'tot' : 'khong_hoan_thanh',
  };
}

export interface FeeMonth {
  month: string;
  /** What was owed that month after exemptions and reliefs (0: nothing owed). */
  due: number;
  paid: boolean;
}

export interface FeeCriterion {
  monthsOwed: number;
  monthsPaid: number;
  /** Months owed and not paid (YYYY-MM). */
  unpaid: string[];
  allPaid: boolean;
}

export function feeCriterion(months: readonly FeeMonth[]): FeeCriterion {
  const owed = months.filter((m) => m.due > 0);
  const unpaid = owed.filter((m) => !m.paid).map((m) => m.month);
  return {
    monthsOwed: owed.length,
    monthsPaid: owed.length - unpaid.length,
    unpaid,
    allPaid: unpaid.length === 0,
  };
}
