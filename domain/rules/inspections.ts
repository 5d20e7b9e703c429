import type { RuleField } from './catalog.ts';
import { fieldsSchema, int, rule } from './define.ts';

const LIMITATION_FIELDS = [
  { name: 'khien_trach', label: 'Khiển trách', unit: 'năm', min: 1, max: 50 },
  { name: 'canh_cao', label: 'Cảnh cáo', unit: 'năm', min: 1, max: 50 },
  { name: 'cach_chuc', label: 'Cách chức', unit: 'năm', min: 1, max: 50 },
] as const satisfies readonly RuleField[];

const AWARD_FIELDS = [
  {
    name: 'giay_khen',
    label: 'Giấy khen: số năm liền hoàn thành xuất sắc nhiệm vụ',
    unit: 'năm',
    min: 1,
    max: 10,
  },
  {
    name: 'bang_khen',
    label: 'Bằng khen: số năm liền hoàn thành xuất sắc nhiệm vụ',
    unit: 'năm',
    min: 1,
    max: 10,
  },
  {
    name: 'co_thi_dua',
    label: 'Cờ thi đua: số năm liền hoàn thành xuất sắc nhiệm vụ',
    unit: 'năm',
    min: 1,
    max: 10,
  },
  {
    name: 'ky_niem_chuong',
    label: 'Kỷ niệm chương: số năm tuổi Đảng tối thiểu',
    unit: 'năm',
    min: 1,
    max: 60,
  },
] as const satisfies readonly RuleField[];

const ORG_LIMITATION_FIELDS = [
  { name: 'khien_trach', label: 'Khiển trách', unit: 'năm', min: 1, max: 50 },
  { name: 'canh_cao', label: 'Cảnh cáo', unit: 'năm', min: 1, max: 50 },
] as const satisfies readonly RuleField[];

export type OrgLimitationYears = { khien_trach: number; canh_cao: number };
/** Years an organisation's decision stays in force against awards, per form (giải tán: for good). */
export type OrgDisciplineAwardYears = { khien_trach: number; canh_cao: number };

const ORG_DISCIPLINE_AWARD_FIELDS = [
  { name: 'khien_trach', label: 'Khiển trách', unit: 'năm', min: 1, max: 10 },
  { name: 'canh_cao', label: 'Cảnh cáo', unit: 'năm', min: 1, max: 10 },
] as const satisfies readonly RuleField[];
export type LimitationYears = { khien_trach: number; canh_cao: number; cach_chuc: number };
export type AwardYears = { giay_khen: number; bang_khen: number; co_thi_dua: number; ky_niem_chuong: number };

export const INSPECTION_RULES = {
  'inspections.limitation_years': rule<LimitationYears>({
    key: 'inspections.limitation_years',
    area: 'inspections',
    label: 'Thời hiệu xử lý kỷ luật đảng viên',
    description:
      'Tính từ ngày có hành vi vi phạm đến ngày quyết định kỷ luật; quá thời hiệu thì không xử lý kỷ luật. Khai trừ và vi phạm về bảo vệ chính trị nội bộ không áp dụng thời hiệu.',
    schema: fieldsSchema(LIMITATION_FIELDS),
    defaultValue: { khien_trach: 5, canh_cao: 10, cach_chuc: 10 },
    source:
      'Quy định 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, sửa đổi, bổ sung bởi Quy định 264-QĐ/TW năm 2025 (thời hiệu xử lý kỷ luật)',
    verified: true,
    form: { kind: 'fields', fields: [...LIMITATION_FIELDS] },
  }),
  'inspections.org_limitation_years': rule<OrgLimitationYears>({
    key: 'inspections.org_limitation_years',
    area: 'inspections',
    label: 'Thời hiệu xử lý kỷ luật tổ chức đảng',
    description:
      'Tính từ ngày có hành vi vi phạm đến ngày quyết định kỷ luật tổ chức đảng; quá thời hiệu thì không xử lý kỷ luật. Giải tán không áp dụng thời hiệu.',
    schema: fieldsSchema(ORG_LIMITATION_FIELDS),
    defaultValue: { khien_trach: 5, canh_cao: 10 },
    source:
      'Cần xác minh: Quy định 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị, sửa đổi, bổ sung bởi Quy định 264-QĐ/TW năm 2025 (thời hiệu xử lý kỷ luật đối với tổ chức đảng: 5 năm khiển trách, 10 năm cảnh cáo; giải tán không áp dụng thời hiệu)',
    verified: false,
    form: { kind: 'fields', fields: [...ORG_LIMITATION_FIELDS] },
  }),
  'inspections.rating_disciplined_max': rule<number>({
    key: 'inspections.rating_disciplined_max',
    area: 'inspections',
    label: 'Xếp loại cao nhất của đảng viên bị kỷ luật trong năm',
    description:
      'Bậc xếp loại chất lượng cao nhất của đảng viên bị kỷ luật trong năm đánh giá (quyết định không bị hủy): 1 = Hoàn thành xuất sắc, 2 = Hoàn thành tốt, 3 = Hoàn thành, 4 = Không hoàn thành nhiệm vụ.',
    schema: int(1, 4),
    defaultValue: 3,
    source:
      'Cần xác minh: Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị và Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 (đảng viên bị kỷ luật trong năm không được xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên)',
    verified: false,
    form: { kind: 'number', label: 'Bậc xếp loại cao nhất (1–4)', unit: 'bậc', min: 1, max: 4 },
  }),
  'inspections.early_badge_hold_years': rule<number>({
    key: 'inspections.early_badge_hold_years',
    area: 'inspections',
    label: 'Không tặng sớm Huy hiệu Đảng cho đảng viên bị kỷ luật',
    description:
      'Huy hiệu Đảng tặng sớm (đảng viên ốm nặng, truy tặng) không ghi nhận cho đảng viên có quyết định kỷ luật (không bị hủy) trong số năm này trước ngày trao; huy hiệu đúng hạn không bị ảnh hưởng.',
    schema: int(0, 20),
    defaultValue: 1,
    source:
      'Cần xác minh: Quy định 94-QĐ/TW (2022) về Huy hiệu Đảng và hướng dẫn thi hành (không xét tặng sớm đối với đảng viên bị kỷ luật; số năm)',
    verified: false,
    form: { kind: 'number', label: 'Số năm trước ngày trao', unit: 'năm', min: 0, max: 20 },
  }),
  'inspections.appeal_days': rule<number>({
    key: 'inspections.appeal_days',
    area: 'inspections',
    label: 'Thời hạn khiếu nại quyết định kỷ luật',
    description: 'Đảng viên khiếu nại quyết định kỷ luật trong số ngày này kể từ ngày quyết định.',
    schema: int(1, 365),
    defaultValue: 30,
    source:
      'Cần xác minh: Quy định 296-QĐ/TW ngày 30/5/2025 (khiếu nại kỷ luật đảng: trong thời hạn một tháng kể từ ngày nhận quyết định)',
    verified: false,
    form: { kind: 'number', label: 'Số ngày kể từ ngày quyết định', unit: 'ngày', min: 1, max: 365 },
  }),
  'inspections.state_notice_days': rule<number>({
    key: 'inspections.state_notice_days',
    area: 'inspections',
    label: 'Thời hạn cơ quan nhà nước thông báo việc xử lý kỷ luật đảng viên',
    description:
      'Cơ quan nhà nước đã xử lý kỷ luật hành chính một đảng viên thông báo cho tổ chức đảng quản lý đảng viên trong số ngày này.',
    schema: int(1, 60),
    defaultValue: 5,
    source: 'Quy định 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương',
    verified: true,
    form: { kind: 'number', label: 'Số ngày kể từ ngày quyết định', unit: 'ngày', min: 1, max: 60 },
  }),
  'reviews.late_tasks_max_percent': rule<number>({
    key: 'reviews.late_tasks_max_percent',
    area: 'inspections',
    label: 'Tỷ lệ nhiệm vụ chậm tối đa để xếp loại «Hoàn thành nhiệm vụ»',
    description:
      'Tập thể có nhiệm vụ hoàn thành chậm hoặc quá hạn vượt tỷ lệ này (trên số nhiệm vụ đến hạn trong kỳ) thì tiêu chí nhiệm vụ chỉ đạt «Không hoàn thành nhiệm vụ»; «Hoàn thành xuất sắc» cần 100% nhiệm vụ đúng hạn. Cá nhân: hiển thị cùng tiêu chí để chi bộ cân nhắc.',
    schema: int(0, 100),
    defaultValue: 20,
    source:
      'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương (tập thể hoàn thành nhiệm vụ: không quá 20% chỉ tiêu, nhiệm vụ chậm tiến độ)',
    verified: true,
    form: { kind: 'number', label: 'Tỷ lệ chậm tối đa', unit: '%', min: 0, max: 100 },
  }),
  'rewards.criteria': rule<AwardYears>({
    key: 'rewards.criteria',
    area: 'rewards',
    label: 'Tiêu chuẩn khen thưởng tổ chức đảng, đảng viên',
    description:
      'Số năm liền được xếp loại «Hoàn thành xuất sắc nhiệm vụ» cần có cho mỗi hình thức khen thưởng; kỷ niệm chương xét theo tuổi Đảng. Đảng viên bị kỷ luật trong những năm được xét thì không được khen thưởng.',
    schema: fieldsSchema(AWARD_FIELDS),
    defaultValue: { giay_khen: 1, bang_khen: 5, co_thi_dua: 5, ky_niem_chuong: 20 },
    source:
      'Cần xác minh: Luật Thi đua, khen thưởng 2022; Hướng dẫn 01-HD/TW, mục 19 (khen thưởng «hoàn thành xuất sắc nhiệm vụ 5 năm liền»); số năm của giấy khen, cờ thi đua và kỷ niệm chương theo quy chế thi đua của cấp ủy',
    verified: false,
    form: { kind: 'fields', fields: [...AWARD_FIELDS] },
  }),
  'rewards.org_discipline_years': rule<OrgDisciplineAwardYears>({
    key: 'rewards.org_discipline_years',
    area: 'rewards',
    label: 'Tổ chức đảng bị kỷ luật không được khen thưởng',
    description:
      'Số năm, kể từ ngày quyết định, một quyết định kỷ luật tổ chức đảng còn hiệu lực; tổ chức đảng có quyết định còn hiệu lực trong những năm được xét thì không được khen thưởng (giấy khen, bằng khen, cờ thi đua). Giải tán không có thời hạn.',
    schema: fieldsSchema(ORG_DISCIPLINE_AWARD_FIELDS),
    defaultValue: { khien_trach: 1, canh_cao: 1 },
    source:
      'Cần xác minh: Quy định 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị, Điều 2 khoản 5 (sau 12 tháng kể từ ngày công bố quyết định kỷ luật, nếu không khiếu nại, không tái phạm thì quyết định đương nhiên chấm dứt hiệu lực; trừ giải tán), sửa đổi, bổ sung bởi Quy định 264-QĐ/TW năm 2025; Luật Thi đua, khen thưởng 2022 (không khen thưởng tập thể đang thi hành kỷ luật)',
    verified: false,
    form: { kind: 'fields', fields: [...ORG_DISCIPLINE_AWARD_FIELDS] },
  }),
} as const;
