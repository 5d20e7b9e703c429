// The catalogue of rules that come from a regulation (a duration, a frequency, a threshold, a score
// sheet): each with its key, its Vietnamese label, the zod schema its value must pass, the default
// value, the regulation it comes from (or "Cần xác minh: …" for a figure not yet confirmed) and how
// an administrator's form shows it. The values themselves are versioned data in the database
// (server/modules/rules/): a record keeps the version in force when it started. Each area adds its
// rules here; docs/meetings.md explains the facility.
import { isoDate, text, z } from '../validation.ts';
import { CONGRESS_RULES } from './congresses.ts';
import { fieldsSchema, int, rule } from './define.ts';
import { FINANCE_RULES } from './finance.ts';
import { INSPECTION_RULES } from './inspections.ts';
import { WORKDAY_RULES } from './workdays.ts';

/** A field of an object value shown as a number input. */
export interface RuleField {
  name: string;
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** How the admin's form shows a value. */
export type RuleForm =
  | { kind: 'number'; label: string; unit: string; min: number; max: number }
  | { kind: 'fields'; fields: RuleField[] }
  /** The meeting quality score: criteria (code, label, max points) and grades (code, label, min points). */
  | { kind: 'criteria' };

export interface RuleDef<T = unknown> {
  key: string;
  area: string;
  label: string;
  description: string;
  schema: z.ZodType<T>;
  defaultValue: T;
  /** The regulation and article; a figure still to be confirmed starts with "Cần xác minh". */
  source: string;
  /** Whether a public source confirms the default (false: "to verify", shown as such). */
  verified: boolean;
  form: RuleForm;
}

/** Every default counts from this date, so that every record, however old, finds a version. */
export const DEFAULTS_FROM = '1930-02-03';

const DURATION_FIELDS = [
  { name: 'single', label: 'Một cuộc sinh hoạt (thường kỳ hoặc chuyên đề)', unit: 'phút', min: 15, max: 600 },
  { name: 'combined', label: 'Thường kỳ kết hợp chuyên đề', unit: 'phút', min: 15, max: 600 },
] as const satisfies readonly RuleField[];

const FREQUENCY_FIELDS = [
  { name: 'regularPerMonth', label: 'Sinh hoạt thường kỳ tối thiểu mỗi tháng', unit: 'lần', min: 0, max: 10 },
  {
    name: 'thematicPerQuarter',
    label: 'Sinh hoạt chuyên đề tối thiểu mỗi quý',
    unit: 'lần',
    min: 0,
    max: 10,
  },
] as const satisfies readonly RuleField[];

// Early warning of hot issues (docs/intel.md): the detector's parameters. No regulation sets them.
const INTEL_DETECTOR_FIELDS = [
  { name: 'windowDays', label: 'Cửa sổ gần đây (bội số của 7)', unit: 'ngày', min: 7, max: 84 },
  { name: 'baselineWeeks', label: 'Mức nền: số tuần ngay trước cửa sổ', unit: 'tuần', min: 4, max: 26 },
  { name: 'minBaselineWeeks', label: 'Số tuần có số liệu tối thiểu để xét', unit: 'tuần', min: 1, max: 26 },
  { name: 'alphaPerMille', label: 'Ngưỡng xác suất do ngẫu nhiên', unit: '‰', min: 1, max: 100 },
  { name: 'minRecent', label: 'Số vụ tối thiểu trong cửa sổ', unit: 'vụ', min: 1, max: 1000 },
  { name: 'minRatioPercent', label: 'Mức tăng tối thiểu so với mức nền', unit: '%', min: 100, max: 1000 },
  {
    name: 'seasonYears',
    label: 'Số năm trước dùng để tính mùa vụ (0: không tính)',
    unit: 'năm',
    min: 0,
    max: 3,
  },
  { name: 'priorWeight', label: 'Trọng số giả định không có mùa vụ', unit: 'vụ', min: 0, max: 1000 },
] as const satisfies readonly RuleField[];

const INTEL_NEIGHBOUR_FIELDS = [
  { name: 'minUnits', label: 'Số đơn vị cùng cấp tăng cùng lúc tối thiểu', unit: 'đơn vị', min: 2, max: 50 },
  { name: 'loosePerMille', label: 'Ngưỡng để một đơn vị được tính là tăng', unit: '‰', min: 1, max: 500 },
  { name: 'alphaPerMille', label: 'Ngưỡng xác suất do ngẫu nhiên', unit: '‰', min: 1, max: 100 },
  { name: 'minRecent', label: 'Số vụ tối thiểu của mỗi đơn vị', unit: 'vụ', min: 1, max: 1000 },
] as const satisfies readonly RuleField[];

const INTEL_CHOICE =
  'Lựa chọn của vanphong (không có văn bản quy định); phương pháp và số đo trên chuỗi số liệu mô phỏng: docs/intel.md';

const code = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,29}$/, { message: 'chỉ gồm chữ thường không dấu, số và dấu _' });

/** The meeting quality sheet: criteria with their maximum points, grades by minimum total. */
export const qualitySchema = z
  .strictObject({
    criteria: z
      .array(z.strictObject({ code, label: text(200), maxPoints: int(1, 1000) }))
      .min(1)
      .max(30),
    grades: z
      .array(z.strictObject({ code, label: text(100), minPoints: int(0, 30_000) }))
      .min(1)
      .max(10),
  })
  .superRefine((v, ctx) => {
    const dup = (xs: readonly string[]) => xs.find((x, i) => xs.indexOf(x) !== i);
    const c = dup(v.criteria.map((x) => x.code));
    if (c) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `mã «${c}» bị trùng` });
    const g = dup(v.grades.map((x) => x.code));
    if (g) ctx.addIssue({ code: 'custom', path: ['grades'], message: `mã «${g}» bị trùng` });
    const mins = v.grades.map((x) => String(x.minPoints));
    if (dup(mins))
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'hai mức cùng số điểm tối thiểu' });
    if (!v.grades.some((x) => x.minPoints === 0))
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'phải có một mức từ 0 điểm' });
    const total = v.criteria.reduce((a, x) => a + x.maxPoints, 0);
    if (v.grades.some((x) => x.minPoints > total))
      ctx.addIssue({
        code: 'custom',
        path: ['grades'],
        message: `mức điểm vượt tổng điểm tối đa (${total})`,
      });
  });
export type QualitySheet = z.infer<typeof qualitySchema>;

const CHI_THI_50 =
  'Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư; Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương';

export const RULES = {
  'meetings.min_duration': rule({
    key: 'meetings.min_duration',
    area: 'meetings',
    label: 'Thời lượng tối thiểu của cuộc sinh hoạt chi bộ',
    description:
      'Cuộc sinh hoạt ngắn hơn thời lượng này bị cảnh báo; khi sinh hoạt thường kỳ kết hợp chuyên đề thì dùng mức dài hơn.',
    schema: fieldsSchema(DURATION_FIELDS),
    defaultValue: { single: 90, combined: 120 },
    source: CHI_THI_50,
    verified: true,
    form: { kind: 'fields', fields: [...DURATION_FIELDS] },
  }),
  'meetings.frequency': rule({
    key: 'meetings.frequency',
    area: 'meetings',
    label: 'Số lần sinh hoạt chi bộ tối thiểu',
    description:
      'Tháng không đủ số cuộc sinh hoạt thường kỳ, quý không đủ số cuộc sinh hoạt chuyên đề thì bị cảnh báo.',
    schema: fieldsSchema(FREQUENCY_FIELDS),
    defaultValue: { regularPerMonth: 1, thematicPerQuarter: 1 },
    source: CHI_THI_50,
    verified: true,
    form: { kind: 'fields', fields: [...FREQUENCY_FIELDS] },
  }),
  'meetings.documents_lead_days': rule({
    key: 'meetings.documents_lead_days',
    area: 'meetings',
    label: 'Đăng tài liệu sinh hoạt trước ít nhất',
    description:
      'Tài liệu đăng lên (sổ tay đảng viên điện tử) muộn hơn số ngày này trước giờ họp thì cuộc họp bị cảnh báo.',
    schema: int(0, 30),
    defaultValue: 1,
    source: 'Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương',
    verified: true,
    form: { kind: 'number', label: 'Số ngày trước giờ họp', unit: 'ngày', min: 0, max: 30 },
  }),
  'meetings.report_days': rule({
    key: 'meetings.report_days',
    area: 'meetings',
    label: 'Thời hạn đăng nghị quyết và báo cáo cấp ủy cấp trên',
    description: 'Quá số ngày này sau ngày họp mà chưa báo cáo cấp trên thì cuộc họp bị cảnh báo.',
    schema: int(0, 60),
    defaultValue: 2,
    source:
      'Cần xác minh: thực tiễn hướng dẫn sinh hoạt chi bộ (nghị quyết đăng và báo cáo lên trong 2 ngày)',
    verified: false,
    form: { kind: 'number', label: 'Số ngày sau ngày họp', unit: 'ngày', min: 0, max: 60 },
  }),
  'meetings.absence_months': rule({
    key: 'meetings.absence_months',
    area: 'meetings',
    label: 'Số tháng bỏ sinh hoạt trong năm để xem xét xóa tên',
    description:
      'Đảng viên vắng sinh hoạt thường kỳ không có lý do chính đáng trong chừng ấy tháng của một năm được đưa vào danh sách để chi bộ xem xét, đề nghị xóa tên.',
    schema: int(1, 12),
    defaultValue: 3,
    source: 'Điều lệ Đảng Cộng sản Việt Nam, Điều 8 khoản 3',
    verified: true,
    form: { kind: 'number', label: 'Số tháng trong năm', unit: 'tháng', min: 1, max: 12 },
  }),
  'meetings.quality': rule<QualitySheet>({
    key: 'meetings.quality',
    area: 'meetings',
    label: 'Tiêu chí chấm điểm chất lượng sinh hoạt chi bộ',
    description: 'Các tiêu chí với điểm tối đa của từng tiêu chí, và các mức xếp loại theo tổng điểm.',
    schema: qualitySchema,
    defaultValue: {
      criteria: [
        { code: 'time', label: 'Thời gian sinh hoạt', maxPoints: 5 },
        { code: 'attendance', label: 'Tỷ lệ đảng viên tham dự', maxPoints: 5 },
        { code: 'preparation', label: 'Công tác chuẩn bị', maxPoints: 10 },
        { code: 'conduct', label: 'Tiến trình, nội dung sinh hoạt', maxPoints: 40 },
        { code: 'principles', label: 'Thực hiện nguyên tắc tổ chức, sinh hoạt đảng', maxPoints: 5 },
        { code: 'follow_up', label: 'Kiểm tra thực hiện nghị quyết kỳ trước', maxPoints: 30 },
        { code: 'closing', label: 'Kết thúc sinh hoạt, ban hành nghị quyết', maxPoints: 5 },
      ],
      grades: [
        { code: 'tot', label: 'Tốt', minPoints: 90 },
        { code: 'kha', label: 'Khá', minPoints: 70 },
        { code: 'trung_binh', label: 'Trung bình', minPoints: 50 },
        { code: 'kem', label: 'Kém', minPoints: 0 },
      ],
    },
    source:
      'Cần xác minh: thang 100 điểm theo hướng dẫn đánh giá chất lượng sinh hoạt chi bộ trước năm 2025 (thời gian 5, tham dự 5, chuẩn bị 10, tiến trình 40, nguyên tắc 5, theo dõi nghị quyết kỳ trước 30, kết thúc 5; Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Kém < 50)',
    verified: false,
    form: { kind: 'criteria' },
  }),
  'intel.detector': rule({
    key: 'intel.detector',
    area: 'intel',
    label: 'Cảnh báo sớm điểm nóng: so sánh với mức nền',
    description:
      'Một lĩnh vực ở một đơn vị (tính cả đơn vị trực thuộc) được cảnh báo khi số vụ việc trong cửa sổ gần đây vượt rõ mức nền của chính đơn vị: kiểm định đuôi nhị thức (beta-nhị thức khi có cùng kỳ năm trước), đã hiệu chỉnh độ phân tán.',
    schema: fieldsSchema(INTEL_DETECTOR_FIELDS).refine((v) => v.windowDays % 7 === 0, {
      path: ['windowDays'],
      message: 'phải là bội số của 7',
    }),
    defaultValue: {
      windowDays: 28,
      baselineWeeks: 12,
      minBaselineWeeks: 4,
      alphaPerMille: 10,
      minRecent: 5,
      minRatioPercent: 150,
      seasonYears: 2,
      priorWeight: 20,
    },
    source: INTEL_CHOICE,
    verified: false,
    form: { kind: 'fields', fields: [...INTEL_DETECTOR_FIELDS] },
  }),
  'intel.neighbours': rule({
    key: 'intel.neighbours',
    area: 'intel',
    label: 'Cảnh báo sớm điểm nóng: tăng đồng loạt ở các đơn vị cùng cấp',
    description:
      'Một lĩnh vực tăng cùng lúc ở nhiều đơn vị trực thuộc của một đơn vị hơn mức ngẫu nhiên cho phép thì đơn vị đó được cảnh báo.',
    schema: fieldsSchema(INTEL_NEIGHBOUR_FIELDS),
    defaultValue: { minUnits: 3, loosePerMille: 100, alphaPerMille: 10, minRecent: 3 },
    source: INTEL_CHOICE,
    verified: false,
    form: { kind: 'fields', fields: [...INTEL_NEIGHBOUR_FIELDS] },
  }),
  'intel.reminder_days': rule({
    key: 'intel.reminder_days',
    area: 'intel',
    label: 'Nhắc nộp báo cáo định kỳ trước hạn',
    description: 'Đơn vị được nhắc trước hạn nộp báo cáo chừng ấy ngày, vào ngày đến hạn và khi đã quá hạn.',
    schema: int(0, 14),
    defaultValue: 1,
    source: 'Lựa chọn của vanphong (không có văn bản quy định)',
    verified: false,
    form: { kind: 'number', label: 'Số ngày trước hạn', unit: 'ngày', min: 0, max: 14 },
  }),
  ...CONGRESS_RULES,
  ...INSPECTION_RULES,
  ...FINANCE_RULES,
  ...WORKDAY_RULES,
} as const;

export type RuleKey = keyof typeof RULES;
export type RuleValue<K extends RuleKey> = (typeof RULES)[K] extends RuleDef<infer T> ? T : never;
export const RULE_KEYS = Object.keys(RULES) as RuleKey[];

export function isRuleKey(key: string): key is RuleKey {
  return Object.hasOwn(RULES, key);
}

/** The catalogue entry of a key (a known one). */
export function ruleDef<K extends RuleKey>(key: K): (typeof RULES)[K] {
  return RULES[key];
}

/** The body of a new version (the value is checked by the rule's own schema on top of this). */
export const ruleVersionBody = z.strictObject({
  value: z.unknown(),
  source: text(500),
  effectiveFrom: isoDate,
  note: text(500, 0).optional(),
});
