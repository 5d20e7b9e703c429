// The election regulation's figures (docs/congresses.md), as versioned rules: the candidate surplus,
// the majority and its base, which ballots are invalid. The tie rule is fixed (see TIE_RULE). An
// election keeps the versions in force on the day it was created.

import { z } from '../validation.ts';
import type { RuleField } from './catalog.ts';
import { int, rule } from './define.ts';

const QUY_CHE =
  'Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định 190-QĐ/TW ngày 10/10/2024 của Bộ Chính trị';

const SURPLUS_FIELDS = [
  { name: 'percent', label: 'Số dư tối đa', unit: '% số lượng cần bầu', min: 0, max: 100 },
  { name: 'minExtra', label: 'Luôn được dư ít nhất', unit: 'người', min: 0, max: 5 },
] as const satisfies readonly RuleField[];

const MAJORITY_FIELDS = [
  {
    name: 'base',
    label: 'Căn cứ tính (1: tổng số phiếu hợp lệ; 2: tổng số người được triệu tập)',
    unit: '',
    min: 1,
    max: 2,
  },
  { name: 'percent', label: 'Trúng cử khi số phiếu bầu vượt quá', unit: '% căn cứ', min: 50, max: 99 },
] as const satisfies readonly RuleField[];

const VALIDITY_FIELDS = [
  {
    name: 'overSeatsInvalid',
    label: 'Phiếu bầu nhiều hơn số lượng cần bầu là phiếu không hợp lệ (1: có; 0: không)',
    unit: '',
    min: 0,
    max: 1,
  },
  {
    name: 'blankInvalid',
    label: 'Phiếu gạch tên tất cả (danh sách có số dư) là phiếu không hợp lệ (1: có; 0: không)',
    unit: '',
    min: 0,
    max: 1,
  },
] as const satisfies readonly RuleField[];

export const surplusSchema = z.strictObject({ percent: int(0, 100), minExtra: int(0, 5) });
export type SurplusRule = z.infer<typeof surplusSchema>;
export const majoritySchema = z.strictObject({ base: int(1, 2), percent: int(50, 99) });
export type MajorityRule = z.infer<typeof majoritySchema>;
export const validitySchema = z.strictObject({ overSeatsInvalid: int(0, 1), blankInvalid: int(0, 1) });
export type ValidityRule = z.infer<typeof validitySchema>;

/**
 * Candidates tied across the last seat are none of them elected: they go to another round among
 * themselves (the count record marks them). Fixed by the regulation's majority principle; not a figure.
 */
export const TIE_RULE = {
  text: 'Những người có số phiếu bằng nhau ở vị trí cuối cùng mà vượt quá số lượng cần bầu thì chưa ai trúng cử; đại hội bầu tiếp trong số những người đó.',
  source: `Cần xác minh: ${QUY_CHE} (nguyên tắc đa số quá bán, bầu tiếp khi số phiếu bằng nhau)`,
} as const;

export const CONGRESS_RULES = {
  'congresses.candidate_surplus': rule<SurplusRule>({
    key: 'congresses.candidate_surplus',
    area: 'congresses',
    label: 'Số dư ứng cử viên tối đa trong danh sách bầu cử',
    description:
      'Số người dư (danh sách trừ số lượng cần bầu) không được quá tỷ lệ này của số lượng cần bầu, làm tròn xuống; nhưng danh sách luôn được dư ít nhất số người tối thiểu (danh sách cấp ủy phải nhiều hơn số lượng cần bầu).',
    schema: surplusSchema,
    defaultValue: { percent: 30, minExtra: 1 },
    source: `${QUY_CHE}, Điều 14 khoản 1 (số dư không quá 30%); Cần xác minh: cách làm tròn khi số lượng cần bầu nhỏ (luôn cho dư 1 người)`,
    verified: false,
    form: { kind: 'fields', fields: [...SURPLUS_FIELDS] },
  }),
  'congresses.majority': rule<MajorityRule>({
    key: 'congresses.majority',
    area: 'congresses',
    label: 'Nguyên tắc trúng cử (đa số quá bán) và căn cứ tính',
    description:
      'Người trúng cử phải có số phiếu bầu vượt quá tỷ lệ này của căn cứ tính; biên bản kiểm phiếu ghi cả tỷ lệ so với phiếu hợp lệ và so với số người được triệu tập.',
    schema: majoritySchema,
    defaultValue: { base: 1, percent: 50 },
    source: `Cần xác minh: ${QUY_CHE}, Điều 2 (đa số quá bán); căn cứ tính là tổng số phiếu bầu hợp lệ hay tổng số người được triệu tập chưa đối chiếu được với văn bản`,
    verified: false,
    form: { kind: 'fields', fields: [...MAJORITY_FIELDS] },
  }),
  'congresses.delegate_discipline_months': rule({
    key: 'congresses.delegate_discipline_months',
    area: 'congresses',
    label: 'Thẩm tra tư cách đại biểu: kỷ luật trong thời gian gần',
    description:
      'Đại biểu bị kỷ luật trong chừng ấy tháng trước ngày đại hội được nêu trong kết quả thẩm tra tư cách để ban thẩm tra xem xét.',
    schema: int(0, 60),
    defaultValue: 12,
    source:
      'Cần xác minh: thời hạn xem xét kỷ luật khi thẩm tra tư cách đại biểu theo hướng dẫn của cấp ủy triệu tập đại hội (Chỉ thị 45-CT/TW ngày 14/4/2025)',
    verified: false,
    form: { kind: 'number', label: 'Số tháng trước ngày đại hội', unit: 'tháng', min: 0, max: 60 },
  }),
  'congresses.ballot_validity': rule<ValidityRule>({
    key: 'congresses.ballot_validity',
    area: 'congresses',
    label: 'Phiếu bầu không hợp lệ',
    description:
      'Phiếu được nhập là hợp lệ nhưng bầu nhiều hơn số lượng cần bầu, hoặc gạch tên tất cả khi danh sách có số dư, được tính là phiếu không hợp lệ.',
    schema: validitySchema,
    defaultValue: { overSeatsInvalid: 1, blankInvalid: 1 },
    source: `Cần xác minh: ${QUY_CHE} (điều về phiếu bầu); nội dung theo Quy chế ban hành kèm Quyết định 244-QĐ/TW năm 2014, Điều 17 khoản 2`,
    verified: false,
    form: { kind: 'fields', fields: [...VALIDITY_FIELDS] },
  }),
} as const;
