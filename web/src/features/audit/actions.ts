// Vietnamese names of the audit actions and record kinds. The server filters `action` by prefix, so
// the filter offers whole groups (org.) and families (auth.totp_) as well as single actions.

export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập thất bại',
  'auth.logout': 'Đăng xuất',
  'auth.password_changed': 'Đổi mật khẩu',
  'auth.token_created': 'Tạo mã truy cập',
  'auth.token_revoked': 'Thu hồi mã truy cập',
  'auth.totp_setup': 'Xác thực hai lớp: bắt đầu đăng ký',
  'auth.totp_enabled': 'Xác thực hai lớp: bật',
  'auth.totp_disabled': 'Xác thực hai lớp: tắt',
  'org.create': 'Tạo đơn vị',
  'org.rename': 'Đổi tên đơn vị',
  'org.move': 'Chuyển đơn vị',
  'org.merge': 'Hợp nhất',
  'org.split': 'Chia tách',
  'org.dissolve': 'Giải thể',
  'org.delete': 'Xóa đơn vị',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.disable': 'Khóa tài khoản',
  'user.enable': 'Mở khóa',
  'user.password_reset': 'Đặt lại mật khẩu',
  'user.reassign': 'Chuyển tài khoản',
  'user.totp_reset': 'Gỡ 2 lớp',
  'settings.update': 'Sửa cài đặt',
};

/** The label of an action; families by their prefix; unknown actions as they are. */
export function actionLabel(action: string): string {
  const exact = ACTION_LABELS[action];
  if (exact) return exact;
  if (action.startsWith('auth.totp_')) return 'Xác thực hai lớp';
  return action;
}

interface Option {
  value: string;
  label: string;
}

const option = (value: string, label?: string): Option => ({
  value,
  label: label ?? ACTION_LABELS[value] ?? value,
});

/** Grouped options of the action filter (values are prefixes). */
export const ACTION_FILTER_OPTIONS: { label: string; options: Option[] }[] = [
  {
    label: 'Đăng nhập, bảo mật',
    options: [
      option('auth.', 'Mọi hoạt động đăng nhập, bảo mật'),
      option('auth.login', 'Đăng nhập (cả thất bại)'),
      option('auth.login_failed'),
      option('auth.logout'),
      option('auth.password_changed'),
      option('auth.token_', 'Tạo/thu hồi mã truy cập'),
      option('auth.totp_', 'Xác thực hai lớp'),
    ],
  },
  {
    label: 'Tổ chức',
    options: [
      option('org.', 'Mọi thay đổi về tổ chức'),
      option('org.create'),
      option('org.rename'),
      option('org.move'),
      option('org.merge'),
      option('org.split'),
      option('org.dissolve'),
      option('org.delete'),
    ],
  },
  {
    label: 'Tài khoản',
    options: [
      option('user.', 'Mọi thay đổi về tài khoản'),
      option('user.create'),
      option('user.update'),
      option('user.disable'),
      option('user.enable'),
      option('user.password_reset'),
      option('user.reassign'),
      option('user.totp_reset'),
    ],
  },
  { label: 'Cài đặt', options: [option('settings.update')] },
];

export const ENTITY_LABELS: Record<string, string> = {
  org: 'Đơn vị',
  user: 'Tài khoản',
  api_token: 'Mã truy cập',
  settings: 'Cài đặt',
};

/** "Đơn vị #27 · Chi bộ Tổ dân phố số 3" when the name is known. */
export function entityText(entity: string | null, entityId: string | null, name?: string): string {
  if (!entity) return '';
  const label = ENTITY_LABELS[entity] ?? entity;
  const ref = entityId ? `${label} #${entityId}` : label;
  return name ? `${ref} · ${name}` : ref;
}
