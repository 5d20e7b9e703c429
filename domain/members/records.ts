// The party member's record: statuses, genders, transfer kinds, and the Excel import format of
// the stable API (docs/design.md; header names, in any order).

export const MEMBER_STATUSES = ['du_bi', 'chinh_thuc', 'chuyen_di', 'xoa_ten', 'tu_tran'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  du_bi: 'Dự bị',
  chinh_thuc: 'Chính thức',
  chuyen_di: 'Đã chuyển đi',
  xoa_ten: 'Đã xóa tên',
  tu_tran: 'Từ trần',
};

/** Statuses of a member still on the unit's rolls (counted, owing fees, rated). */
export const ACTIVE_STATUSES: readonly MemberStatus[] = ['du_bi', 'chinh_thuc'];

export const GENDERS = ['Nam', 'Nữ'] as const;
export type Gender = (typeof GENDERS)[number];

export const TRANSFER_KINDS = ['official', 'temporary'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];
export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = {
  official: 'Chuyển sinh hoạt chính thức',
  temporary: 'Chuyển sinh hoạt tạm thời',
};

/** Columns of the import sheet (docs/members.md) → the field each fills. */
export const IMPORT_COLUMNS = {
  'Họ và tên': 'fullName',
  'Ngày sinh': 'birthDate',
  'Giới tính': 'gender',
  'Ngày vào Đảng': 'admittedOn',
  'Ngày chính thức': 'officialOn',
  'Số thẻ đảng viên': 'partyCardNo',
} as const;
export type ImportField = (typeof IMPORT_COLUMNS)[keyof typeof IMPORT_COLUMNS];
export const REQUIRED_IMPORT_COLUMNS = ['Họ và tên', 'Ngày sinh', 'Ngày vào Đảng'] as const;

/** Party card numbers are compared without spaces and in upper case. */
export function normaliseCardNo(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/** Vietnamese headers of the exported member list, in column order. */
export const EXPORT_COLUMNS = [
  ['fullName', 'Họ và tên'],
  ['birthDate', 'Ngày sinh'],
  ['gender', 'Giới tính'],
  ['orgName', 'Chi bộ'],
  ['admittedOn', 'Ngày vào Đảng'],
  ['officialOn', 'Ngày chính thức'],
  ['partyCardNo', 'Số thẻ đảng viên'],
  ['statusLabel', 'Tình trạng'],
  ['partyAgeYears', 'Tuổi đảng (năm)'],
  ['ethnicity', 'Dân tộc'],
  ['religion', 'Tôn giáo'],
  ['homeTown', 'Quê quán'],
  ['residence', 'Nơi cư trú'],
  ['education', 'Trình độ học vấn'],
  ['theoryLevel', 'Lý luận chính trị'],
  ['occupation', 'Nghề nghiệp'],
  ['position', 'Chức vụ'],
] as const;
