import type { RuleField } from './catalog.ts';
import { fieldsSchema, rule } from './define.ts';

/** The kinds of unit (domain/orgs.ts) as fields: the percentage of what reaches it that it keeps. */
export const KEPT_SHARE_FIELDS = [
  { name: 'cell', label: 'Chi bộ trực thuộc giữ lại', unit: '%', min: 0, max: 100 },
  { name: 'grassroots', label: 'Tổ chức cơ sở đảng giữ lại', unit: '%', min: 0, max: 100 },
  {
    name: 'direct_committee',
    label: 'Đảng ủy cấp trên trực tiếp cơ sở giữ lại',
    unit: '%',
    min: 0,
    max: 100,
  },
  { name: 'provincial', label: 'Tỉnh ủy, Thành ủy giữ lại', unit: '%', min: 0, max: 100 },
  { name: 'central', label: 'Trung ương giữ lại', unit: '%', min: 100, max: 100 },
  { name: 'board', label: 'Ban, văn phòng, ủy ban kiểm tra giữ lại', unit: '%', min: 0, max: 100 },
] as const satisfies readonly RuleField[];

export const FEE_RELIEF_FIELDS = [
  { name: 'reduceLow', label: 'Mức giảm thứ nhất', unit: '%', min: 1, max: 99 },
  { name: 'reduceMid', label: 'Mức giảm thứ hai', unit: '%', min: 1, max: 99 },
  { name: 'reduceHigh', label: 'Mức giảm thứ ba', unit: '%', min: 1, max: 99 },
  { name: 'maxMonths', label: 'Thời gian miễn, giảm tối đa mỗi lần', unit: 'tháng', min: 1, max: 60 },
] as const satisfies readonly RuleField[];

/** Spending categories of the grassroots fund: 1 in use, 0 no longer offered for new entries. */
export const FUND_CATEGORY_FIELDS = [
  { name: 'papers', label: 'Mua báo, tạp chí của Đảng (1: dùng, 0: thôi)', unit: '', min: 0, max: 1 },
  { name: 'congress', label: 'Tổ chức đại hội đảng (1: dùng, 0: thôi)', unit: '', min: 0, max: 1 },
  {
    name: 'awards',
    label: 'Khen thưởng hoạt động công tác đảng (1: dùng, 0: thôi)',
    unit: '',
    min: 0,
    max: 1,
  },
  {
    name: 'training',
    label: 'Đào tạo, bồi dưỡng cấp ủy viên, đảng viên (1: dùng, 0: thôi)',
    unit: '',
    min: 0,
    max: 1,
  },
  {
    name: 'office',
    label: 'Dịch vụ công cộng, vật tư văn phòng (1: dùng, 0: thôi)',
    unit: '',
    min: 0,
    max: 1,
  },
  { name: 'support', label: 'Thăm hỏi, hỗ trợ đảng viên (1: dùng, 0: thôi)', unit: '', min: 0, max: 1 },
  {
    name: 'activities',
    label: 'Chi hoạt động công tác đảng khác (1: dùng, 0: thôi)',
    unit: '',
    min: 0,
    max: 1,
  },
] as const satisfies readonly RuleField[];

const FEE_REGULATION = 'Quy định 01-QĐ/TW ngày 03/02/2026 của Ban Chấp hành Trung ương về chế độ đảng phí';

export const FINANCE_RULES = {
  'finance.kept_shares': rule({
    key: 'finance.kept_shares',
    area: 'finance',
    label: 'Tỷ lệ đảng phí được trích giữ lại ở mỗi cấp',
    description:
      'Mỗi đơn vị giữ lại tỷ lệ này của số đảng phí đến tay mình trong tháng (do đảng viên của mình nộp và do cấp dưới nộp lên), làm tròn xuống đến đồng, và nộp phần còn lại lên cấp trên.',
    schema: fieldsSchema(KEPT_SHARE_FIELDS),
    defaultValue: { cell: 30, grassroots: 90, direct_committee: 50, provincial: 50, central: 100, board: 0 },
    source: `Cần xác minh: tỷ lệ trích giữ lại theo ${FEE_REGULATION} và hướng dẫn của Văn phòng Trung ương; mặc định theo tỷ lệ quen dùng trước đây (chi bộ trực thuộc 30%, tổ chức cơ sở đảng xã, phường 90%), mỗi đảng bộ nhập tỷ lệ của mình`,
    verified: false,
    form: { kind: 'fields', fields: [...KEPT_SHARE_FIELDS] },
  }),
  'finance.fee_relief': rule({
    key: 'finance.fee_relief',
    area: 'finance',
    label: 'Miễn, giảm đảng phí',
    description:
      'Đảng viên thuộc hộ nghèo, ốm đau nặng, gặp khó khăn được miễn hoặc giảm đảng phí theo một trong ba mức, mỗi lần không quá số tháng này.',
    schema: fieldsSchema(FEE_RELIEF_FIELDS),
    defaultValue: { reduceLow: 30, reduceMid: 50, reduceHigh: 70, maxMonths: 12 },
    source: FEE_REGULATION,
    verified: true,
    form: { kind: 'fields', fields: [...FEE_RELIEF_FIELDS] },
  }),
  'finance.fund_categories': rule({
    key: 'finance.fund_categories',
    area: 'finance',
    label: 'Nội dung chi của quỹ tổ chức cơ sở đảng',
    description: 'Các nội dung chi được ghi vào sổ quỹ của tổ chức cơ sở đảng (1: đang dùng, 0: thôi dùng).',
    schema: fieldsSchema(FUND_CATEGORY_FIELDS),
    defaultValue: { papers: 1, congress: 1, awards: 1, training: 1, office: 1, support: 1, activities: 1 },
    source:
      'Cần xác minh: danh mục nội dung chi theo Quy định 99-QĐ/TW năm 2012 của Ban Bí thư về chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng, đảng bộ cấp trên trực tiếp cơ sở, và Hướng dẫn 21-HD/VPTW năm 2013 của Văn phòng Trung ương Đảng',
    verified: false,
    form: { kind: 'fields', fields: [...FUND_CATEGORY_FIELDS] },
  }),
} as const;

export type FundCategory = (typeof FUND_CATEGORY_FIELDS)[number]['name'];
export const FUND_CATEGORIES = FUND_CATEGORY_FIELDS.map((f) => f.name) as FundCategory[];
export const FUND_CATEGORY_LABELS = Object.fromEntries(
  FUND_CATEGORY_FIELDS.map((f) => [f.name, f.label.replace(/ \(1: dùng, 0: thôi\)$/, '')]),
) as Record<FundCategory, string>;
